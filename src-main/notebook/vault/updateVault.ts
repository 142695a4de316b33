import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Root } from 'mdast'
import type { Article } from '../../shared/model'
import type { Registry } from '../export/articleToMarkdown'
import { articleNote } from '../export/articleToMarkdown'
import { noteLinks } from '../export/noteLinks'
import { errorCode } from '../storage/errorCode'
import { fileStamp } from '../storage/fileStamp'
import { syncFolder } from '../storage/syncFolder'
import { tailOf } from './keepTail'
import type { NotePieces } from './notePieces'
import { noteDigest } from './ourNotes'
import { vaultArticle } from './vaultArticles'
import type { VaultReport, VaultState } from './vault'
import { notePlace, writeManifest, type NoteRecord } from './vaultManifest'
import { registryText } from './noteInputs'
import type { VaultCatalog } from './vaultMessages'
import { VAULT, type Entry } from './vaultNoteParts'
import { indexNote, positionNote, speakerNote } from './vaultNotes'
import { writeNote } from './writeNote'

/** What a speaker's or position's note shows of an entry. */
const lineOf = (e: Entry) =>
  JSON.stringify([
    e.articleNote,
    e.articleTitle,
    e.published,
    e.blockId,
    e.quote,
    e.stance,
    e.speaker?.id,
    e.speaker?.name,
    e.position?.id,
    e.position?.label,
  ])

/** The speakers (or positions, by `key`) whose lines differ between two versions of an article. */
function changedLines(
  before: readonly Entry[],
  after: readonly Entry[],
  key: (e: Entry) => string | undefined,
): Set<string> {
  const lines = (entries: readonly Entry[]) => {
    const by = new Map<string, string[]>()
    for (const e of entries) {
      const k = key(e)
      if (k !== undefined) (by.get(k) ?? by.set(k, []).get(k)!).push(lineOf(e))
    }
    return by
  }
  const was = lines(before)
  const is = lines(after)
  const changed = new Set<string>()
  for (const k of new Set([...was.keys(), ...is.keys()]))
    if ((was.get(k) ?? []).join('\n') !== (is.get(k) ?? []).join('\n')) changed.add(k)
  return changed
}

/**
 * The vault brought up to date after saves of the articles `ids`, from what the last export kept
 * (`state`): their notes, the notes of the speakers and positions whose statement lists changed,
 * and the index, each written only if its bytes change. The big notes are put together from the
 * lines `pieces` kept, only the saved articles' lines written anew. Answers null where that is
 * not enough — the registry changed (a rename, a merge), or an article came, went, or changed its
 * title, date or source — and an export is due instead (which makes only the notes whose inputs
 * changed).
 */
