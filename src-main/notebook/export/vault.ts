import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Root, RootContent, PhrasingContent, ListItem } from 'mdast'
import { stringify as yaml } from 'yaml'
import { StancemarkError } from '../../shared/errors'
import type { Article, Position, Speaker, Stance } from '../../shared/model'
import type { Catalog } from '../catalog'
import { errorCode } from '../errorCode'
import { syncFolder } from '../syncFolder'
import { articleToMarkdown, type Registry } from './articleToMarkdown'
import { codedStatements } from './codedStatements'
import { stringifyMarkdown } from './stringifyMarkdown'
import { vaultNames } from './vaultNames'
import { withTail } from './keepTail'

/** The vault's folders and its index note. */
export const VAULT = {
  articles: 'Articles',
  speakers: 'Speakers',
  positions: 'Positions',
  index: 'Stancemark',
}

export interface VaultOptions {
  /** Stops between notes; notes already written stay (each is whole). */
  signal?: AbortSignal
  /** Notes written so far of all. */
  onProgress?: (done: number, total: number) => void
}

export interface VaultReport {
  folder: string
  /** Notes in the vault, and how many of them changed. */
  notes: number
  written: number
}

/** One statement as the speaker and position notes list it, linking back to its block. */
interface Entry {
  articleNote: string
  articleTitle: string
  published: string
  blockId: string
  quote: string
  stance?: Stance
  speaker?: Speaker
  position?: Position
}

const text = (value: string): PhrasingContent => ({ type: 'text', value })

function entryLine(entry: Entry, other: string | undefined): ListItem {
  const children: PhrasingContent[] = [
    { type: 'highlight', children: [text(entry.quote.replace(/\s+/g, ' '))] },
    text(' — '),
  ]
  if (other) children.push(text(`${other}, `))
  children.push({
    type: 'wikiLink',
    target: `${VAULT.articles}/${entry.articleNote}#^${entry.blockId}`,
    alias: entry.articleTitle,
  })
  if (entry.published) children.push(text(`, ${entry.published}`))
  children.push(text(' '), { type: 'obsidianTag', value: `stance/${entry.stance ?? 'none'}` })
  return { type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] }
}

const list = (items: ListItem[]): RootContent => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items,
})

/** Entries grouped under a heading each (by position in a speaker note, by speaker in a position note). */
function grouped(
  entries: Entry[],
  key: (e: Entry) => string,
  other: (e: Entry) => string | undefined,
) {
  const groups = new Map<string, Entry[]>()
  for (const entry of entries) groups.set(key(entry), [...(groups.get(key(entry)) ?? []), entry])
  const order = [...groups].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
  return order.flatMap(([heading, items]): RootContent[] => [
    { type: 'heading', depth: 2, children: [text(heading)] },
    list(
      items
        .sort((a, b) => a.published.localeCompare(b.published))
        .map((entry) => entryLine(entry, other(entry))),
    ),
  ])
}

const properties = (values: Record<string, unknown>): RootContent => ({
  type: 'yaml',
  value: yaml(
    Object.fromEntries(
      Object.entries(values).filter(
        ([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0),
      ),
    ),
    { lineWidth: 0 },
  ).trimEnd(),
})

/** Writes a note unless it already says exactly that: temp file, then rename. */
async function putNote(path: string, content: string): Promise<boolean> {
  const existing = await readFile(path, 'utf8').catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  })
  const next = withTail(content, existing)
  if (next === existing) return false
  const temp = `${path}.stancemark-tmp`
  await writeFile(temp, next, 'utf8')
  await rename(temp, path)
  return true
}

/**
 * The archive as an Obsidian vault in `folder`: a note per article (as the Markdown export), per
 * speaker and per position listing their statements with links back to each statement's block,
 * and an index note. Exporting again into the same folder updates these notes and keeps what the
 * analyst wrote below each note's marker line; other files in the folder are left alone.
 */
