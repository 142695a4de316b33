import type { Contract, Handlers } from '../../shared/contract'
import { StancemarkError } from '../../shared/errors'
import type { NotebookContext } from '../context'
import { coderById, readerOf } from '../registry/coders'
import { adjudicate } from './adjudicate'
import { agreementCsv, agreementMarkdown } from './agreementFiles'
import { agreementReport } from './agreementReport'
import { articleSeenBy } from './blindCoding'
import { compareArticle } from './compareArticle'
import { codesBlind } from './readingRule'

const NOT_YOURS = 'This article is not yours to code: it was given to other coders.'
const NOT_DOUBLE_CODED = 'This article is not being double coded.'

/** Double coding: articles given to coders, marked done, compared, measured and adjudicated. */
export function handlers(ctx: NotebookContext) {
  const { archive, exclusive, articles, indexes } = ctx
  const catalog = () => archive.catalog

  const report = async (query: Parameters<Handlers<Contract>['agreement']>[0]) =>
    agreementReport(await indexes.statements(), catalog(), query, readerOf(archive))

  return {
    assignCoding: ({ articleIds, coderIds }) =>
      exclusive(async () => {
        const coders = [...new Set(coderIds)].map((id) => coderById(catalog(), id).id)
        if (coders.length < 2)
          throw new StancemarkError('invalid', 'Double coding needs two coders or more.')
        const ids = [...new Set(articleIds)]
        // Every article is read before one is changed: an unknown id changes nothing.
        const read = await Promise.all(ids.map((id) => archive.readArticle(id)))
        for (const article of read) {
          const done = (article.coding?.done ?? []).filter((id) => coders.includes(id))
          // Decisions made so far stay: giving the article out again does not undo its adjudication.
          await articles.save(article, { coding: { ...article.coding, coders, done } })
        }
        return { articles: read.length }
      }),

    setCodingDone: (articleId, done) =>
      exclusive(async () => {
        const article = await archive.readArticle(articleId)
        const coding = article.coding
        if (!coding) throw new StancemarkError('conflict', NOT_DOUBLE_CODED)
        const reader = readerOf(archive)
        if (!coding.coders.includes(reader)) throw new StancemarkError('conflict', NOT_YOURS)
        const others = coding.done.filter((id) => id !== reader)
        const saved = await articles.save(article, {
          coding: { ...coding, done: done ? [...others, reader] : others },
        })
        return articleSeenBy(saved, catalog(), reader)
      }),

    getComparison: async (articleId) => {
      const article = await archive.readArticle(articleId)
      if (codesBlind(article.coding, readerOf(archive)))
        throw new StancemarkError(
          'conflict',
          'Not every coder has marked this article done yet: the comparison opens when they all have.',
        )
      return compareArticle(article, catalog())
    },

    agreement: (query) => report(query),

    exportAgreement: async (query, format) =>
      format === 'csv' ? agreementCsv(await report(query)) : agreementMarkdown(await report(query)),

    adjudicate: (articleId, decisions) =>
      exclusive(async () => {
        const article = await archive.readArticle(articleId)
        const reader = readerOf(archive)
        const changes = adjudicate(article, decisions, catalog(), reader, ctx.now().toISOString())
        return articleSeenBy(await articles.save(article, changes), catalog(), reader)
      }),
  } satisfies Partial<Handlers<Contract>>
}
