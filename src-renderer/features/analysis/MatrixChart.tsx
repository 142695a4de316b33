import { Chart, type PictureProps } from './Chart'
import { leftOut, mostSaidAbout, mostStatements } from './mostStatements'
import { stanceColor } from './stanceColor'

const MAX_SPEAKERS = 30
const MAX_POSITIONS = 16
const CELL = 44
const LEFT = 200
const TOP = 150

/** Speakers × positions: colour is the net stance, size the count, a ring where a speaker is split. */
export function MatrixChart({ analysis, onOpen }: PictureProps) {
  const cells = new Map(
    analysis.cells.map((cell) => [`${cell.speakerId}|${cell.positionId}`, cell]),
  )
  // The speakers with most statements, and the positions they said most about in codebook order.
  const inCells = new Set(analysis.cells.flatMap((cell) => [cell.speakerId, cell.positionId]))
  const speakers = analysis.speakers.filter((s) => inCells.has(s.id))
  const positions = analysis.positions.filter((p) => inCells.has(p.id))
  const shownSpeakers = mostStatements(speakers, MAX_SPEAKERS)
  const shownPositions = mostSaidAbout(
    positions,
    analysis.cells,
    shownSpeakers.map((s) => s.id),
    MAX_POSITIONS,
    'keep order',
  )
  const note = leftOut(
    { shown: shownSpeakers.length, of: speakers.length },
    { shown: shownPositions.length, of: positions.length },
    'each speaker’s',
  )
  const max = Math.max(1, ...analysis.cells.map((t) => t.total))
  // Room on the right for the last column's slanted label.
  const width = LEFT + shownPositions.length * CELL + 160
  const height = TOP + shownSpeakers.length * CELL + 20

  return (
    <Chart label="Speaker by position matrix" width={width} height={height} note={note}>
      {shownPositions.map((position, col) => (
        <text
          key={position.id}
          transform={`translate(${LEFT + col * CELL + CELL / 2}, ${TOP - 8}) rotate(-45)`}
          fill="#1f2328"
        >
          {position.label.length > 28 ? `${position.label.slice(0, 27)}…` : position.label}
        </text>
      ))}
      {shownSpeakers.map((speaker, line) => (
        <g key={speaker.id}>
          <text x={LEFT - 10} y={TOP + line * CELL + CELL / 2 + 4} textAnchor="end" fill="#1f2328">
            {speaker.name.length > 30 ? `${speaker.name.slice(0, 29)}…` : speaker.name}
          </text>
          <line
            x1={LEFT}
            x2={width - 20}
            y1={TOP + line * CELL + CELL / 2}
            y2={TOP + line * CELL + CELL / 2}
            stroke="#eeece7"
          />
          {shownPositions.map((position, col) => {
            const tally = cells.get(`${speaker.id}|${position.id}`)
            if (!tally) return null
            const r = 5 + 14 * Math.sqrt(tally.total / max)
            const cx = LEFT + col * CELL + CELL / 2
            const cy = TOP + line * CELL + CELL / 2
            const label = `${speaker.name} on ${position.label}: ${tally.supports} supports, ${tally.opposes} opposes, ${tally.neutral} neutral${tally.none ? `, ${tally.none} without stance` : ''}${tally.contradiction ? ' — both supports and opposes' : ''}`
            return (
              <g
                key={position.id}
                role="button"
                tabIndex={0}
                aria-label={label}
                className="chart-mark"
                onClick={() => onOpen({ speakerId: speaker.id, positionId: position.id })}
                onKeyDown={(e) =>
                  e.key === 'Enter' && onOpen({ speakerId: speaker.id, positionId: position.id })
                }
              >
                <title>{label}</title>
                <circle cx={cx} cy={cy} r={r} fill={stanceColor(tally)} />
                {tally.contradiction && (
                  <circle
                    cx={cx}
                    cy={cy}
                    r={r + 4}
                    fill="none"
                    stroke="#b7791f"
                    strokeWidth={2.5}
                    strokeDasharray="4 3"
                  />
                )}
                <text
                  x={cx}
                  y={cy + 4}
                  textAnchor="middle"
                  fill="#ffffff"
                  fontSize="11"
                  fontWeight="600"
                >
                  {tally.total}
                </text>
              </g>
            )
          })}
        </g>
      ))}
    </Chart>
  )
}