export async function exportVault(
  catalog: Catalog,
  readArticle: (id: string) => Promise<Article>,
  folder: string,
  options: VaultOptions = {},
): Promise<VaultReport> {
  const registry: Registry = {
    speakers: new Map(Object.entries(catalog.speakers)),
    positions: new Map(Object.entries(catalog.positions)),
  }
  const summaries = Object.values(catalog.articles).sort(
    (a, b) =>
      a.published.localeCompare(b.published) ||
      a.title.localeCompare(b.title) ||
      a.id.localeCompare(b.id),
  )
  const speakers = Object.values(catalog.speakers).sort((a, b) => a.name.localeCompare(b.name))
  const positions = Object.values(catalog.positions).sort((a, b) => a.label.localeCompare(b.label))
  const total = summaries.length + speakers.length + positions.length + 1
  for (const sub of [VAULT.articles, VAULT.speakers, VAULT.positions])
    await mkdir(join(folder, sub), { recursive: true })

  let done = 0
  let written = 0
  const put = async (path: string, content: string) => {
    if (options.signal?.aborted)
      throw new StancemarkError(
        'conflict',
        'The export was cancelled; the notes written so far are whole.',
      )
    if (await putNote(path, content)) written++
    options.onProgress?.(++done, total)
  }

  const articleName = vaultNames()
  const entries: Entry[] = []
  const articleNotes: {
    name: string
    title: string
    published: string
    source: string
    count: number
  }[] = []
  for (const summary of summaries) {
    const article = await readArticle(summary.id)
    const name = articleName(article.meta.title)
    const coded = codedStatements(article, registry)
    for (const { statement, quote, blockId, speaker, position } of coded) {
      entries.push({
        articleNote: name,
        articleTitle: article.meta.title,
        published: article.meta.published,
        blockId,
        quote,
        stance: statement.stance,
        speaker,
        position,
      })
    }
    articleNotes.push({
      name,
      title: article.meta.title,
      published: article.meta.published,
      source: article.meta.source,
      count: coded.length,
    })
    await put(
      join(folder, VAULT.articles, `${name}.md`),
      articleToMarkdown(article, registry).content,
    )
  }

  const speakerName = vaultNames()
  const speakerNotes = new Map(speakers.map((s) => [s.id, speakerName(s.name)]))
  const positionName = vaultNames()
  const positionNotes = new Map(positions.map((p) => [p.id, positionName(p.label)]))
  const link = (folderName: string, note: string, alias: string): PhrasingContent => ({
    type: 'wikiLink',
    target: `${folderName}/${note}`,
    alias,
  })

  for (const speaker of speakers) {
    const theirs = entries.filter((e) => e.speaker?.id === speaker.id)
    const affiliation = speaker.affiliationId ? catalog.speakers[speaker.affiliationId] : undefined
    const root: Root = {
      type: 'root',
      children: [
        properties({
          kind: speaker.kind,
          role: speaker.role,
          affiliation: affiliation?.name,
          aliases: speaker.aliases,
          statements: theirs.length,
          'stancemark-id': speaker.id,
        }),
        { type: 'heading', depth: 1, children: [text(speaker.name)] },
        ...(speaker.notes
          ? [{ type: 'paragraph', children: [text(speaker.notes)] } as RootContent]
          : []),
        ...grouped(
          theirs,
          (e) => e.position?.label ?? 'No position',
          () => undefined,
        ),
      ],
    }
    await put(
      join(folder, VAULT.speakers, `${speakerNotes.get(speaker.id)}.md`),
      stringifyMarkdown(root),
    )
  }

  for (const position of positions) {
    const about = entries.filter((e) => e.position?.id === position.id)
    const parent = position.parentId ? catalog.positions[position.parentId] : undefined
    const root: Root = {
      type: 'root',
      children: [
        properties({
          parent: parent?.label,
          color: position.color,
          statements: about.length,
          'stancemark-id': position.id,
        }),
        { type: 'heading', depth: 1, children: [text(position.label)] },
        ...(position.description
          ? [{ type: 'paragraph', children: [text(position.description)] } as RootContent]
          : []),
        ...grouped(
          about,
          (e) => e.speaker?.name ?? 'Speaker not set',
          () => undefined,
        ),
      ],
    }
    await put(
      join(folder, VAULT.positions, `${positionNotes.get(position.id)}.md`),
      stringifyMarkdown(root),
    )
  }

  const item = (children: PhrasingContent[]): ListItem => ({
    type: 'listItem',
    spread: false,
    children: [{ type: 'paragraph', children }],
  })
  const index: Root = {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [text('Stancemark archive')] },
      { type: 'heading', depth: 2, children: [text(`Articles (${articleNotes.length})`)] },
      list(
        articleNotes.map((a) =>
          item([
            link(VAULT.articles, a.name, a.title),
            text(
              ` — ${[a.source, a.published].filter(Boolean).join(', ') || 'no source or date'} · ${a.count} ${a.count === 1 ? 'statement' : 'statements'}`,
            ),
          ]),
        ),
      ),
      { type: 'heading', depth: 2, children: [text(`Speakers (${speakers.length})`)] },
      list(
        speakers.map((s) =>
          item([link(VAULT.speakers, speakerNotes.get(s.id)!, s.name), text(` — ${s.kind}`)]),
        ),
      ),
      { type: 'heading', depth: 2, children: [text(`Positions (${positions.length})`)] },
      list(positions.map((p) => item([link(VAULT.positions, positionNotes.get(p.id)!, p.label)]))),
    ],
  }
  await put(join(folder, `${VAULT.index}.md`), stringifyMarkdown(index))
  for (const sub of [VAULT.articles, VAULT.speakers, VAULT.positions])
    await syncFolder(join(folder, sub))
  await syncFolder(folder)
  return { folder, notes: total, written }
}
