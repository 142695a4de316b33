import { useMemo } from 'react'
import type { Statement } from '../../../src-main/shared/model'
import type { ShownStatement, StatementLook } from '../../editor/statementView'
import { stanceLabel } from '../statements/stances'
import { useRegistry } from '../registry/RegistryProvider'

/**
 * How each statement looks in the text: its stance's colour and who said what on hover. A
 * statement's look is made when first asked for, again only when the statement or the registry
 * changes, and stays the same object otherwise, so the text redraws only the statements that
 * changed; nothing is made for all the article's statements at once (a mark changes one).
 */
export function useStatementLook(
  statements: Record<string, Statement>,
  selectedId: string | undefined,
): StatementLook {
  const registry = useRegistry()
  const lookOfStatement = useMemo(() => {
    const speakers = new Map(registry.speakers.map((s) => [s.id, s.name]))
    const positions = new Map(registry.positions.map((p) => [p.id, p.label]))
    const made = new WeakMap<Statement, ShownStatement>()
    return (statement: Statement): ShownStatement => {
      const known = made.get(statement)
      if (known) return known
      const who = (statement.speakerId && speakers.get(statement.speakerId)) || 'Speaker not set'
      const what = (statement.positionId && positions.get(statement.positionId)) || 'no position'
      const shown = {
        className: `stance-${statement.stance ?? 'none'}`,
        title: `${who} — ${what} (${stanceLabel(statement.stance).toLowerCase()})`,
      }
      // A cache of a pure function of the statement: what render sees never changes because of it.
      // oxlint-disable-next-line react/immutability
      made.set(statement, shown)
      return shown
    }
  }, [registry.speakers, registry.positions])

  return useMemo(
    () => ({
      lookOf: (id: string) => {
        const statement = Object.hasOwn(statements, id) ? statements[id] : undefined
        return statement && lookOfStatement(statement)
      },
      selectedId,
    }),
    [statements, lookOfStatement, selectedId],
  )
}
