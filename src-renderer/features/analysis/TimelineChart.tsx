import type { StatementAnalysis } from '../../../src-main/shared/analysis'
import type { StatementFilter } from '../explorer/useStatementFilter'
import { Chart } from './Chart'
import { leftOut, mostStatements } from './mostStatements'
import { stanceColor } from './stanceColor'
import { counted } from '../../counted'

const MAX_LINES = 14
const COLUMN = 46
const LINE = 38
const LEFT = 200
const TOP = 40

interface TimelineProps {
  analysis: StatementAnalysis
  by: 'speaker' | 'position'
  onOpen: (patch: Partial<StatementFilter>) => void
}

const lastDay = (month: string) => {
  const [year, m] = month.split('-').map(Number)
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`
}

/** Statements per month for each speaker (or position), coloured by net stance. */
export function TimelineChart({ analysis, by, onOpen }: TimelineProps) {
  const { months, bySpeaker, byPosition } = analysis.timeline
  const byLine = by === 'speaker' ? bySpeaker : byPosition
  const lines = (
    by === 'speaker'
      ? analysis.speakers.map((s) => ({ id: s.id, label: s.name, total: s.total }))
      : analysis.positions
  ).filter((line) => byLine[line.id])
  const shown = mostStatements(lines, MAX_LINES)
  const some = { shown: shown.length, of: lines.length }
  const note =
    by === 'speaker' ? leftOut(some, { shown: 0, of: 0 }) : leftOut({ shown: 0, of: 0 }, some)
  const cells = new Map(
    shown.flatMap((line) => byLine[line.id].map((m) => [`${line.id}|${m.month}`, m] as const)),
  )
  const max = Math.max(1, ...[...cells.values()].map((t) => t.total))
  const width = LEFT + months.length * COLUMN + 20
  const height = TOP + shown.length * LINE + 30

  return (
    <Chart label={`Timeline of statements by ${by}`} width={width} height={height} note={note}>
      {months.map((month, col) => (
        <text
          key={month}
          x={LEFT + col * COLUMN + COLUMN / 2}
          y={TOP - 14}
          textAnchor="middle"
          fill="#656d76"
          fontSize="10"
        >
          {month.endsWith('-01') || col === 0 ? month : month.slice(5)}
        </text>
      ))}
      {shown.map((line, index) => {
        const y = TOP + index * LINE + LINE / 2
        return (
          <g key={line.id}>
            <text x={LEFT - 10} y={y + 4} textAnchor="end" fill="#1f2328">
              {line.label.length > 30 ? `${line.label.slice(0, 29)}…` : line.label}
            </text>
            <line x1={LEFT} x2={width - 20} y1={y} y2={y} stroke="#e3e1dc" />
            {months.map((month, col) => {
              const tally = cells.get(`${line.id}|${month}`)
              if (!tally) return null
              const patch: Partial<StatementFilter> = {
                [by === 'speaker' ? 'speakerId' : 'positionId']: line.id,
                from: `${month}-01`,
                to: lastDay(month),
              }
              const label = `${line.label}, ${month}: ${counted(tally.total, 'statement', 'statements')} (${tally.supports} supports, ${tally.opposes} opposes, ${tally.neutral} neutral)`
              return (
                <g
                  key={month}
                  role="button"
                  tabIndex={0}
                  aria-label={label}
                  className="chart-mark"
                  onClick={() => onOpen(patch)}
                  onKeyDown={(e) => e.key === 'Enter' && onOpen(patch)}
                >
                  <title>{label}</title>
                  <circle
                    cx={LEFT + col * COLUMN + COLUMN / 2}
                    cy={y}
                    r={4 + 11 * Math.sqrt(tally.total / max)}
                    fill={stanceColor(tally)}
                    fillOpacity={0.85}
                  />
                </g>
              )
            })}
          </g>
        )
      })}
    </Chart>
  )
}
