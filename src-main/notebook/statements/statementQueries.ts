import type { Contract, Handlers, StatementFilter } from '../../shared/contract'
import type { ExploredStatements } from '../../shared/statementQuery'
import type { NotebookContext } from '../context'
import { countStatements } from './countStatements'
import { matchStatements, matchedCount } from './matchStatements'
import { readerOf } from '../registry/coders'
import { sortStatements } from './sortStatements'
import { rowOfStatement } from './rowOfStatement'

type StatementQueryMethods = 'queryStatements' | 'exploreStatements'

/** Questions asked of every statement in the archive, answered from the statement index. */
export function statementQueries({
  archive,
  indexes,
}: NotebookContext): Pick<Handlers<Contract>, StatementQueryMethods> {
  const catalog = () => archive.catalog

  /** One page of the matching statements, sorted; with how they divide only when asked. */
  async function explore(filter: StatementFilter): Promise<ExploredStatements>
  async function explore(
    filter: StatementFilter,
    withCounts: false,
  ): Promise<Omit<ExploredStatements, 'counts'>>
  async function explore(filter: StatementFilter, withCounts = true) {
    const statements = await indexes.statements()
    const matched = matchStatements(statements, catalog(), filter, readerOf(archive))
    const counts = withCounts ? countStatements(matched) : undefined
    const offset = filter.offset ?? 0
    const page = sortStatements(
      matched,
      catalog(),
      filter.sort ?? 'published',
      filter.direction ?? 'asc',
      offset,
      filter.limit,
    )
    return {
      rows: page.map((m) => rowOfStatement(m, catalog())),
      total: matchedCount(matched),
      ...(counts && { counts }),
    }
  }

  return {
    queryStatements: async (filter) => (await explore(filter, false)).rows,

    exploreStatements: (filter) => explore(filter),
  }
}
