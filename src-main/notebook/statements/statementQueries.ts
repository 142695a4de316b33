import type { Contract, Handlers, StatementFilter } from '../../shared/contract'
import type { ExploredStatements } from '../../shared/statementQuery'
import { analyseStatements } from '../analysis/analyseStatements'
import type { Archive } from '../storage/archive'
import { countStatements } from './countStatements'
import { exportStatements } from '../export/exportStatements'
import type { DerivedIndexes } from '../library/derivedIndexes'
import { matchStatements, matchedCount } from './matchStatements'
import { sortStatements } from './sortStatements'
import { speakerProfile } from '../analysis/speakerProfile'
import { rowOfStatement } from './rowOfStatement'

type StatementQueryMethods =
  | 'queryStatements'
  | 'exploreStatements'
  | 'getSpeakerProfile'
  | 'analyseStatements'
  | 'exportStatements'

/** Questions asked of every statement in the archive, answered from the statement index. */
export function statementQueries(
  archive: Archive,
  indexes: DerivedIndexes,
): Pick<Handlers<Contract>, StatementQueryMethods> {
  const catalog = () => archive.catalog

  /** One page of the matching statements, sorted; with how they divide only when asked. */
  async function explore(filter: StatementFilter): Promise<ExploredStatements>
  async function explore(
    filter: StatementFilter,
    withCounts: false,
  ): Promise<Omit<ExploredStatements, 'counts'>>
  async function explore(filter: StatementFilter, withCounts = true) {
    const statements = await indexes.statements()
    const matched = matchStatements(statements, catalog(), filter)
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

    getSpeakerProfile: async (id) => speakerProfile(await indexes.statements(), catalog(), id),

    analyseStatements: async (filter) =>
      analyseStatements(matchStatements(await indexes.statements(), catalog(), filter), catalog()),

    exportStatements: async (filter, format) =>
      exportStatements(
        matchStatements(await indexes.statements(), catalog(), filter),
        catalog(),
        format,
      ),
  }
}
