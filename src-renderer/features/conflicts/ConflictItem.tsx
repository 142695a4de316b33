import type { Article, ArticleConflict } from '../../../src-main/shared/model'
import type { ConflictChoice } from '../../../src-main/shared/sync'
import { routeHash } from '../../app/routes'
import { fieldLabel, quoteIn, shownValue } from './conflictWords'
import { StatementVersion } from './StatementVersion'

interface ConflictItemProps {
  article: Article
  conflict: ArticleConflict
  /** Settles it: the version kept, or the other. */
  onSettle: (take: ConflictChoice['take']) => void
  disabled: boolean
}

/** One conflict a sync left: both versions side by side, and the two ways to settle it. */
export function ConflictItem({ article, conflict, onSettle, disabled }: ConflictItemProps) {
  const buttons = (keep: string, take: string) => (
    <div className="conflict-actions">
      <button type="button" disabled={disabled} onClick={() => onSettle('kept')}>
        {keep}
      </button>
      <button type="button" disabled={disabled} onClick={() => onSettle('other')}>
        {take}
      </button>
    </div>
  )

  if (conflict.kind === 'statement') {
    const kept = article.statements[conflict.statementId]
    const quote = quoteIn(article.body, conflict.statementId) || conflict.quote
    return (
      <li>
        <div className="conflict-item" role="group" aria-label={`Statement “${quote}”`}>
          <p className="conflict-what">
            This statement was coded differently on two machines; the later coding is kept.
          </p>
          <div className="conflict-sides">
            {kept ? (
              <StatementVersion label="Kept" statement={kept} quote={quote} />
            ) : (
              <p className="conflict-version">Kept: the statement was removed here since.</p>
            )}
            <StatementVersion label="Other" statement={conflict.other} quote={conflict.quote} />
          </div>
          {buttons('Keep this', 'Take the other')}
        </div>
      </li>
    )
  }

  if (conflict.kind === 'field') {
    const label = fieldLabel(conflict.field)
    const keptValue =
      conflict.field === 'notes'
        ? article.notes
        : (article.meta as Record<string, unknown>)[conflict.field.replace(/^meta\./, '')]
    return (
      <li>
        <div className="conflict-item" role="group" aria-label={label}>
          <p className="conflict-what">
            The {label.toLowerCase()} was changed on two machines; the later change is kept.
          </p>
          <div className="conflict-sides">
            <div className="conflict-version">
              <p className="conflict-version-label">Kept</p>
              <p className="conflict-value">{shownValue(conflict.field, keptValue)}</p>
            </div>
            <div className="conflict-version">
              <p className="conflict-version-label">Other</p>
              <p className="conflict-value">{shownValue(conflict.field, conflict.other)}</p>
            </div>
          </div>
          {buttons('Keep this', 'Take the other')}
        </div>
      </li>
    )
  }

  return (
    <li>
      <div className="conflict-item" role="group" aria-label="Text">
        <p className="conflict-what">
          The text was edited on two machines. Ours is the one shown here; theirs is kept as an
          article of its own:{' '}
          <a href={routeHash({ view: 'articles', articleId: conflict.copyId })}>
            {article.meta.title} (their version)
          </a>
          . Keeping ours moves theirs to the trash; taking theirs puts its text and statements here.
        </p>
        {buttons('Keep ours', 'Take theirs')}
      </div>
    </li>
  )
}
