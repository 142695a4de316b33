import { STATEMENT_MODES } from '../../../src-main/shared/vocabulary'
import { PositionPicker, SpeakerPicker } from '../registry/RegistryPickers'
import { useRegistry } from '../registry/RegistryProvider'
import { StanceSelect } from './StanceSelect'
import type { StatementFilterState } from './useStatementFilter'

/** The explorer's filters: words, speaker, position, stance, tag, source, dates and coder. */
export function FilterBar({ state }: { state: StatementFilterState }) {
  const { filter, update } = state
  const { coders } = useRegistry()
  return (
    <div className="filter-bar" role="search" aria-label="Filter statements">
      <input
        type="search"
        aria-label="Words in quote or note"
        placeholder="Words in quote or note"
        value={filter.text}
        onChange={(e) => update({ text: e.currentTarget.value })}
      />
      <SpeakerPicker
        label="Speaker"
        placeholder="Any speaker"
        value={filter.speakerId}
        onChange={(speakerId) => update({ speakerId })}
      />
      <PositionPicker
        label="Position"
        placeholder="Any position"
        value={filter.positionId}
        onChange={(positionId) => update({ positionId })}
      />
      <StanceSelect
        label="Stance"
        placeholder="Any stance"
        value={filter.stance}
        onChange={(stance) => update({ stance })}
      />
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
      {coders.length > 1 && (
        <select
          aria-label="Coder"
          title="Whose statements: every coder’s, or one coder’s; an adjudicated article gives its consensus"
          value={filter.coderId}
          onChange={(e) => update({ coderId: e.currentTarget.value })}
        >
          <option value="">Every coder</option>
          {coders.map((coder) => (
            <option key={coder.id} value={coder.id}>
              {coder.name}
            </option>
          ))}
        </select>
      )}
      <button type="button" onClick={state.clear}>
        Clear filters
      </button>
    </div>
  )
}
