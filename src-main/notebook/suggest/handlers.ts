import type { Contract, Handlers } from '../../shared/contract'
import { StancemarkError } from '../../shared/errors'
import { SUGGESTIONS_OFF } from '../../shared/suggestionsOff'
import type { Article } from '../../shared/model'
import type { NotebookContext } from '../context'
import { articleSuggestions } from './articleSuggestions'
import { withRejection } from './withRejection'
import { suggestionFates } from './suggestionFates'
import { articleSeenBy } from '../agreement/blindCoding'
import { readerOf } from '../registry/coders'
import { readSuggestionsOn, writeSuggestionsOn } from '../storage/localSuggestions'

/** The stretch of time "recently" covers in the suggestions' quality. */
const RECENT_DAYS = 30
const DAY_MS = 24 * 60 * 60 * 1000

type SuggestMethods =
  'suggestStatements' | 'rejectSuggestion' | 'getSuggestionQuality' | 'setSuggestionsOn'

/** Suggestions over the archive: made, rejected, how they fared, and turned on or off here. */
export function handlers({
  archive,
  exclusive,
  articles,
  now,
}: NotebookContext): Pick<Handlers<Contract>, SuggestMethods> {
  /** Read from `local/` once, then kept: only this window changes it while the archive is open. */
  let on: Promise<boolean> | undefined
  const suggestionsOn = () => (on ??= readSuggestionsOn(archive.dir))

  return {
    suggestStatements: async (articleId) => {
      if (!(await suggestionsOn())) throw new StancemarkError('conflict', SUGGESTIONS_OFF)
      // A coder coding blind: suggestions neither learn from nor skip over the others' statements.
      return articleSuggestions(
        articleSeenBy(await archive.readArticle(articleId), archive.catalog, readerOf(archive)),
        Object.values(archive.catalog.speakers),
      )
    },

    rejectSuggestion: (articleId, rejection) =>
      exclusive(async () => {
        const article = await archive.readArticle(articleId)
        const rejected = withRejection(article, rejection)
        if (!rejected || rejected === article.rejectedSuggestions)
          return { revision: article.revision }
        // The one added last is this one: stamped, for the quality of recent suggestions.
        const at = now().toISOString()
        const rejectedSuggestions = rejected.map((r, i) =>
          i === rejected.length - 1 ? { ...r, at } : r,
        )
        const saved = await articles.save(article, { rejectedSuggestions })
        return { revision: saved.revision }
      }),

    getSuggestionQuality: async () => {
      // One article at a time: an archive of thousands is never all open at once.
      const read: Article[] = []
      for (const id of Object.keys(archive.catalog.articles)) {
        // An article that cannot be read is reported where it is opened, not here.
        const article = await archive.readArticle(id).catch(() => undefined)
        if (article) read.push(article)
      }
      const since = new Date(now().getTime() - RECENT_DAYS * DAY_MS).toISOString()
      const fates = suggestionFates(read, archive.catalog.speakers, since)
      return { on: await suggestionsOn(), ...fates, recentDays: RECENT_DAYS }
    },

    setSuggestionsOn: (value) =>
      exclusive(async () => {
        await writeSuggestionsOn(archive.dir, value)
        on = Promise.resolve(value)
        return { on: value }
      }),
  }
}
