import type { ComparedUnit } from '../../../src-main/shared/coding'
import type { AdjudicationDecision } from '../../../src-main/shared/contract'
import type { Coder } from '../../../src-main/shared/model'
import { disagreementLine } from './disagreementLabels'
import { EditConsensus } from './EditConsensus'
import { UnitVersions } from './UnitVersions'

interface UnitDecisionsProps {
  unit: ComparedUnit
  index: number
  total: number
  coders: Coder[]
  editing: boolean
  readOnly: boolean
  onDecide: (decision: Omit<AdjudicationDecision, 'unitId'>) => void
  onEdit: (editing: boolean) => void
}

/** The unit being decided: its versions side by side, and taking one, editing, or dropping it. */
export function UnitDecisions(props: UnitDecisionsProps) {
  const { unit, index, total, coders, editing, readOnly, onDecide, onEdit } = props
  const versions = coders.flatMap((coder, place) => {
    const version = unit.statements.find((s) => s.coderId === coder.id)
    return version ? [{ coder, place, version }] : []
  })
  const first = versions[0]
  return (
    <section className="unit-decisions" aria-labelledby="unit-heading">
      <h2 id="unit-heading">
        Unit {index + 1} of {total}{' '}
        <span className={unit.disagreements.length ? 'unit-differs' : 'unit-agrees'}>
          · {disagreementLine(unit.disagreements)}
        </span>
      </h2>
      <UnitVersions unit={unit} coders={coders} />
      {editing && first ? (
        <EditConsensus
          from={unit.consensus ?? first.version.statement}
          base={unit.consensus ? 'the consensus' : `${first.coder.name}’s version`}
          onSave={(edit) => onDecide(unit.consensus ? { edit } : { take: first.coder.id, edit })}
          onCancel={() => onEdit(false)}
        />
      ) : (
        <div className="toolbar unit-actions" role="toolbar" aria-label="Decide this unit">
          {versions.map(({ coder, place }) => (
            <button
              key={coder.id}
              type="button"
              disabled={readOnly}
              onClick={() => onDecide({ take: coder.id })}
            >
              Take {coder.name}’s <kbd>{place + 1}</kbd>
            </button>
          ))}
          <button type="button" disabled={readOnly} onClick={() => onEdit(true)}>
            Edit <kbd>E</kbd>
          </button>
          <button type="button" disabled={readOnly} onClick={() => onDecide({ drop: true })}>
            Drop <kbd>D</kbd>
          </button>
          <span className="hint unit-keys">
            <kbd>J</kbd> <kbd>K</kbd> next, previous
          </span>
        </div>
      )}
    </section>
  )
}
