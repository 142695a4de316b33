import { createHash, type Hash } from 'node:crypto'
import type { ArticleSummary } from '../../shared/model'
import type { SubjectNotes } from '../export/noteLinks'
import type { VaultCatalog } from './vaultMessages'

/**
 * How the notes are made, as part of every note's inputs: change it with any change to what a
 * note says, so that the next export makes every note again rather than keep the old ones.
 */
const NOTES_MADE_BY = 'stancemark-vault-notes-1'

const SEP = '\u0000'

/** The digests of what each note of a vault is made from (`NoteRecord.inputs`). */
export interface NoteInputs {
  article(id: string): string
  speaker(id: string): string
  position(id: string): string
  index(): string
  /** The articles with a statement of this speaker or about this position, in the index's order. */
  articlesOfSpeaker(id: string): readonly string[]
  articlesOfPosition(id: string): readonly string[]
  /**
   * Takes in an article's new summary (a live update after its save), the index's order and the
   * registry being as they were: what the others are made from is kept, not made again.
   */
  update(summary: ArticleSummary): void
}

/** The registry, the coders and the reader, as every note may show them. */
export const registryText = (catalog: VaultCatalog) =>
  // Another reader sees other statements in every article coded blind.
  JSON.stringify([catalog.speakers, catalog.positions, catalog.coders ?? [], catalog.reader])

const digestOf = (hash: Hash) => hash.digest('base64url')

/** A registry entry (flat) with its fields in one order, however it was read or made. */
const entryText = (entry: object | undefined) =>
  JSON.stringify(entry ?? null, entry && Object.keys(entry).sort())

/**
 * What each note is made from, known from the catalog alone, without reading an article: an
 * article's note from its revision and the names of the speakers' and positions' notes it links
 * to; a speaker's or position's from its entry in the registry and what it needs of the articles
 * that mention it; the index from every article's and the registry's. Where these are what the
 * manifest says a note was made from, and the note is as we wrote it, the note is not made again.
 * The statements a reader sees of an article coded blind depend on the coders and the reader, so
 * theirs are part of such an article's inputs.
 */
export function noteInputs(
  catalog: VaultCatalog,
  order: readonly ArticleSummary[],
  articleNotes: ReadonlyMap<string, string>,
  { speakers, positions, speakerNotes, positionNotes }: SubjectNotes,
): NoteInputs {
  const coders = JSON.stringify([catalog.coders ?? [], catalog.reader])
  const speakerLink = (id: string) =>
    `${catalog.speakers[id]?.name ?? ''}${SEP}${speakerNotes.get(id) ?? ''}`
  const positionLink = (id: string) =>
    `${catalog.positions[id]?.label ?? ''}${SEP}${positionNotes.get(id) ?? ''}`
  // What every note that shows an article's statements needs of it: its version and note's name.
  const core = new Map<string, string>()
  const bySpeaker = new Map<string, string[]>()
  const byPosition = new Map<string, string[]>()
  // What a speaker's note shows of each article (its positions' names), and a position's (its
  // speakers'): made once an article, as many notes list the same article.
  const withPositions = new Map<string, string>()
  const withSpeakers = new Map<string, string>()
  const summaries = new Map<string, ArticleSummary>()
  const describe = (a: ArticleSummary) => {
    const own = [a.id, a.revision, a.updatedAt, a.coding ? coders : '', articleNotes.get(a.id)]
    core.set(a.id, own.join(SEP))
    withPositions.set(a.id, [...own, ...a.positionIds.map(positionLink)].join(SEP))
    withSpeakers.set(a.id, [...own, ...a.speakerIds.map(speakerLink)].join(SEP))
    summaries.set(a.id, a)
  }
  for (const a of order) {
    for (const id of a.speakerIds) (bySpeaker.get(id) ?? bySpeaker.set(id, []).get(id)!).push(a.id)
    for (const id of a.positionIds)
      (byPosition.get(id) ?? byPosition.set(id, []).get(id)!).push(a.id)
    describe(a)
  }
  let place: Map<string, number> | undefined
  /** Moves `article` into or out of the lists of `ids` it joined or left, in the index's order. */
  const regroup = (by: Map<string, string[]>, article: string, was: string[], is: string[]) => {
    for (const id of was.filter((each) => !is.includes(each))) {
      const articles = by.get(id) ?? []
      articles.splice(articles.indexOf(article), 1)
    }
    for (const id of is.filter((each) => !was.includes(each))) {
      place ??= new Map(order.map((a, at) => [a.id, at]))
      const articles = by.get(id) ?? by.set(id, []).get(id)!
      const at = articles.findIndex((other) => place!.get(other)! > place!.get(article)!)
      articles.splice(at < 0 ? articles.length : at, 0, article)
    }
  }
  const start = (kind: string, ...parts: string[]) =>
    createHash('sha256').update([NOTES_MADE_BY, kind, ...parts].join(SEP))

  return {
    article(id) {
      return digestOf(start('article', withSpeakers.get(id) ?? id, withPositions.get(id) ?? ''))
    },
    speaker(id) {
      const speaker = catalog.speakers[id]
      const hash = start('speaker', entryText(speaker))
      if (speaker?.affiliationId) hash.update(SEP + speakerLink(speaker.affiliationId))
      // Its statements are listed under their positions, each linking to its article's block.
      for (const a of bySpeaker.get(id) ?? []) hash.update(SEP + withPositions.get(a)!)
      return digestOf(hash)
    },
    position(id) {
      const position = catalog.positions[id]
      const hash = start('position', entryText(position))
      if (position?.parentId) hash.update(SEP + positionLink(position.parentId))
      for (const a of byPosition.get(id) ?? []) hash.update(SEP + withSpeakers.get(a)!)
      return digestOf(hash)
    },
    index() {
      const hash = start('index')
      for (const a of order) hash.update(SEP + core.get(a.id)!)
      for (const s of speakers) hash.update(`${SEP}${speakerLink(s.id)}${SEP}${s.kind}`)
      for (const p of positions) hash.update(SEP + positionLink(p.id))
      return digestOf(hash)
    },
    articlesOfSpeaker: (id) => bySpeaker.get(id) ?? [],
    articlesOfPosition: (id) => byPosition.get(id) ?? [],
    update(summary) {
      const was = summaries.get(summary.id)
      if (!was) return
      regroup(bySpeaker, summary.id, was.speakerIds, summary.speakerIds)
      regroup(byPosition, summary.id, was.positionIds, summary.positionIds)
      describe(summary)
    },
  }
}
