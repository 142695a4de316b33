import type { ComparedUnit, Disagreement } from '../../../src-main/shared/coding'
import type { Coder, Statement } from '../../../src-main/shared/model'
import { useRegistry } from '../registry/RegistryProvider'
import { stanceLabel } from '../statements/stances'

interface UnitVersionsProps {
  unit: ComparedUnit
  coders: Coder[]
}

const ROWS: { label: string; disagreement: Disagreement }[] = [
  { label: 'Speaker', disagreement: 'speaker' },
  { label: 'Position', disagreement: 'position' },
  { label: 'Stance', disagreement: 'stance' },
]

/** One unit's versions side by side, a column per coder and one for the consensus; what differs marked. */
export function UnitVersions({ unit, coders }: UnitVersionsProps) {
  const { speakers, positions } = useRegistry()
  const speaker = (id?: string) => speakers.find((s) => s.id === id)?.name ?? '—'
  const position = (id?: string) => positions.find((p) => p.id === id)?.label ?? '—'
  const value = (row: Disagreement, statement: Statement | undefined) => {
    if (!statement) return ''
    if (row === 'speaker') return speaker(statement.speakerId)
    if (row === 'position') return position(statement.positionId)
    return stanceLabel(statement.stance)
  }
  const versionOf = (coder: Coder) => unit.statements.find((s) => s.coderId === coder.id)
  const differs = (d: Disagreement) => unit.disagreements.includes(d)

  return (
    <table className="unit-versions">
      <thead>
        <tr>
          <td />
          {coders.map((coder, index) => (
            <th key={coder.id} scope="col">
              <span className="coder-swatch" style={{ background: coder.color }} aria-hidden />
              <kbd aria-hidden>{index + 1}</kbd> {coder.name}
            </th>
          ))}
          <th scope="col" className="consensus-col">
            Consensus
          </th>
        </tr>
      </thead>
      <tbody>
        <tr className={differs('boundaries') ? 'differs' : undefined}>
          <th scope="row">
            Words{differs('boundaries') && <span className="visually-hidden"> (differ)</span>}
          </th>
          {coders.map((coder) => {
            const version = versionOf(coder)
            return (
              <td key={coder.id} className="unit-quote">
                {version ? `“${version.quote}”` : <em className="not-marked">not marked</em>}
              </td>
            )
          })}
          <td className="consensus-col">{consensusNote(unit)}</td>
        </tr>
        {ROWS.map(({ label, disagreement }) => (
          <tr key={label} className={differs(disagreement) ? 'differs' : undefined}>
            <th scope="row">
              {label}
              {differs(disagreement) && <span className="visually-hidden"> (differ)</span>}
            </th>
            {coders.map((coder) => (
              <td key={coder.id}>{value(disagreement, versionOf(coder)?.statement)}</td>
            ))}
            <td className="consensus-col">{value(disagreement, unit.consensus)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function consensusNote(unit: ComparedUnit) {
  if (unit.dropped) return <em>Dropped: no statement here</em>
  if (!unit.consensus) return <em className="not-marked">not decided yet</em>
  return <em>Decided</em>
}
