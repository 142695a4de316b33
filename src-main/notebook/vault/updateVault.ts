import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Article } from '../../shared/model'
import type { Registry } from '../export/articleToMarkdown'
import { articleNote } from '../export/articleToMarkdown'
import { noteLinks } from '../export/noteLinks'
import { errorCode } from '../storage/errorCode'
import { syncFolder } from '../storage/syncFolder'
import { tailOf } from './keepTail'
import { articleOrder, vaultArticle } from './vaultArticles'
import { writeNote, type VaultReport, type VaultState } from './vault'
import { notePlace, writeManifest } from './vaultManifest'
import type { VaultCatalog } from './vaultMessages'
import { VAULT, type Entry } from './vaultNoteParts'
import { indexNote, positionNote, speakerNote } from './vaultNotes'

/** What the analyst wrote below the marker of the note at `path` now; nothing if it is gone. */
async function tailAt(path: string): Promise<string> {
  return tailOf(
    await readFile(path, 'utf8').catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return null
      throw error
    }),
  )
}

/**
 * The vault brought up to date after saves of the articles `ids`, from what the last export kept
 * (`state`): their notes, the notes of the speakers and positions whose statement lists changed,
 * and the index, each written only if its bytes change. Answers null where that is not enough —
 * the registry changed (a rename, a merge), or an article came, went, or changed its title,
 * date or source — and a whole export is due instead (it too writes only what differs).
 */
export async function updateVault(
  state: VaultState,
  catalog: VaultCatalog,
  ids: readonly string[],
  readArticle: (id: string) => Promise<Article>,
): Promise<VaultReport | null> {
  const { folder, subjects } = state
  if (
    JSON.stringify(catalog.speakers) !== JSON.stringify(state.catalog.speakers) ||
    JSON.stringify(catalog.positions) !== JSON.stringify(state.catalog.positions) ||
    JSON.stringify(catalog.coders) !== JSON.stringify(state.catalog.coders) ||
    // Another reader sees other statements in every article coded blind.
    catalog.reader !== state.catalog.reader
  )
    return null
  const order = articleOrder(catalog).map((a) => a.id)
  if (order.length !== state.order.length || order.some((id, at) => state.order[at] !== id))
    return null
  for (const id of ids) {
    const summary = catalog.articles[id]
    const kept = state.articles.get(id)
    if (!summary || !kept) return null
    if (
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
  const write = async (
    sub: string,
    name: string,
    root: Parameters<typeof writeNote>[0]['root'],
  ) => {
    const path = join(folder, sub, `${name}.md`)
    const done = await writeNote({ path, root, tail: await tailAt(path), before: null })
    manifest.set(notePlace(sub, name), done.digest)
    if (done.wrote) written++
  }

  const speakersTouched = new Set<string>()
  const positionsTouched = new Set<string>()
  const touch = (entries: Entry[]) => {
    for (const e of entries) {
      if (e.speaker) speakersTouched.add(e.speaker.id)
      if (e.position) positionsTouched.add(e.position.id)
    }
  }
  for (const id of new Set(ids)) {
    const kept = state.articles.get(id)!
    const { article, coded, entries } = vaultArticle(
      await readArticle(id),
      kept.name,
      catalog,
      registry,
    )
    touch(kept.entries)
    touch(entries)
    state.articles.set(id, { ...kept, entries, count: coded.length })
    await write(VAULT.articles, kept.name, articleNote(article, coded, links))
  }

  const all = state.order.flatMap((id) => state.articles.get(id)!.entries)
  for (const id of speakersTouched) {
    const speaker = catalog.speakers[id]
    if (!speaker) continue
    const theirs = all.filter((e) => e.speaker?.id === id)
    await write(
      VAULT.speakers,
      subjects.speakerNotes.get(id)!,
      speakerNote(speaker, theirs, catalog, subjects),
    )
  }
  for (const id of positionsTouched) {
    const position = catalog.positions[id]
    if (!position) continue
    const about = all.filter((e) => e.position?.id === id)
    await write(
      VAULT.positions,
      subjects.positionNotes.get(id)!,
      positionNote(position, about, catalog, subjects),
    )
  }
  const indexPath = join(folder, `${VAULT.index}.md`)
  const index = await writeNote({
    path: indexPath,
    root: indexNote(
      state.order.map((id) => state.articles.get(id)!),
      subjects,
    ),
    tail: await tailAt(indexPath),
    before: null,
  })
  manifest.set(`${VAULT.index}.md`, index.digest)
  if (index.wrote) written++

  await writeManifest(folder, manifest, state.manifest)
  state.manifest = manifest
  state.catalog = catalog
  if (written > 0)
    for (const sub of ['', VAULT.articles, VAULT.speakers, VAULT.positions])
      await syncFolder(join(folder, sub))
  return {
    folder,
    notes: order.length + subjects.speakers.length + subjects.positions.length + 1,
    written,
    removed: 0,
  }
}
