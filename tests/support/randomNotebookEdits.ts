import type { Notebook } from '../../src-main/notebook/notebook'
import { canonicalJson } from '../../src-main/notebook/sync/sameValue'
import { StancemarkError } from '../../src-main/shared/errors'
import type { DocJSON, Statement } from '../../src-main/shared/model'
import type { SeededRandom } from './fuzz/seededRandom'
import { textOf } from './markedWords'

const STANCES = ['supports', 'opposes', 'neutral'] as const

/**
 * What analysts saved, kept as they saved it, and what each save was made on: a version
 * something later was made on was seen, so a merge may let it go; the rest must be kept.
 */
export class SavedWork {
  /** Statement versions saved (canonical JSON), with the step each was saved at. */
  readonly statements = new Map<string, { id: string; step: number }>()
  /** The last step at which each statement was removed. */
  readonly removed = new Map<string, number>()
  /** Article texts saved (plain text). */
  readonly texts = new Set<string>()
  /** Speakers' names saved, by speaker id; aliases added; positions and speakers made. */
  readonly names = new Map<string, Set<string>>()
  readonly aliases = new Map<string, Set<string>>()
  readonly positions = new Set<string>()
  /** Everything a later save was made on: versions, texts, `<speaker id> <name>`. */
  readonly seen = new Set<string>()
  step = 0
  refused = 0

  liveStatements(): { version: string; id: string }[] {
    return [...this.statements]
      .filter(
        ([version, { id, step }]) =>
          !this.seen.has(version) && !(step < (this.removed.get(id) ?? -1)),
      )
      .map(([version, { id }]) => ({ version, id }))
  }

  liveTexts(): string[] {
    return [...this.texts].filter((text) => !this.seen.has(text))
  }

  liveNames(id: string): string[] {
    return [...(this.names.get(id) ?? [])].filter((name) => !this.seen.has(`${id} ${name}`))
  }
}

type Edit = (
  notebook: Notebook,
  random: SeededRandom,
  who: string,
  work: SavedWork,
) => Promise<void>

/** Text nodes of a body, in order. */
function textNodes(node: DocJSON): DocJSON[] {
  if (node.type === 'text') return [node]
  return (node.content ?? []).flatMap((child) => textNodes(child))
}

async function pickArticle(notebook: Notebook, random: SeededRandom) {
  const { items } = await notebook.listArticles({ offset: 0, limit: 1000 })
  const ids = items.map((summary) => summary.id).sort()
  return notebook.getArticle(random.pick(ids))
}

function keep(work: SavedWork, statement: Pick<Statement, 'id'> | undefined, before?: unknown) {
  if (before) work.seen.add(canonicalJson(before))
  if (statement)
    work.statements.set(canonicalJson(statement), { id: statement.id, step: work.step })
}

const addStatement: Edit = async (notebook, random, who, work) => {
  const article = await pickArticle(notebook, random)
  const text = textOf(article.body as DocJSON)
  const words = [...text.matchAll(/\S+/g)]
  const from = random.int(words.length)
  const to = Math.min(words.length - 1, from + random.int(4))
  const speakers = (await notebook.listSpeakers()).map((s) => s.id).sort()
  const positions = (await notebook.listPositions()).map((p) => p.id).sort()
  const speaker =
    speakers.length > 0 && random.chance(0.7)
      ? { id: random.pick(speakers) }
      : { name: `${who} speaker ${work.step}`, kind: 'person' as const }
  const { statement } = await notebook.addStatement(article.id, {
    anchor: { start: words[from].index, end: words[to].index + words[to][0].length },
    speaker,
    ...(positions.length > 0 && random.chance(0.5) && { position: { id: random.pick(positions) } }),
    stance: random.pick(STANCES),
    tags: [],
    note: `${who} ${work.step}`,
  })
  if (!('id' in speaker) && statement.speakerId)
    work.names.set(statement.speakerId, new Set([speaker.name]))
  keep(work, (await notebook.getArticle(article.id)).statements[statement.id])
}

const recodeStatement: Edit = async (notebook, random, who, work) => {
  const article = await pickArticle(notebook, random)
  const ids = Object.keys(article.statements).sort()
  if (ids.length === 0) return addStatement(notebook, random, who, work)
  const id = random.pick(ids)
  const positions = (await notebook.listPositions()).map((p) => p.id).sort()
  await notebook.updateStatement(article.id, id, {
    stance: random.pick(STANCES),
    note: `${who} recoded ${work.step}`,
    ...(positions.length > 0 && random.chance(0.3) && { positionId: random.pick(positions) }),
  })
  keep(work, (await notebook.getArticle(article.id)).statements[id], article.statements[id])
}

