const FOCUSABLE =
  'a[href], button:not(:disabled), input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex="0"]'

/** The place itself if it takes keys (the article text), else its first control, else itself. */
function focusIn(id: string) {
  const place = document.getElementById(id)
  if (!place) return
  const control = place.isContentEditable ? place : place.querySelector<HTMLElement>(FOCUSABLE)
  const target = control ?? place
  target.focus()
}

export interface SkipLink {
  label: string
  /** The id of the place it goes to. */
  to: string
}

/**
 * The first stops of the Tab key, shown only when focused: straight to where the work is, past the
 * views, the library and the toolbar.
 */
export function SkipLinks({ links }: { links: SkipLink[] }) {
  if (links.length === 0) return null
  return (
    <div className="skip-links">
      {links.map(({ label, to }) => (
        <a
          key={to}
          className="skip-link"
          href={`#${to}`}
          // The page's hash is its route: the link moves focus instead of going anywhere.
          onClick={(event) => {
            event.preventDefault()
            focusIn(to)
          }}
        >
          {label}
        </a>
      ))}
    </div>
  )
}
