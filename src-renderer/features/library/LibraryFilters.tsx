import { api } from '../../api'
import { useArchiveQuery } from '../../app/useArchiveQuery'
import { unlessSame } from '../registry/keepUnchanged'
import { PositionPicker, SpeakerPicker } from '../registry/RegistryPickers'
import { StanceSelect } from '../statements/StanceSelect'
import { EMPTY_LIBRARY_FILTER, type LibraryFilter } from './useLibrary'

interface LibraryFiltersProps {
  filter: LibraryFilter
  onChange: (patch: Partial<LibraryFilter>) => void
}

const loadFacets = () => api.getFacets()

/** Sort and narrow the library: source, dates, speaker, position, stance, tag, not yet coded. */
export function LibraryFilters({ filter, onChange }: LibraryFiltersProps) {
  const { value: facets } = useArchiveQuery(loadFacets, { keep: unlessSame })
  const active = Object.entries(filter).filter(
    ([key, value]) =>
      key !== 'text' &&
      key !== 'sort' &&
      value !== EMPTY_LIBRARY_FILTER[key as keyof LibraryFilter],
  ).length

  return (
    <details className="library-filters">
      <summary>Sort and filter{active > 0 && <span className="count">{active}</span>}</summary>
      <div className="library-filter-grid">
        <label>
          Sort by
          <select
            value={filter.sort}
            onChange={(e) => onChange({ sort: e.currentTarget.value as LibraryFilter['sort'] })}
          >
            <option value="published">Date published</option>
            <option value="updated">Last edited</option>
            <option value="title">Title</option>
            <option value="source">Source</option>
          </select>
        </label>
        <label>
          Source
          <select
            value={filter.source}
            onChange={(e) => onChange({ source: e.currentTarget.value })}
          >
            <option value="">Any source</option>
            {facets?.sources.map((f) => (
              <option key={f.value} value={f.value}>
                {f.value} ({f.count})
              </option>
            ))}
          </select>
        </label>
        <label>
          Published from
          <input
            type="date"
            value={filter.from}
            onChange={(e) => onChange({ from: e.currentTarget.value })}
          />
        </label>
        <label>
          to
          <input
            type="date"
            value={filter.to}
            onChange={(e) => onChange({ to: e.currentTarget.value })}
          />
        </label>
        <label>
          Speaker
          <SpeakerPicker
            label="Speaker"
            placeholder="Any speaker"
            value={filter.speakerId}
            onChange={(speakerId) => onChange({ speakerId })}
          />
        </label>
        <label>
          Position
          <PositionPicker
            label="Position"
            placeholder="Any position"
            value={filter.positionId}
            onChange={(positionId) => onChange({ positionId })}
          />
        </label>
        <label>
          Stance
          <StanceSelect
            placeholder="Any stance"
            value={filter.stance}
            onChange={(stance) => onChange({ stance })}
          />
        </label>
        <label>
          Tag
          <select value={filter.tag} onChange={(e) => onChange({ tag: e.currentTarget.value })}>
            <option value="">Any tag</option>
            {facets?.tags.map((f) => (
              <option key={f.value} value={f.value}>
                {f.value} ({f.count})
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={filter.onlyUncoded}
            onChange={(e) => onChange({ onlyUncoded: e.currentTarget.checked })}
          />
          Only articles with no statements yet
        </label>
        <button
          type="button"
          onClick={() => onChange({ ...EMPTY_LIBRARY_FILTER, text: filter.text })}
        >
          Clear
        </button>
      </div>
    </details>
  )
}
