import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Root, PhrasingContent, ListItem } from 'mdast'
import { StancemarkError } from '../../shared/errors'
import type { Article } from '../../shared/model'
import { errorCode } from '../storage/errorCode'
import { syncFolder } from '../storage/syncFolder'
import { TEMP_FILE_NAME, writeFileAtomicallySync } from '../storage/writeFileAtomically'
import { articleNote, type Registry } from '../export/articleToMarkdown'
import { codedStatements } from '../export/codedStatements'
import { noteLinks, subjectNotes, wikiLink as link } from '../export/noteLinks'
import { stringifyMarkdown } from '../export/stringifyMarkdown'
import { noteWithTail, TAIL_MARKER, tailOf } from './keepTail'
import { noteDigest } from './ourNotes'
import { vaultFolder } from './vaultFolder'
import type { VaultCatalog } from './vaultMessages'
import { grouped, list, propertyLink, subjectNote, text, VAULT, type Entry } from './vaultNoteParts'

export { VAULT }

/** Notes being written at once, and articles read ahead of the note being made. */
const WRITES_AT_ONCE = 16
const READ_AHEAD = 8

export interface VaultOptions {
  /** Stops between notes; notes already written stay (each is whole). */
  signal?: AbortSignal
  /** Notes written so far of all. */
  onProgress?: (done: number, total: number) => void
  /** Awaited before each note is begun: a worker's way to keep pace with its main thread. */
  beforeNote?: () => Promise<void>
}

export interface VaultReport {
  folder: string
  /** Notes in the vault, and how many of them changed. */
  notes: number
  written: number
  /** Notes of an earlier export removed: renamed since, or about what left the archive. */
  removed: number
}

/** The entries under each key, in their order; entries without a key are left out. */
function groupBy(
  entries: Entry[],
  key: (entry: Entry) => string | undefined,
): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>()
  for (const entry of entries) {
    const k = key(entry)
    if (k === undefined) continue
    const group = groups.get(k)
    if (group) group.push(entry)
    else groups.set(k, [entry])
  }
  return groups
}

/**
 * A note of the vault to make and write: its mdast, the analyst's part to keep below ours, and
 * the digest of the note at `path` when the export began (`noteDigest`: undefined where there
 * was none, null where that is not known, so the note is read first).
 */
export interface NoteJob {
  path: string
  root: Root
  tail: string
  before: string | null | undefined
}

/** Makes the note and writes it, unless it already says exactly that; answers whether it wrote. */
export async function writeNote({ path, root, tail, before }: NoteJob): Promise<boolean> {
  const note = noteWithTail(stringifyMarkdown(root), tail)
  const same =
    before === undefined
      ? false
      : before === null
        ? await readFile(path, 'utf8').then(
            (existing) => existing === note,
            (error: unknown) => {
              if (errorCode(error) === 'ENOENT') return false
              throw error
            },
          )
        : before === noteDigest(note)
  if (same) return false
  writeFileAtomicallySync(path, note)
  return true
}

/**
 * Removes from `dir` the temp files of notes that an export stopped mid-write left (a thread
 * ended between writing a note's temp file and renaming it over the note).
 */
async function removeLeftovers(dir: string): Promise<void> {
  for (const name of await readdir(dir))
    if (TEMP_FILE_NAME.exec(name)?.[1].endsWith('.md')) await rm(join(dir, name), { force: true })
}

/** The analyst's lines of the index note, refusing a `Stancemark.md` that is not ours. */
async function indexTail(path: string): Promise<string> {
  const existing = await readFile(path, 'utf8').catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  })
  if (existing === null) return ''
  if (!existing.includes(TAIL_MARKER))
    throw new StancemarkError(
      'conflict',
      `That folder already has a “${VAULT.index}.md” that Stancemark did not write. Choose another folder, or move that note.`,
    )
  return tailOf(existing)
}

/**
 * The archive as an Obsidian vault in `folder`: a note per article (as the Markdown export), per
 * speaker and per position listing their statements with links back to each statement's block,
 * and an index note. Exporting again into the same folder updates these notes and keeps what the
 * analyst wrote below each note's marker line, also when a title changed; the analyst's own notes
 * are never overwritten, and other files are left alone (but for the hidden temp files of
 * notes that a stopped export left). `write` makes and writes each note
 * (`NoteMakers`: in other threads as well), while the next ones are begun.
 */
