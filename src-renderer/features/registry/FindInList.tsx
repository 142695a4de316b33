interface FindInListProps {
  /** What is found, for a screen reader: "Find a speaker". */
  label: string
  placeholder: string
  query: string
  onQuery: (query: string) => void
  /** How many the list holds or shows, under the box. */
  count: string
}

/** The box above a registry list that narrows it as the analyst types, and the list's count. */
export function FindInList({ label, placeholder, query, onQuery, count }: FindInListProps) {
  return (
    <>
      <input
        type="search"
        aria-label={label}
        placeholder={placeholder}
        value={query}
        onChange={(e) => onQuery(e.currentTarget.value)}
      />
      <p className="library-count">{count}</p>
    </>
  )
}
