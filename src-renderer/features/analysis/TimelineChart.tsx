import type { StatementFilter } from '../statements/useStatementFilter'
import { Chart, type PictureProps } from './Chart'
import { leftOut, mostStatements } from './mostStatements'
import { stanceColor } from './stanceColor'
import { timelineColumns } from './timelineColumns'
import { counted } from '../../ui/counted'

const MAX_LINES = 14
/** The widest a column gets, and the narrowest before months give way to quarters, then years. */
const COLUMN = 46
const NARROWEST = 26
const LINE = 38
const LEFT = 200
const RIGHT = 20
const TOP = 40
/** The widest a column's label is; narrower columns label every second, third… column. */
const LABEL = 44

interface TimelineProps extends PictureProps {
  by: 'speaker' | 'position'
  /** The room the picture has: its time runs across it, whatever span it covers. */
  width: number
}

/** Statements per month (or quarter, or year) for each speaker or position, coloured by net stance. */
export function TimelineChart({ analysis, by, width, onOpen }: TimelineProps) {
  const { bySpeaker, byPosition } = analysis.timeline
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
  const room = Math.max(0, width - LEFT - RIGHT)
  const { columns, cells } = timelineColumns(
    shown.map((line) => ({ id: line.id, months: byLine[line.id] })),
    room,
    NARROWEST,
  )
  const column = Math.max(4, Math.min(COLUMN, room / Math.max(1, columns.length)))
  const labelEvery = Math.ceil(LABEL / column)
  const max = Math.max(1, ...[...cells.values()].map((t) => t.total))
  const largest = Math.max(2, Math.min(15, column / 2 - 1))
  const smallest = Math.min(4, largest * 0.4)
  const chartWidth = LEFT + columns.length * column + RIGHT
  const height = TOP + shown.length * LINE + 30

  return (
    <Chart label={`Timeline of statements by ${by}`} width={chartWidth} height={height} note={note}>
      {columns.map(({ key, label }, col) =>
        col % labelEvery === 0 ? (
          <text
            key={key}
            x={LEFT + col * column + column / 2}
            y={TOP - 14}
            textAnchor="middle"
            fill="#656d76"
            fontSize="10"
          >
            {label}
          </text>
        ) : null,
      )}
      {shown.map((line, index) => {
        const y = TOP + index * LINE + LINE / 2
        return (
          <g key={line.id}>
            <text x={LEFT - 10} y={y + 4} textAnchor="end" fill="#1f2328">
              {line.label.length > 30 ? `${line.label.slice(0, 29)}…` : line.label}
            </text>
            <line x1={LEFT} x2={chartWidth - RIGHT} y1={y} y2={y} stroke="#e3e1dc" />
            {columns.map(({ key, from, to }, col) => {
              const tally = cells.get(`${line.id}|${key}`)
              if (!tally) return null
              const patch: Partial<StatementFilter> = {
                [by === 'speaker' ? 'speakerId' : 'positionId']: line.id,
                from,
                to,
              }
              const label = `${line.label}, ${key.replace('-Q', ' Q')}: ${counted(tally.total, 'statement', 'statements')} (${tally.supports} supports, ${tally.opposes} opposes, ${tally.neutral} neutral)`
              return (
                <g
                  key={key}
                  role="button"
                  tabIndex={0}
                  aria-label={label}
                  className="chart-mark"
                  onClick={() => onOpen(patch)}
                  onKeyDown={(e) => e.key === 'Enter' && onOpen(patch)}
                >
                  <title>{label}</title>
                  <circle
                    cx={LEFT + col * column + column / 2}
                    cy={y}
                    r={smallest + (largest - smallest) * Math.sqrt(tally.total / max)}
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