export async function updateVault(
  state: VaultState,
  catalog: VaultCatalog,
  ids: readonly string[],
  readArticle: (id: string) => Promise<Article>,
  pieces: NotePieces,
): Promise<VaultReport | null> {
  const { folder, subjects, inputs } = state
  if (registryText(catalog) !== state.registry) return null
  // The same articles with the same titles, dates and sources: the same notes, in the same order.
  const summaries = Object.values(catalog.articles)
  if (summaries.length !== state.articles.size) return null
  for (const summary of summaries) {
    const kept = state.articles.get(summary.id)
    if (
      !kept ||
      summary.title !== kept.title ||
      summary.published !== kept.published ||
      summary.source !== kept.source
    )
      return null
  }

  const registry: Registry = {
    speakers: new Map(Object.entries(catalog.speakers)),
    positions: new Map(Object.entries(catalog.positions)),
  }
  const links = noteLinks(subjects)
  const manifest = new Map(state.manifest)
  let written = 0
  let made = 0
  const tails = (state.tails ??= new Map())
  /** The note's tail and digest now: as an update wrote it where its file is as then, else read. */
  const found = async (place: string, path: string) => {
    const listed = manifest.get(place)
    const tail = tails.get(place)
    if (
      tail !== undefined &&
      listed?.stamp !== undefined &&
      (await fileStamp(path)) === listed.stamp
    )
      return { tail, before: listed.digest }
    const existing = await readFile(path, 'utf8').catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return null
      throw error
    })
    return { tail: tailOf(existing), before: existing === null ? undefined : noteDigest(existing) }
  }
  const write = async (sub: string, name: string, root: Root, record: Partial<NoteRecord>) => {
    const path = join(folder, sub, `${name}.md`)
    const place = sub ? notePlace(sub, name) : `${name}.md`
    const { tail, before } = await found(place, path)
    const done = await writeNote({ path, root, tail, before })
    manifest.set(place, { digest: done.digest, stamp: done.stamp, ...record })
    tails.set(place, tail)
    made++
    if (done.wrote) written++
  }
  /** The article's statements as the other notes list them, read now if they were not. */
  const read = async (id: string): Promise<Entry[]> => {
    const kept = state.articles.get(id)!
    if (kept.entries) return kept.entries
    const { entries, coded } = vaultArticle(await readArticle(id), kept.name, catalog, registry)
    Object.assign(kept, { entries, count: coded.length })
    return entries
  }
  const listOf = (entries: Entry[]) => pieces.entryBlock(entries)

  const speakersTouched = new Set<string>()
  const positionsTouched = new Set<string>()
  for (const id of new Set(ids)) {
    const kept = state.articles.get(id)!
    const before = kept.entries
    const { article, coded, entries } = vaultArticle(
      await readArticle(id),
      kept.name,
      catalog,
      registry,
    )
    if (before) {
      // Only the speakers and positions whose lines from this article differ now.
      for (const speaker of changedLines(before, entries, (e) => e.speaker?.id))
        speakersTouched.add(speaker)
      for (const position of changedLines(before, entries, (e) => e.position?.id))
        positionsTouched.add(position)
    } else {
      // Not read before: every speaker and position it had or has may list it otherwise now.
      const had = state.catalog.articles[id]
      for (const speaker of [
        ...(had?.speakerIds ?? []),
        ...entries.flatMap((e) => e.speaker?.id ?? []),
      ])
        speakersTouched.add(speaker)
      for (const position of [
        ...(had?.positionIds ?? []),
        ...entries.flatMap((e) => e.position?.id ?? []),
      ])
        positionsTouched.add(position)
    }
    Object.assign(kept, { entries, count: coded.length })
    inputs.update(catalog.articles[id])
    await write(VAULT.articles, kept.name, articleNote(article, coded, links), {
      id,
      inputs: inputs.article(id),
      count: coded.length,
    })
  }

  // The notes of the articles' other speakers and positions show the same lines as before: they
  // are listed as made from the new inputs, so that the next export does not make them again.
  for (const id of ids) {
    const summary = catalog.articles[id]
    const relist = (sub: string, note: string | undefined, from: () => string) => {
      const record = note === undefined ? undefined : manifest.get(notePlace(sub, note))
      if (record) manifest.set(notePlace(sub, note!), { ...record, inputs: from() })
    }
    for (const speaker of summary.speakerIds)
      if (!speakersTouched.has(speaker))
        relist(VAULT.speakers, subjects.speakerNotes.get(speaker), () => inputs.speaker(speaker))
    for (const position of summary.positionIds)
      if (!positionsTouched.has(position))
        relist(VAULT.positions, subjects.positionNotes.get(position), () =>
          inputs.position(position),
        )
  }

  for (const id of speakersTouched) {
    const speaker = catalog.speakers[id]
    if (!speaker) continue
    const theirs: Entry[] = []
    for (const a of inputs.articlesOfSpeaker(id))
      for (const e of await read(a)) if (e.speaker?.id === id) theirs.push(e)
    const root = speakerNote(speaker, theirs, catalog, subjects, listOf)
    await write(VAULT.speakers, subjects.speakerNotes.get(id)!, root, {
      id,
      inputs: inputs.speaker(id),
    })
  }
  for (const id of positionsTouched) {
    const position = catalog.positions[id]
    if (!position) continue
    const about: Entry[] = []
    for (const a of inputs.articlesOfPosition(id))
      for (const e of await read(a)) if (e.position?.id === id) about.push(e)
    const root = positionNote(position, about, catalog, subjects, listOf)
    await write(VAULT.positions, subjects.positionNotes.get(id)!, root, {
      id,
      inputs: inputs.position(id),
    })
  }
  const articles = state.order.map((id) => state.articles.get(id)!)
  await write(
    '',
    VAULT.index,
    indexNote(articles, subjects, {
      articles: pieces.articleBlock(articles),
      ...pieces.subjectBlocks(subjects),
    }),
    { inputs: inputs.index() },
  )

  await writeManifest(folder, manifest, state.manifest)
  state.manifest = manifest
  state.catalog = catalog
  if (written > 0)
    for (const sub of ['', VAULT.articles, VAULT.speakers, VAULT.positions])
      await syncFolder(join(folder, sub))
  return {
    folder,
    notes: state.order.length + subjects.speakers.length + subjects.positions.length + 1,
    written,
    removed: 0,
    made,
  }
}
