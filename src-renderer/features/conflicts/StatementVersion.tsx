import type { Statement } from '../../../src-main/shared/model'
import { useRegistry } from '../registry/RegistryProvider'
import { stanceLabel } from '../statements/stances'
import { when } from './conflictWords'

interface StatementVersionProps {
  /** "Kept" or "Other": which side of the conflict this is. */
  label: string
  statement: Statement
  quote: string
}

/** One version of a statement, coded as it was on its side: for the two to be read side by side. */
export function StatementVersion({ label, statement, quote }: StatementVersionProps) {
  const { speakers, positions, coders } = useRegistry()
  const speaker = speakers.find((s) => s.id === statement.speakerId)?.name ?? 'No speaker'
  const position = positions.find((p) => p.id === statement.positionId)?.label ?? 'No position'
  const coder = coders.find((c) => c.id === statement.coderId)?.name
  return (
    <div className={`conflict-version stance-${statement.stance ?? 'none'}`}>
      <p className="conflict-version-label">{label}</p>
      <blockquote>“{quote}”</blockquote>
      <dl>
        <dt>Speaker</dt>
        <dd>{speaker}</dd>
        <dt>Position</dt>
        <dd>{position}</dd>
        <dt>Stance</dt>
        <dd>
          <span className={`stance-badge stance-${statement.stance ?? 'none'}`}>
            {stanceLabel(statement.stance)}
          </span>
        </dd>
        {statement.note && (
          <>
            <dt>Note</dt>
            <dd>{statement.note}</dd>
          </>
        )}
        <dt>Coded</dt>
        <dd>
          {coder ? `by ${coder}, ` : ''}
          {when(statement.updatedAt)}
        </dd>
      </dl>
    </div>
  )
}
