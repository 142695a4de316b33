/** Says that what it stands beside is the sample article a new archive opens with, not the analyst's. */
export function SampleBadge() {
  return (
    <span className="sample-badge" title="The sample article a new archive opens with">
      Sample
    </span>
  )
}
