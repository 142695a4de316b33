import type { ListItem, Root, RootContent } from 'mdast'
import { stringifyMarkdown } from '../export/stringifyMarkdown'
import type { SubjectNotes } from '../export/noteLinks'
import { entryLine, list, type Entry } from './vaultNoteParts'
import { articleLine, positionLine, speakerLine, type ArticleNoteInfo } from './vaultNotes'

/** The Markdown of each of `items` as a line of a tight list, in one go (one per item). */
function linesOf(items: ListItem[]): string[] {
  if (items.length === 0) return []
  const root: Root = { type: 'root', children: [list(items)] }
  const lines = stringifyMarkdown(root).replace(/\n$/, '').split('\n')
  // Each item is one line (their text has no line breaks); should one not be, each alone.
  if (lines.length === items.length) return lines
  return items.map((item) =>
    stringifyMarkdown({ type: 'root', children: [list([item])] }).trimEnd(),
  )
}

/**
 * Lines already written, as one block of a note: the writer takes it as it is, between the same
 * blank lines as the list it stands for (an empty list is left a list).
 */
const block = (lines: readonly string[]): RootContent =>
  lines.length === 0 ? list([]) : { type: 'html', value: lines.join('\n') }

/** An entry as its line shows it: the same fields, the same line. */
const sameLine = (a: Entry, b: Entry) =>
  a.articleNote === b.articleNote &&
  a.articleTitle === b.articleTitle &&
  a.published === b.published &&
  a.blockId === b.blockId &&
  a.quote === b.quote &&
  a.stance === b.stance

const sameArticleLine = (a: ArticleNoteInfo, b: ArticleNoteInfo) =>
  a.name === b.name &&
  a.title === b.title &&
  a.published === b.published &&
  a.source === b.source &&
  a.count === b.count

/**
 * What a live vault keeps of its notes' Markdown between updates: each statement's line (as the
 * speaker's and the position's notes list it) and each article's line in the index, so that the
 * big notes are put together again from lines already written and only a saved article's are
 * written anew. A line is kept with the fields it was written from, and is written again once
 * they differ (a retitled article, an edited quote), whatever changed them; a rename or merge in
 * the registry changes no line, only the headings and properties written around them. The notes
 * are the same bytes as `speakerNote`'s, `positionNote`'s and `indexNote`'s own lists make.
 */
export class NotePieces {
  /** By the block each statement's line links to (`note#^block`: one in the vault). */
  readonly #entries = new Map<string, { entry: Entry; line: string }>()
  readonly #articles = new Map<string, { info: ArticleNoteInfo; line: string }>()
  /** The index's lists of speakers and of positions, by the registry's names they were made for. */
  #subjects: { of: SubjectNotes; speakers: string[]; positions: string[] } | undefined

  /** The entries' lines as one block of a list, in their order. */
  entryBlock(entries: readonly Entry[]): RootContent {
    const lines: string[] = new Array(entries.length)
    const missing: number[] = []
    for (let at = 0; at < entries.length; at++) {
      const entry = entries[at]
      const kept = this.#entries.get(`${entry.articleNote}#^${entry.blockId}`)
      if (kept && (kept.entry === entry || sameLine(kept.entry, entry))) {
        kept.entry = entry
        lines[at] = kept.line
      } else missing.push(at)
    }
    const made = linesOf(missing.map((at) => entryLine(entries[at])))
    missing.forEach((at, n) => {
      const entry = entries[at]
      this.#entries.set(`${entry.articleNote}#^${entry.blockId}`, { entry, line: made[n] })
      lines[at] = made[n]
    })
    return block(lines)
  }

  /** The index's list of articles as one block. */
  articleBlock(articles: readonly (ArticleNoteInfo & { id: string })[]): RootContent {
    const lines: string[] = new Array(articles.length)
    const missing: number[] = []
    for (let at = 0; at < articles.length; at++) {
      const kept = this.#articles.get(articles[at].id)
      if (kept && sameArticleLine(kept.info, articles[at])) lines[at] = kept.line
      else missing.push(at)
    }
    const made = linesOf(missing.map((at) => articleLine(articles[at])))
    missing.forEach((at, n) => {
      const { id, name, title, published, source, count } = articles[at]
      this.#articles.set(id, { info: { name, title, published, source, count }, line: made[n] })
      lines[at] = made[n]
    })
    return block(lines)
  }

  /** The index's lists of speakers and positions as blocks, made again for other names. */
  subjectBlocks(subjects: SubjectNotes): { speakers: RootContent; positions: RootContent } {
    if (this.#subjects?.of !== subjects)
      this.#subjects = {
        of: subjects,
        speakers: linesOf(subjects.speakers.map((s) => speakerLine(s, subjects))),
        positions: linesOf(subjects.positions.map((p) => positionLine(p, subjects))),
      }
    return {
      speakers: block(this.#subjects.speakers),
      positions: block(this.#subjects.positions),
    }
  }

  /**
   * Forgets the lines of statements and articles no longer in the vault, so that what is kept
   * does not grow with every change.
   */
  keepOnly(articles: ReadonlyMap<string, { entries?: readonly Entry[] }>): void {
    const keys = new Set<string>()
    for (const { entries } of articles.values())
      for (const entry of entries ?? []) keys.add(`${entry.articleNote}#^${entry.blockId}`)
    for (const key of this.#entries.keys()) if (!keys.has(key)) this.#entries.delete(key)
    for (const id of this.#articles.keys()) if (!articles.has(id)) this.#articles.delete(id)
  }
}
