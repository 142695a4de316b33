import type { Contract, Handlers, SampleRemoval } from '../../shared/contract'
import { StancemarkError } from '../../shared/errors'
import type { NotebookContext } from '../context'
import { removeEntries } from '../registry/registryEntry'
import { trashedArticles } from '../storage/trashedArticles'

const byName = (a: string, b: string) => a.localeCompare(b)

/**
 * Of the sample's entries, those nothing else needs: no other article codes with them, and no
 * entry that stays has them above it (an organisation of a member, a parent of a position).
 */
function neededByNothingElse<T>(
  entries: Record<string, T>,
  candidates: Set<string>,
  used: Set<string>,
  above: (entry: T) => string | undefined,
): Set<string> {
  const going = new Set([...candidates].filter((id) => entries[id] && !used.has(id)))
  for (let kept = true; kept;) {
    kept = false
    for (const [id, entry] of Object.entries(entries)) {
      const up = above(entry)
      if (!going.has(id) && up && going.delete(up)) kept = true
    }
  }
  return going
}

/**
 * The sample article a new archive opens with: what it is, and taking it away with the speakers
 * and positions only it uses, so that it stops counting in the analyst's totals.
 */
export function sampleHandlers({
  archive,
  exclusive,
  changed,
}: NotebookContext): Pick<Handlers<Contract>, 'getSample' | 'removeSample'> {
  const catalog = () => archive.catalog
  const samples = () => Object.values(catalog().articles).filter((summary) => summary.sample)

  /** The speakers and positions that something other than the sample uses. */
  async function usedElsewhere(sampleIds: Set<string>) {
    const speakers = new Set<string>()
    const positions = new Set<string>()
    for (const summary of Object.values(catalog().articles)) {
      if (sampleIds.has(summary.id)) continue
      summary.speakerIds.forEach((id) => speakers.add(id))
      summary.positionIds.forEach((id) => positions.add(id))
    }
    // An article in the trash may come back: its statements keep their coding.
    for await (const article of trashedArticles(archive.dir)) {
      if (article.origin.kind === 'sample') continue
      for (const statement of Object.values(article.statements)) {
        if (statement.speakerId) speakers.add(statement.speakerId)
        if (statement.positionId) positions.add(statement.positionId)
      }
    }
    return { speakers, positions }
  }

  return {
    getSample: () => {
      const [first, ...others] = samples()
      if (!first) return null
      const all = [first, ...others]
      return {
        articleId: first.id,
        title: first.title,
        statements: all.reduce((sum, summary) => sum + summary.statementCount, 0),
        ownArticles: Object.keys(catalog().articles).length - all.length,
      }
    },

    removeSample: () =>
      exclusive(async (): Promise<SampleRemoval> => {
        const found = samples()
        if (found.length === 0)
          throw new StancemarkError(
            'not-found',
            'There is no sample article in this archive: it was removed already.',
          )
        const ids = new Set(found.map((summary) => summary.id))
        const used = await usedElsewhere(ids)
        const speakerIds = neededByNothingElse(
          catalog().speakers,
          new Set(found.flatMap((summary) => summary.speakerIds)),
          used.speakers,
          (speaker) => speaker.affiliationId,
        )
        const positionIds = neededByNothingElse(
          catalog().positions,
          new Set(found.flatMap((summary) => summary.positionIds)),
          used.positions,
          (position) => position.parentId,
        )
        for (const id of ids) {
          await archive.moveToTrash(id)
          changed(id)
        }
        const removed: SampleRemoval = {
          articleIds: [...ids],
          speakers: removeEntries(catalog().speakers, speakerIds, (speaker) => speaker.name),
          positions: removeEntries(catalog().positions, positionIds, (position) => position.label),
        }
        await archive.saveCatalog()
        changed()
        removed.speakers.sort(byName)
        removed.positions.sort(byName)
        return removed
      }),
  }
}
