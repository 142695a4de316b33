import type { Contract, Handlers, SampleRemoval } from '../shared/contract'
import { StancemarkError } from '../shared/errors'
import type { Archive } from './archive'
import { trashedArticles } from './trashedArticles'
import type { writeQueue } from './writeQueue'

const byName = (a: string, b: string) => a.localeCompare(b)

/**
 * The sample article a new archive opens with: what it is, and taking it away with the speakers
 * and positions only it uses, so that it stops counting in the analyst's totals.
 */
export function sampleHandlers(
  archive: Archive,
  exclusive: ReturnType<typeof writeQueue>,
  changed: (articleId?: string) => void,
): Pick<Handlers<Contract>, 'getSample' | 'removeSample'> {
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
    for (const speaker of Object.values(catalog().speakers))
      if (speaker.affiliationId) speakers.add(speaker.affiliationId)
    for (const position of Object.values(catalog().positions))
      if (position.parentId) positions.add(position.parentId)
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
        const speakerIds = new Set(found.flatMap((summary) => summary.speakerIds))
        const positionIds = new Set(found.flatMap((summary) => summary.positionIds))
        for (const id of ids) {
          await archive.moveToTrash(id)
          changed(id)
        }
        const removed: SampleRemoval = { articleIds: [...ids], speakers: [], positions: [] }
        for (const id of speakerIds) {
          const speaker = catalog().speakers[id]
          if (!speaker || used.speakers.has(id)) continue
          removed.speakers.push(speaker.name)
          delete catalog().speakers[id]
        }
        for (const id of positionIds) {
          const position = catalog().positions[id]
          if (!position || used.positions.has(id)) continue
          removed.positions.push(position.label)
          delete catalog().positions[id]
        }
        await archive.saveCatalog()
        changed()
        removed.speakers.sort(byName)
        removed.positions.sort(byName)
        return removed
      }),
  }
}
