import { useRef, useState } from 'react'
import { go } from '../../app/routes'
import { saveExportedFile } from '../export/saveExportedFile'
import { ExportStatementsMenu } from '../export/ExportStatementsMenu'
import { FilterBar } from '../statements/FilterBar'
import type { StatementFilter, StatementFilterState } from '../statements/useStatementFilter'
import { RemoveSampleButton } from '../articles/sample/RemoveSampleButton'
import { chartPng, chartSvg } from './chartFiles'
import { MatrixChart } from './MatrixChart'
import { NetworkChart } from './NetworkChart'
import { TimelineChart } from './TimelineChart'
import { useAnalysis } from './useAnalysis'
import { useElementWidth } from './useElementWidth'
import { counted } from '../../ui/counted'
import { messageOf } from '../../../src-main/shared/errors'

type Picture = 'matrix' | 'timeline' | 'network'
const PICTURES: { id: Picture; label: string }[] = [
  { id: 'matrix', label: 'Matrix' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'network', label: 'Network' },
]

/** Who supports what, how it shifts, who agrees: pictures of the explorer's statements. */
export function AnalysisView({ filter }: { filter: StatementFilterState }) {
  const { analysis, loading, error } = useAnalysis(filter.filter)
  const total = analysis?.total ?? 0
  const [picture, setPicture] = useState<Picture>('matrix')
  const [timelineBy, setTimelineBy] = useState<'speaker' | 'position'>('speaker')
  const [message, setMessage] = useState<string>()
  const frame = useRef<HTMLDivElement>(null)
  const frameWidth = useElementWidth(frame)

  // A mark opens the statements behind it in the explorer.
  const open = (patch: Partial<StatementFilter>) => {
    filter.update(patch)
    go({ view: 'statements' })
  }
  const save = async (kind: 'svg' | 'png') => {
    const svg = frame.current?.querySelector('svg')
    if (!svg) return
    try {
      const name = `stancemark-${picture}`
      setMessage(
        await saveExportedFile(kind === 'svg' ? chartSvg(svg, name) : await chartPng(svg, name)),
      )
    } catch (error) {
      setMessage(messageOf(error))
    }
  }

  return (
    <main className="analysis" aria-label="Analysis">
      <h1 className="visually-hidden">Analysis</h1>
      <FilterBar state={filter} />
      <div className="toolbar analysis-toolbar">
        <div className="segmented" role="tablist" aria-label="Picture">
          {PICTURES.map(({ id, label }) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={picture === id}
              onClick={() => setPicture(id)}
            >
              {label}
            </button>
          ))}
        </div>
        {picture === 'timeline' && (
          <select
            aria-label="Timeline lines"
            value={timelineBy}
            onChange={(e) => setTimelineBy(e.currentTarget.value as 'speaker' | 'position')}
          >
            <option value="speaker">by speaker</option>
            <option value="position">by position</option>
          </select>
        )}
        <span className="spacer" />
        <span className="hint" role="status">
          {loading ? 'Counting…' : counted(total, 'statement', 'statements')}
          {message && ` · ${message}`}
        </span>
        <ExportStatementsMenu filter={filter.filter} onDone={setMessage} />
        <button type="button" onClick={() => void save('svg')}>
          Save SVG
        </button>
        <button type="button" onClick={() => void save('png')}>
          Save PNG
        </button>
      </div>
      <p className="legend">
        <span className="legend-swatch supports" /> supports{' '}
        <span className="legend-swatch neutral" /> mixed or neutral{' '}
        <span className="legend-swatch opposes" /> opposes <span className="legend-ring" /> both
        supports and opposes · size = number of statements · click a mark to see its statements
      </p>
      {analysis && analysis.sampleStatements > 0 && (
        <p className="sample-note" role="note">
          {analysis.sampleStatements === analysis.total
            ? `All ${counted(analysis.total, 'statement', 'statements')} here are`
            : `${analysis.sampleStatements.toLocaleString()} of these ${counted(analysis.total, 'statement', 'statements')} ${analysis.sampleStatements === 1 ? 'is' : 'are'}`}{' '}
          from the sample article a new archive opens with.
          <RemoveSampleButton />
        </p>
      )}
      <div className="chart-frame" ref={frame}>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : !analysis ? null : analysis.total === 0 ? (
          <p className="empty-hint">No statements match these filters.</p>
        ) : picture === 'matrix' ? (
          <MatrixChart analysis={analysis} onOpen={open} />
        ) : picture === 'timeline' ? (
          <TimelineChart analysis={analysis} by={timelineBy} width={frameWidth} onOpen={open} />
        ) : (
          <NetworkChart analysis={analysis} onOpen={open} />
        )}
      </div>
    </main>
  )
}