export async function exportVault(
  catalog: VaultCatalog,
  readArticle: (id: string) => Promise<Article>,
  folder: string,
  options: VaultOptions = {},
  write: (job: NoteJob) => Promise<boolean> = writeNote,
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
  const total = summaries.length + registry.speakers.size + registry.positions.size + 1
  const subfolders = [VAULT.articles, VAULT.speakers, VAULT.positions].map((sub) =>
    join(folder, sub),
  )
  for (const dir of subfolders) await mkdir(dir, { recursive: true })
  // No other export is writing into this folder now (VaultThread makes them wait their turn).
  for (const dir of [folder, ...subfolders]) await removeLeftovers(dir)
  const index = join(folder, `${VAULT.index}.md`)
  const tailOfIndex = await indexTail(index)
  const folders = {
    articles: await vaultFolder(join(folder, VAULT.articles), new Set(summaries.map((a) => a.id))),
    speakers: await vaultFolder(join(folder, VAULT.speakers), new Set(registry.speakers.keys())),
    positions: await vaultFolder(join(folder, VAULT.positions), new Set(registry.positions.keys())),
  }

  let done = 0
  let written = 0
  // Notes are made and written while the next ones are begun: up to WRITES_AT_ONCE at a time.
  const writing = new Set<Promise<void>>()
  let failure: { error: unknown } | undefined
  const allWritten = async () => {
    await Promise.all(writing)
    if (failure) throw failure.error
  }
  const put = async (job: NoteJob) => {
    await options.beforeNote?.()
    if (failure) return allWritten()
    if (options.signal?.aborted) {
      await allWritten()
      throw new StancemarkError('conflict', 'Cancelled; the notes written so far are whole.')
    }
    const writes: Promise<void> = write(job).then(
      (changed) => {
        if (changed) written++
        options.onProgress?.(++done, total)
      },
      (error: unknown) => {
        failure ??= { error }
      },
    )
    writing.add(writes)
    void writes.finally(() => writing.delete(writes))
    if (writing.size >= WRITES_AT_ONCE) await Promise.race(writing)
  }
  // Whatever stops the export, the notes being written are finished whole first (a thread
  // ended mid-write would leave their temp files in the vault).
  try {
    const putIn = async (sub: keyof typeof folders, name: string, id: string, root: Root) => {
      folders[sub].wrote(name)
      await put({
        path: join(folder, VAULT[sub], `${name}.md`),
        root,
        tail: folders[sub].tail(id),
        before: folders[sub].before(name),
      })
    }

    // The same names and links as a single article's note has (articleToMarkdown).
    const subjects = subjectNotes(registry, {
      speakers: folders.speakers.name,
      positions: folders.positions.name,
    })
    const { speakers, positions, speakerNotes, positionNotes } = subjects
    const links = noteLinks(subjects)
    const entries: Entry[] = []
    const articleNotes: {
      name: string
      title: string
      published: string
      source: string
      count: number
    }[] = []
    // Articles are read a few at a time ahead of the one being made into a note.
    const reading: Promise<Article>[] = []
    const readAhead = (at: number) => {
      while (reading.length < READ_AHEAD && at + reading.length < summaries.length) {
        const read = readArticle(summaries[at + reading.length].id)
        // Awaited in its turn; one left behind by a stop that came first is not an unhandled error.
        read.catch(() => undefined)
        reading.push(read)
      }
    }
    for (let at = 0; at < summaries.length; at++) {
      readAhead(at)
      const article = await reading.shift()!
      const name = folders.articles.name(article.meta.title)
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
      await putIn('articles', name, article.id, articleNote(article, coded, links))
    }

    const bySpeaker = groupBy(entries, (e) => e.speaker?.id)
    const byPosition = groupBy(entries, (e) => e.position?.id)
    for (const speaker of speakers) {
      const theirs = bySpeaker.get(speaker.id) ?? []
      const affiliation = speaker.affiliationId
        ? catalog.speakers[speaker.affiliationId]
        : undefined
      const root = subjectNote(
        {
          kind: speaker.kind,
          role: speaker.role,
          affiliation:
            affiliation &&
            propertyLink(VAULT.speakers, speakerNotes.get(affiliation.id)!, affiliation.name),
          aliases: speaker.aliases,
          statements: theirs.length,
          'stancemark-id': speaker.id,
        },
        speaker.name,
        speaker.notes,
        grouped(
          theirs,
          (e) => e.position?.label ?? 'No position',
          (e) =>
            e.position &&
            link(VAULT.positions, positionNotes.get(e.position.id)!, e.position.label),
        ),
      )
      await putIn('speakers', speakerNotes.get(speaker.id)!, speaker.id, root)
    }

    for (const position of positions) {
      const about = byPosition.get(position.id) ?? []
      const parent = position.parentId ? catalog.positions[position.parentId] : undefined
      const root = subjectNote(
        {
          parent:
            parent && propertyLink(VAULT.positions, positionNotes.get(parent.id)!, parent.label),
          color: position.color,
          statements: about.length,
          'stancemark-id': position.id,
        },
        position.label,
        position.description,
        grouped(
          about,
          (e) => e.speaker?.name ?? 'Speaker not set',
          (e) => e.speaker && link(VAULT.speakers, speakerNotes.get(e.speaker.id)!, e.speaker.name),
        ),
      )
      await putIn('positions', positionNotes.get(position.id)!, position.id, root)
    }

    const item = (children: PhrasingContent[]): ListItem => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children }],
    })
    const indexNote: Root = {
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
        list(
          positions.map((p) => item([link(VAULT.positions, positionNotes.get(p.id)!, p.label)])),
        ),
      ],
    }
    await put({ path: index, root: indexNote, tail: tailOfIndex, before: null })
    await allWritten()
  } catch (error) {
    await Promise.all(writing)
    throw error
  }
  let removed = 0
  for (const each of Object.values(folders)) removed += await each.prune()
  for (const sub of [VAULT.articles, VAULT.speakers, VAULT.positions])
    await syncFolder(join(folder, sub))
  await syncFolder(folder)
  return { folder, notes: total, written, removed }
}