const removeStatement: Edit = async (notebook, random, _who, work) => {
  const article = await pickArticle(notebook, random)
  const ids = Object.keys(article.statements).sort()
  if (ids.length === 0) return
  const id = random.pick(ids)
  await notebook.removeStatement(article.id, id)
  work.seen.add(canonicalJson(article.statements[id]))
  work.removed.set(id, work.step)
}

/** A word written into the text at a word's edge, inside a statement's words or not. */
const editText: Edit = async (notebook, random, who, work) => {
  const article = await pickArticle(notebook, random)
  const body = structuredClone(article.body as DocJSON)
  const nodes = textNodes(body).filter((node) => (node.text ?? '').length > 0)
  const node = random.pick(nodes)
  const text = node.text ?? ''
  const edges = [0, ...[...text.matchAll(/ /g)].map((space) => space.index), text.length]
  const at = random.pick(edges)
  node.text =
    `${text.slice(0, at)} ${who}${work.step}${at === 0 ? ' ' : ''}${text.slice(at)}`.replace(
      /^ /,
      '',
    )
  const saved = await notebook.updateArticle(article.id, { baseRevision: article.revision, body })
  work.seen.add(textOf(article.body as DocJSON))
  work.texts.add(textOf(saved.body as DocJSON))
}

const addArticle: Edit = async (notebook, _random, who, work) => {
  const text = `Report ${who} ${work.step}\n\nThe ministry of ${who} said on day ${work.step} that talks would go on. Unions warned of strikes.`
  const article = await notebook.importArticle({ text, meta: {} })
  work.texts.add(textOf(article.body as DocJSON))
}

const renameSpeaker: Edit = async (notebook, random, who, work) => {
  const speakers = (await notebook.listSpeakers()).sort((a, b) => a.id.localeCompare(b.id))
  if (speakers.length === 0) return
  const speaker = random.pick(speakers)
  const name = `${who} name ${work.step}`
  await notebook.saveSpeaker({
    ...speaker,
    name,
    aliases: speaker.aliases ?? [],
    notes: speaker.notes ?? '',
  })
  work.seen.add(`${speaker.id} ${speaker.name}`)
  const names = work.names.get(speaker.id) ?? new Set()
  work.names.set(speaker.id, names.add(name))
}

const addAlias: Edit = async (notebook, random, who, work) => {
  const speakers = (await notebook.listSpeakers()).sort((a, b) => a.id.localeCompare(b.id))
  if (speakers.length === 0) return
  const speaker = random.pick(speakers)
  const alias = `${who} alias ${work.step}`
  await notebook.saveSpeaker({
    ...speaker,
    aliases: [...(speaker.aliases ?? []), alias],
    notes: speaker.notes ?? '',
  })
  const aliases = work.aliases.get(speaker.id) ?? new Set()
  work.aliases.set(speaker.id, aliases.add(alias))
}

const addPosition: Edit = async (notebook, _random, who, work) => {
  const position = await notebook.savePosition({
    label: `${who} position ${work.step}`,
    description: '',
    color: '#6b7280',
  })
  work.positions.add(position.id)
}

const EDITS: [Edit, number][] = [
  [addStatement, 5],
  [recodeStatement, 5],
  [removeStatement, 2],
  [editText, 3],
  [addArticle, 1],
  [renameSpeaker, 2],
  [addAlias, 2],
  [addPosition, 1],
]
const WEIGHT = EDITS.reduce((sum, [, weight]) => sum + weight, 0)

/**
 * One random edit through the archive's API, what it saved kept in `work`. A statement over
 * another's words may be refused by the archive: that is counted, not a failure.
 */
export async function editNotebook(
  notebook: Notebook,
  random: SeededRandom,
  who: string,
  work: SavedWork,
): Promise<void> {
  work.step++
  let roll = random.int(WEIGHT)
  const [edit] = EDITS.find(([, weight]) => (roll -= weight) < 0) ?? EDITS[0]
  try {
    await edit(notebook, random, who, work)
  } catch (error) {
    if (!(error instanceof StancemarkError) || error.code === 'internal' || error.code === 'io')
      throw error
    work.refused++
  }
}
