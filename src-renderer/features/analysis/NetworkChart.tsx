import { Chart, type PictureProps } from './Chart'
import { leftOut, mostSaidAbout, mostStatements } from './mostStatements'
import { STANCE_COLORS, stanceColor } from './stanceColor'

const MAX_NODES = 24
const ROW = 30
const WIDTH = 900

/** The two-mode network: speakers on the left, positions on the right, an edge per pair by stance. */
export function NetworkChart({ analysis, onOpen }: PictureProps) {
  const { nodes, edges } = analysis.network
  const cells = new Map(edges.map((edge) => [`${edge.source}|${edge.target}`, edge]))
  const speakers = nodes.filter((node) => node.kind === 'speaker')
  const positions = nodes.filter((node) => node.kind === 'position')
  const left = mostStatements(speakers, MAX_NODES)
  // The positions the speakers shown said most about, listed by all their statements.
  const right = mostStatements(
    mostSaidAbout(
      positions,
      edges.map((edge) => ({ speakerId: edge.source, positionId: edge.target, total: edge.total })),
      left.map((node) => node.id),
      MAX_NODES,
    ),
    MAX_NODES,
  )
  const note = leftOut(
    { shown: left.length, of: speakers.length },
    { shown: right.length, of: positions.length },
    'each speaker’s',
  )
  const height = Math.max(left.length, right.length) * ROW + 60
  const yOf = (index: number, count: number) =>
    40 + index * ROW + ((Math.max(left.length, right.length) - count) * ROW) / 2
  const max = Math.max(1, ...edges.map((t) => t.total))
  const x1 = 250
  const x2 = WIDTH - 250

  return (
    <Chart label="Speaker and position network" width={WIDTH} height={height} note={note}>
      <text x={x1} y={20} textAnchor="end" fill="#656d76" fontWeight="600">
        Speakers
      </text>
      <text x={x2} y={20} fill="#656d76" fontWeight="600">
        Positions
      </text>
      {left.map((speaker, i) =>
        right.map((position, j) => {
          const tally = cells.get(`${speaker.id}|${position.id}`)
          if (!tally) return null
          const ya = yOf(i, left.length)
          const yb = yOf(j, right.length)
          const label = `${speaker.label} → ${position.label}: ${tally.supports} supports, ${tally.opposes} opposes, ${tally.neutral} neutral`
          const open = () => onOpen({ speakerId: speaker.id, positionId: position.id })
          return (
            <g
              key={`${speaker.id}|${position.id}`}
              role="button"
              tabIndex={0}
              aria-label={label}
              className="chart-mark"
              onClick={open}
              onKeyDown={(e) => e.key === 'Enter' && open()}
            >
              <title>{label}</title>
              <path
                d={`M ${x1 + 8} ${ya} C ${WIDTH / 2} ${ya}, ${WIDTH / 2} ${yb}, ${x2 - 8} ${yb}`}
                fill="none"
                stroke={stanceColor(tally)}
                strokeOpacity={0.75}
                strokeWidth={1.5 + 6 * (tally.total / max)}
                strokeDasharray={tally.contradiction ? '6 4' : undefined}
              />
            </g>
          )
        }),
      )}
      {left.map((speaker, i) => (
        <g key={speaker.id}>
          <circle cx={x1} cy={yOf(i, left.length)} r={6} fill={STANCE_COLORS.none} />
          <text x={x1 - 12} y={yOf(i, left.length) + 4} textAnchor="end" fill="#1f2328">
            {speaker.label} ({speaker.total})
          </text>
        </g>
      ))}
      {right.map((position, j) => (
        <g key={position.id}>
          <rect x={x2 - 6} y={yOf(j, right.length) - 6} width={12} height={12} fill="#2f5bd3" />
          <text x={x2 + 12} y={yOf(j, right.length) + 4} fill="#1f2328">
            {position.label} ({position.total})
          </text>
        </g>
      ))}
    </Chart>
  )
}
