import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { markStatement } from '../../src-main/notebook/statements/statementMarks'
import type { Article } from '../../src-main/shared/model'
import type { DocJSON } from '../../src-main/shared/model'
import type { SeededRandom } from './fuzz/seededRandom'
import { textOf } from './markedWords'
import { statement } from './syncArticles'
import { readArticle, saveArticle } from './syncFolders'

const STANCES = ['supports', 'opposes', 'neutral'] as const

/**
 * One to three edits an analyst makes to the articles of a synced folder: a statement added
 * on words, one recoded, a word of the text rewritten, a title changed. Statements are never
 * removed here, so every one made must be found at the end. Answers each statement version saved.
 */
export async function editFolder(
  dir: string,
  random: SeededRandom,
  who: string,
  clock: () => string,
): Promise<{ id: string; updatedAt: string }[]> {
  const saved: { id: string; updatedAt: string }[] = []
  const names = (await readdir(join(dir, 'articles'))).filter((n) => n.endsWith('.json')).sort()
  for (let n = 1 + random.int(3); n > 0; n--) {
    const article = await readArticle(dir, random.pick(names).replace(/\.json$/, ''))
    const at = clock()
    const ids = Object.keys(article.statements)
    const kind = random.int(4)
    let next: Article
    if (kind === 0 || ids.length === 0) {
      const plain = textOf(article.body)
      const starts = [...plain.matchAll(/\b\w/g)].map((m) => m.index)
      const start = random.pick(starts)
      const end = start + 3 + random.int(20)
      const id = `${who}${at.replace(/\D/g, '').slice(-8)}`
      next = {
        ...article,
        body: markStatement(article.body, start, Math.min(end, plain.length), id),
        statements: {
          ...article.statements,
          [id]: statement(id, at, { stance: random.pick(STANCES) }),
        },
      }
      saved.push({ id, updatedAt: at })
    } else if (kind === 1) {
      const id = random.pick(ids)
      const recoded = {
        ...article.statements[id],
        stance: random.pick(STANCES),
        note: who,
        updatedAt: at,
      }
      next = { ...article, statements: { ...article.statements, [id]: recoded } }
      saved.push({ id, updatedAt: at })
    } else if (kind === 2)
      next = { ...article, body: rewriteWord(article.body, random, `${who}${n}`) }
    else next = { ...article, meta: { ...article.meta, title: `${who}'s title ${n}` } }
    await saveArticle(dir, { ...next, revision: article.revision + 1, updatedAt: at })
  }
  return saved
}

/** The body with one word of one paragraph's first run of text replaced, its marks kept. */
function rewriteWord(body: DocJSON, random: SeededRandom, word: string): DocJSON {
  const copy = structuredClone(body)
  const paragraph = random.pick(copy.content ?? [])
  const run = paragraph.content?.find(
    (node) => node.type === 'text' && /\w{3}/.test(node.text ?? ''),
  )
  if (!run?.text) return body
  const words = run.text.split(' ')
  const i = random.int(words.length)
  if (words[i]) words[i] = word
  run.text = words.join(' ')
  return copy
}
