import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Root } from 'mdast'
import { StancemarkError } from '../../shared/errors'
import type { Article } from '../../shared/model'
import { errorCode } from '../storage/errorCode'
import { syncFolder } from '../storage/syncFolder'
import { TEMP_FILE_NAME, writeFileAtomicallySync } from '../storage/writeFileAtomically'
import { articleNote, type Registry } from '../export/articleToMarkdown'
import { noteLinks, subjectNotes, type SubjectNotes } from '../export/noteLinks'
import { stringifyMarkdown } from '../export/stringifyMarkdown'
import { noteWithTail, TAIL_MARKER, tailOf } from './keepTail'
import { noteDigest } from './ourNotes'
import { articleOrder, vaultArticle } from './vaultArticles'
import { vaultFolder } from './vaultFolder'
import type { VaultCatalog } from './vaultMessages'
import { readManifest, writeManifest, notePlace, type Manifest } from './vaultManifest'
import { VAULT, type Entry } from './vaultNoteParts'
import { indexNote, positionNote, speakerNote, type ArticleNoteInfo } from './vaultNotes'

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
  /** Told, at the end, what a live update needs to know of the vault it wrote (`updateVault`). */
  onState?: (state: VaultState) => void
}

/** An article's note as the last export left it: the index's line, and its statements' entries. */
export interface KeptArticle extends ArticleNoteInfo {
  id: string
  entries: Entry[]
}

/** What a vault worker keeps of the vault it wrote last, for the next save to update. */
export interface VaultState {
  folder: string
  catalog: VaultCatalog
  subjects: SubjectNotes
  articles: Map<string, KeptArticle>
  /** The articles' ids in the order of their notes in the index. */
  order: string[]
  manifest: Manifest
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

/** What `writeNote` did: whether it wrote, and the digest of the note as it now is. */
export interface NoteWritten {
  wrote: boolean
  digest: string
}

/** Makes the note and writes it, unless it already says exactly that. */
export async function writeNote({ path, root, tail, before }: NoteJob): Promise<NoteWritten> {
  const note = noteWithTail(stringifyMarkdown(root), tail)
  const digest = noteDigest(note)
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
        : before === digest
  if (same) return { wrote: false, digest }
  writeFileAtomicallySync(path, note)
  return { wrote: true, digest }
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
  write: (job: NoteJob) => Promise<NoteWritten> = writeNote,
): Promise<VaultReport> {
  const registry: Registry = {
    speakers: new Map(Object.entries(catalog.speakers)),
    positions: new Map(Object.entries(catalog.positions)),
  }
  const summaries = articleOrder(catalog)
  const total = summaries.length + registry.speakers.size + registry.positions.size + 1
  const subfolders = [VAULT.articles, VAULT.speakers, VAULT.positions].map((sub) =>
    join(folder, sub),
  )
  for (const dir of subfolders) await mkdir(dir, { recursive: true })
  // No other export is writing into this folder now (VaultThread makes them wait their turn).
  for (const dir of [folder, ...subfolders]) await removeLeftovers(dir)
  const index = join(folder, `${VAULT.index}.md`)
  const tailOfIndex = await indexTail(index)
  // Only notes the manifest lists are ours to remove; it is written anew as notes are.
  const manifestBefore = await readManifest(folder)
  const manifest: Manifest = new Map()
  const folderOf = (sub: 'articles' | 'speakers' | 'positions', ids: Iterable<string>) =>
    vaultFolder(join(folder, VAULT[sub]), new Set(ids), (name) =>
      manifestBefore.get(notePlace(VAULT[sub], name)),
    )
  const folders = {
    articles: await folderOf(
      'articles',
      summaries.map((a) => a.id),
    ),
    speakers: await folderOf('speakers', registry.speakers.keys()),
    positions: await folderOf('positions', registry.positions.keys()),
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
  const put = async (place: string, job: NoteJob) => {
    await options.beforeNote?.()
    if (failure) return allWritten()
    if (options.signal?.aborted) {
      await allWritten()
      throw new StancemarkError('conflict', 'Cancelled; the notes written so far are whole.')
    }
    const writes: Promise<void> = write(job).then(
      ({ wrote, digest }) => {
        manifest.set(place, digest)
        if (wrote) written++
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
  let state: VaultState | undefined
  // Whatever stops the export, the notes being written are finished whole first (a thread
  // ended mid-write would leave their temp files in the vault).
  try {
    const putIn = async (sub: keyof typeof folders, name: string, id: string, root: Root) => {
      folders[sub].wrote(name)
      await put(notePlace(VAULT[sub], name), {
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
    const articleNotes: KeptArticle[] = []
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
      const read = await reading.shift()!
      const name = folders.articles.name(read.meta.title)
      const { article, coded, entries: theirs } = vaultArticle(read, name, catalog, registry)
      entries.push(...theirs)
      articleNotes.push({
        id: article.id,
        entries: theirs,
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
      const root = speakerNote(speaker, bySpeaker.get(speaker.id) ?? [], catalog, subjects)
      await putIn('speakers', speakerNotes.get(speaker.id)!, speaker.id, root)
    }
    for (const position of positions) {
      const root = positionNote(position, byPosition.get(position.id) ?? [], catalog, subjects)
      await putIn('positions', positionNotes.get(position.id)!, position.id, root)
    }
    await put(`${VAULT.index}.md`, {
      path: index,
      root: indexNote(articleNotes, subjects),
      tail: tailOfIndex,
      before: null,
    })
    state = {
      folder,
      catalog,
      subjects,
      articles: new Map(articleNotes.map((a) => [a.id, a])),
      order: summaries.map((a) => a.id),
      manifest,
    }
    await allWritten()
  } catch (error) {
    await Promise.all(writing)
    throw error
  }
  let removed = 0
  for (const [sub, each] of Object.entries(folders)) {
    const pruned = await each.prune()
    removed += pruned.removed
    // A note kept for the analyst's lines stays ours, to remove once they are gone.
    for (const name of pruned.kept) {
      const place = notePlace(VAULT[sub as keyof typeof folders], name)
      const digest = manifestBefore.get(place)
      if (digest) manifest.set(place, digest)
    }
  }
  await writeManifest(folder, manifest, manifestBefore)
  for (const sub of [VAULT.articles, VAULT.speakers, VAULT.positions])
    await syncFolder(join(folder, sub))
  await syncFolder(folder)
  if (state) options.onState?.(state)
  return { folder, notes: total, written, removed }
}
