import { useEffect, useState } from 'react'
import type { ArchiveFacets } from '../../../src-main/shared/statementQuery'
import { STANCES } from '../../../src-main/shared/vocabulary'
import { api } from '../../api'
import { unlessSame } from '../registry/keepUnchanged'
import { ChoicePicker, positionChoices, speakerChoices } from '../../ui/ChoicePicker'
import type { Registry } from '../registry/useRegistry'
import { EMPTY_LIBRARY_FILTER, type LibraryFilter } from './useLibrary'

interface LibraryFiltersProps {
  filter: LibraryFilter
  registry: Registry
  onChange: (patch: Partial<LibraryFilter>) => void
}

/** Sort and narrow the library: source, dates, speaker, position, stance, tag, not yet coded. */
export function LibraryFilters({ filter, registry, onChange }: LibraryFiltersProps) {
  const [facets, setFacets] = useState<ArchiveFacets>()
  useEffect(() => {
    // Changes come quicker than answers, which may come back out of turn: the last asked wins.
    let asked = 0
    const load = () => {
      const ask = ++asked
      void api.getFacets().then((next) => {
        if (ask === asked) setFacets((before) => unlessSame(before, next))
      })
    }
    load()
    return api.onChange(load)
  }, [])
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
          <ChoicePicker
            label="Speaker"
            placeholder="Any speaker"
            value={filter.speakerId}
            choices={speakerChoices(registry.speakers)}
            onChange={(speakerId) => onChange({ speakerId })}
          />
        </label>
        <label>
          Position
          <ChoicePicker
            label="Position"
            placeholder="Any position"
            value={filter.positionId}
            choices={positionChoices(registry.positions)}
            onChange={(positionId) => onChange({ positionId })}
          />
        </label>
        <label>
          Stance
          <select
            value={filter.stance}
            onChange={(e) => onChange({ stance: e.currentTarget.value as LibraryFilter['stance'] })}
          >
            <option value="">Any stance</option>
            {STANCES.map((stance) => (
              <option key={stance}>{stance}</option>
            ))}
          </select>
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
