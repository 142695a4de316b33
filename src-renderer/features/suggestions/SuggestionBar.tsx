import type { SuggestedStatements } from './useSuggestedStatements'

interface SuggestionBarProps {
  suggested: SuggestedStatements
}

/** Which suggestion is current, how many there are, the keys, and buttons for the same. */
export function SuggestionBar({ suggested }: SuggestionBarProps) {
  const { placed, current, focused, status, act } = suggested
  if (status === 'loading' && placed.length === 0) {
    return (
      <div className="suggestion-bar" role="region" aria-label="Suggestions">
        <span className="suggestion-count" role="status">
          Looking for statements…
        </span>
      </div>
    )
  }
  if (status === 'failed') {
    return (
      <div className="suggestion-bar" role="region" aria-label="Suggestions">
        <span className="suggestion-count" role="status">
          {suggested.error ?? 'Suggestions could not be made.'}
        </span>
      </div>
    )
  }
  if (!focused) {
    return (
      <div className="suggestion-bar" role="region" aria-label="Suggestions">
        <span className="suggestion-count" role="status">
          No suggestions left in this article.
        </span>
      </div>
    )
  }
  const { speaker, cue, mode } = focused.suggestion
  return (
    <div className="suggestion-bar" role="region" aria-label="Suggestions">
      <span className="suggestion-count" role="status">
        {current + 1} of {placed.length} suggestions
      </span>
      <span className="suggestion-keys" aria-hidden="true">
        · <kbd>J</kbd>/<kbd>K</kbd> next/prev · <kbd>A</kbd> accept · <kbd>X</kbd> reject
      </span>
      <span className="suggestion-who" title="The current suggestion">
        {speaker.name} · {cue || 'quote continues'} · {mode}
        {!speaker.id && <span className="suggestion-new"> (new speaker)</span>}
      </span>
      <span className="suggestion-actions">
        <button type="button" aria-label="Previous suggestion" onClick={() => act('previous')}>
          ‹
        </button>
        <button type="button" aria-label="Next suggestion" onClick={() => act('next')}>
          ›
        </button>
        <button type="button" title="Accept and code it (A or Enter)" onClick={() => act('accept')}>
          Accept
        </button>
        <button
          type="button"
          title="Accept without opening the form (Shift+A)"
          onClick={() => act('accept-as-is')}
        >
          Accept as is
        </button>
        <button type="button" title="Reject (X or Delete)" onClick={() => act('reject')}>
          Reject
        </button>
        <button
          type="button"
          title="Accept every suggestion of this speaker (L)"
          onClick={() => act('accept-speaker')}
        >
          Accept all {suggested.speakerCount} from {speaker.name}
        </button>
      </span>
    </div>
  )
}
