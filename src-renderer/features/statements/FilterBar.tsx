import { STANCES, STATEMENT_MODES } from '../../../src-main/shared/vocabulary'
import { ChoicePicker, positionChoices, speakerChoices } from '../../ui/ChoicePicker'
import type { Registry } from '../registry/useRegistry'
import type { StatementFilterState } from './useStatementFilter'

/** The explorer's filters: words, speaker, position, stance, tag, source and dates. */
export function FilterBar({
  state,
  registry,
}: {
  state: StatementFilterState
  registry: Registry
}) {
  const { filter, update } = state
  return (
    <div className="filter-bar" role="search" aria-label="Filter statements">
      <input
        type="search"
        aria-label="Words in quote or note"
        placeholder="Words in quote or note"
        value={filter.text}
        onChange={(e) => update({ text: e.currentTarget.value })}
      />
      <ChoicePicker
        label="Speaker"
        placeholder="Any speaker"
        value={filter.speakerId}
        choices={speakerChoices(registry.speakers)}
        onChange={(speakerId) => update({ speakerId })}
      />
      <ChoicePicker
        label="Position"
        placeholder="Any position"
        value={filter.positionId}
        choices={positionChoices(registry.positions)}
        onChange={(positionId) => update({ positionId })}
      />
      <select
        aria-label="Stance"
        value={filter.stance}
        onChange={(e) => update({ stance: e.currentTarget.value as typeof filter.stance })}
      >
        <option value="">Any stance</option>
        {STANCES.map((stance) => (
          <option key={stance} value={stance}>
            {stance}
          </option>
        ))}
      </select>
      <select
        aria-label="Mode"
        value={filter.mode}
        onChange={(e) => update({ mode: e.currentTarget.value as typeof filter.mode })}
      >
        <option value="">Direct or indirect</option>
        {STATEMENT_MODES.map((mode) => (
          <option key={mode} value={mode}>
            {mode}
          </option>
        ))}
      </select>
      <input
        aria-label="Tag"
        placeholder="Tag"
        value={filter.tag}
        onChange={(e) => update({ tag: e.currentTarget.value.trim() })}
      />
      <input
        aria-label="Source"
        placeholder="Source"
        value={filter.source}
        onChange={(e) => update({ source: e.currentTarget.value })}
      />
      <label className="date-filter">
        From
        <input
          type="date"
          value={filter.from}
          onChange={(e) => update({ from: e.currentTarget.value })}
        />
      </label>
      <label className="date-filter">
        To
        <input
          type="date"
          value={filter.to}
          onChange={(e) => update({ to: e.currentTarget.value })}
        />
      </label>
      <button type="button" onClick={state.clear}>
        Clear filters
      </button>
    </div>
  )
}
