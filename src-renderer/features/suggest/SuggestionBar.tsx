import { SUGGESTIONS_OFF } from '../../../src-main/shared/suggestionsOff'
import { routeHash } from '../../app/routes'
import type { SuggestedStatements } from './useSuggestedStatements'

interface SuggestionBarProps {
  suggested: SuggestedStatements
}

/**
 * Which suggestion is current (who, cue, mode), how many there are, the keys, and buttons for the
 * same; it wraps rather than cutting anything off, down to the narrowest window.
 */
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
        {suggested.error === SUGGESTIONS_OFF && (
          <a className="suggestion-actions" href={routeHash({ view: 'settings' })}>
            Open Settings
          </a>
        )}
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
  const { speaker } = focused
  const { cue, mode } = focused.suggestion
  return (
    <div className="suggestion-bar" role="region" aria-label="Suggestions">
      <span className="suggestion-count" role="status">
        {current + 1} of {placed.length} suggestions
      </span>
      <span className="suggestion-who" title="The current suggestion">
        <strong>{speaker.name}</strong> · {cue || 'quote continues'} · {mode}
        {!speaker.id && <span className="suggestion-new"> (new speaker)</span>}
      </span>
      <span className="suggestion-actions">
        <button
          type="button"
          aria-label="Previous suggestion K"
          title="Previous suggestion (K or [)"
          onClick={() => act('previous')}
        >
          ‹ <kbd>K</kbd>
        </button>
        <button
          type="button"
          aria-label="Next suggestion J"
          title="Next suggestion (J or ])"
          onClick={() => act('next')}
        >
          <kbd>J</kbd> ›
        </button>
        <button type="button" title="Accept and code it (A or Enter)" onClick={() => act('accept')}>
          Accept <kbd>A</kbd>
        </button>
        <button
          type="button"
          aria-label="Accept as is ⇧A"
          title="Accept without opening the form (Shift+A)"
          onClick={() => act('accept-as-is')}
        >
          As is <kbd>⇧A</kbd>
        </button>
        <button type="button" title="Reject (X or Delete)" onClick={() => act('reject')}>
          Reject <kbd>X</kbd>
        </button>
        <button
          type="button"
          aria-label={`Accept all ${suggested.speakerCount} of theirs L`}
          title={`Accept every suggestion of ${speaker.name} (L)`}
          onClick={() => act('accept-speaker')}
        >
          All {suggested.speakerCount} of theirs <kbd>L</kbd>
        </button>
      </span>
    </div>
  )
}
