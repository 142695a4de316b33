import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Root } from 'mdast'
import type { Article } from '../../shared/model'
import { syncFolder } from '../storage/syncFolder'
import { articleNote, type Registry } from '../export/articleToMarkdown'
import { noteLinks, subjectNotes, type SubjectNotes } from '../export/noteLinks'
import { noteInputs, registryText, type NoteInputs } from './noteInputs'
import { NoteQueue, type NoteQueueOptions } from './noteQueue'
import { articleOrder, vaultArticle } from './vaultArticles'
import { vaultFolder } from './vaultFolder'
import { indexFile } from './vaultIndexFile'
import type { VaultCatalog } from './vaultMessages'
import {
  notePlace,
  readManifest,
  writeManifest,
  type Manifest,
  type NoteRecord,
} from './vaultManifest'
import { VAULT, type Entry } from './vaultNoteParts'
import { indexNote, positionNote, speakerNote, type ArticleNoteInfo } from './vaultNotes'
import { removeLeftovers, writeNote, type NoteJob, type NoteWritten } from './writeNote'

export { VAULT }

/** Articles read ahead of the note being made. */
const READ_AHEAD = 8

const INDEX = `${VAULT.index}.md`

export interface VaultOptions extends NoteQueueOptions {
  /** Told, at the end, what a live update needs to know of the vault it wrote (`updateVault`). */
  onState?: (state: VaultState) => void
  /** Reads every article, also where no note made needs it: a live vault's next update will. */
  readAll?: boolean
}

/** An article's note as the last export left it: the index's line, and its statements' entries. */
export interface KeptArticle extends ArticleNoteInfo {
  id: string
  /** Its statements as the speakers' and positions' notes list them; undefined until read. */
  entries?: Entry[]
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
  /** What each note was made from, taken forward article by article (`NoteInputs.update`). */
  inputs: NoteInputs
  /** The registry, coders and reader it was made for (`registryText`): another means an export. */
  registry: string
  /** What the analyst wrote below the marker of each note an update wrote, by its place. */
  tails?: Map<string, string>
}

export interface VaultReport {
  folder: string
  /** Notes in the vault, and how many of them changed. */
  notes: number
  written: number
  /** Notes of an earlier export removed: renamed since, or about what left the archive. */
  removed: number
  /** Notes made this time; the others were as the manifest says, from the same inputs. */
  made: number
}

type Sub = 'articles' | 'speakers' | 'positions'

