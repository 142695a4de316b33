import type { ArticleVersion } from '../../../src-main/shared/sync'
import { counted } from '../../ui/counted'
import { fieldLabel } from '../conflicts/conflictWords'

/** What a version changed, as a line: "2 statements added, 1 recoded; text edited". */
export function versionSummary({ changes }: ArticleVersion): string {
  if (changes.removed) return 'Removed from the archive'
  const statements: string[] = []
  const counts: [number, string][] = [
    [changes.statementsAdded, 'added'],
    [changes.statementsRemoved, 'removed'],
    [changes.statementsRecoded, 'recoded'],
  ]
  for (const [count, what] of counts) {
    if (count === 0) continue
    // The first count names what is counted; the others follow it.
    const number =
      statements.length === 0 ? counted(count, 'statement', 'statements') : count.toLocaleString()
    statements.push(`${number} ${what}`)
  }
  const parts = [
    changes.added ? 'Added to the archive' : '',
    statements.join(', '),
    changes.textChanged ? 'text edited' : '',
    changes.fieldsChanged.length > 0
      ? `${changes.fieldsChanged.map((field) => fieldLabel(field).toLowerCase()).join(', ')} changed`
      : '',
  ].filter(Boolean)
  const line = parts.join('; ') || 'Nothing that shows changed'
  return line[0].toUpperCase() + line.slice(1)
}