/**
 * The archive as an Obsidian vault in `folder`: a note per article (as the Markdown export), per
 * speaker and per position listing their statements with links back to each statement's block,
 * and an index note. Exporting again into the same folder updates these notes and keeps what the
 * analyst wrote below each note's marker line, also when a title changed; the analyst's own notes
 * are never overwritten, and other files are left alone (but for the hidden temp files of
 * notes that a stopped export left). A note the manifest says was made from the same inputs
 * (`noteInputs`), and that is as we wrote it, is not made again: its article is not even read
 * unless another note made again needs its statements. `write` makes and writes each note
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
  // Only notes the manifest lists are ours to remove; it is written anew as notes are.
  const manifestBefore = await readManifest(folder)
  const index = join(folder, INDEX)
  const indexBefore = await indexFile(index, manifestBefore.get(INDEX))
  const folderOf = (sub: Sub, ids: Iterable<string>) =>
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
  // The same names and links as a single article's note has (articleToMarkdown).
  const subjects = subjectNotes(registry, {
    speakers: folders.speakers.name,
    positions: folders.positions.name,
  })
  const links = noteLinks(subjects)
  const names = new Map(summaries.map((a) => [a.id, folders.articles.name(a.title)]))
  const inputs = noteInputs(catalog, summaries, names, subjects)

  /** Each note with its inputs, and the manifest's record of it where it need not be made. */
  const plan = <T extends { id: string }>(
    sub: Sub,
    items: readonly T[],
    nameOf: (item: T) => string,
    inputsOf: (id: string) => string,
  ) =>
    items.map((item) => {
      const name = nameOf(item)
      const from = inputsOf(item.id)
      const record = manifestBefore.get(notePlace(VAULT[sub], name))
      const same =
        record?.id === item.id &&
        record.inputs === from &&
        folders[sub].before(name) === record.digest
      // Read and found the same (a vault copied elsewhere): listed with its file's stamp now.
      return {
        item,
        name,
        from,
        record: same ? { ...record, stamp: folders[sub].stamp(name) } : undefined,
      }
    })
  const articlePlan = plan('articles', summaries, (a) => names.get(a.id)!, inputs.article)
  const speakerPlan = plan(
    'speakers',
    subjects.speakers,
    (s) => subjects.speakerNotes.get(s.id)!,
    inputs.speaker,
  )
  const positionPlan = plan(
    'positions',
    subjects.positions,
    (p) => subjects.positionNotes.get(p.id)!,
    inputs.position,
  )
  const indexFrom = inputs.index()
  const indexRecord = manifestBefore.get(INDEX)
  const indexSame = indexRecord?.inputs === indexFrom && indexBefore.digest === indexRecord.digest

  // The articles to read: those whose notes are made again, and those whose statements a
  // speaker's or position's note made again lists; a live vault's, all.
  const toRead = new Set<string>()
  for (const { item, record } of articlePlan)
    if (record?.count === undefined || options.readAll) toRead.add(item.id)
  for (const { item, record } of speakerPlan)
    if (!record) for (const id of inputs.articlesOfSpeaker(item.id)) toRead.add(id)
  for (const { item, record } of positionPlan)
    if (!record) for (const id of inputs.articlesOfPosition(item.id)) toRead.add(id)
  const reads = summaries.filter((a) => toRead.has(a.id))

  const queue = new NoteQueue(write, total, options)
  const keep = (sub: Sub, name: string, record: NoteRecord) => {
    folders[sub].wrote(name)
    queue.keep(notePlace(VAULT[sub], name), record)
  }
  const make = async (
    sub: Sub,
    name: string,
    id: string,
    root: Root,
    made: Partial<NoteRecord>,
  ) => {
    folders[sub].wrote(name)
    await queue.put(
      notePlace(VAULT[sub], name),
      {
        path: join(folder, VAULT[sub], `${name}.md`),
        root,
        tail: await folders[sub].tail(id),
        before: folders[sub].before(name),
      },
      { id, ...made },
    )
  }
  const kept = new Map<string, KeptArticle>()
  // Whatever stops the export, the notes being written are finished whole first (a thread
  // ended mid-write would leave their temp files in the vault).
  try {
    // Articles are read a few at a time ahead of the one being made into a note.
    const reading: Promise<Article>[] = []
    let next = 0
    for (const { item: summary, name, from, record } of articlePlan) {
      const { id, title, published, source } = summary
      const info: KeptArticle = { id, name, title, published, source, count: record?.count ?? 0 }
      kept.set(id, info)
      if (!toRead.has(id)) {
        keep('articles', name, record!)
        continue
      }
      while (reading.length < READ_AHEAD && next < reads.length) {
        const read = readArticle(reads[next++].id)
        // Awaited in its turn; one left behind by a stop that came first is not an unhandled error.
        read.catch(() => undefined)
        reading.push(read)
      }
      const { article, coded, entries } = vaultArticle(
        await reading.shift()!,
        name,
        catalog,
        registry,
      )
      Object.assign(info, { entries, count: coded.length })
      if (record) keep('articles', name, record)
      else
        await make('articles', name, id, articleNote(article, coded, links), {
          inputs: from,
          count: coded.length,
        })
    }

    const entriesOf = (ids: readonly string[]) => ids.flatMap((id) => kept.get(id)?.entries ?? [])
    for (const { item: speaker, name, from, record } of speakerPlan) {
      if (record) keep('speakers', name, record)
      else {
        const theirs = entriesOf(inputs.articlesOfSpeaker(speaker.id)).filter(
          (e) => e.speaker?.id === speaker.id,
        )
        const root = speakerNote(speaker, theirs, catalog, subjects)
        await make('speakers', name, speaker.id, root, { inputs: from })
      }
    }
    for (const { item: position, name, from, record } of positionPlan) {
      if (record) keep('positions', name, record)
      else {
        const about = entriesOf(inputs.articlesOfPosition(position.id)).filter(
          (e) => e.position?.id === position.id,
        )
        const root = positionNote(position, about, catalog, subjects)
        await make('positions', name, position.id, root, { inputs: from })
      }
    }
    if (indexSame) queue.keep(INDEX, { ...indexRecord, stamp: indexBefore.stamp })
    else
      await queue.put(
        INDEX,
        {
          path: index,
          root: indexNote([...kept.values()], subjects),
          tail: await indexBefore.tail(),
          before: indexBefore.digest,
        },
        { inputs: indexFrom },
      )
    await queue.finished()
  } catch (error) {
    await queue.settled()
    throw error
  }
  const { manifest } = queue
  let removed = 0
  for (const [sub, each] of Object.entries(folders)) {
    const pruned = await each.prune()
    removed += pruned.removed
    // A note kept for the analyst's lines stays ours, to remove once they are gone.
    for (const name of pruned.kept) {
      const place = notePlace(VAULT[sub as Sub], name)
      const record = manifestBefore.get(place)
      if (record) manifest.set(place, record)
    }
  }
  const listed = await writeManifest(folder, manifest, manifestBefore)
  if (queue.written > 0 || removed > 0 || listed) {
    for (const dir of subfolders) await syncFolder(dir)
    await syncFolder(folder)
  }
  options.onState?.({
    folder,
    catalog,
    subjects,
    articles: kept,
    order: summaries.map((a) => a.id),
    manifest,
    inputs,
    registry: registryText(catalog),
  })
  return { folder, notes: total, written: queue.written, removed, made: queue.made }
}
