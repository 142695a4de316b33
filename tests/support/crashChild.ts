// Run by tests/unit/crash.test.ts, built into one file: saves edits to the archive in DIR as fast
// as it can and prints one line for every save reported done, until it is killed.
//   node crashChild.mjs DIR RUN
import { writeSync } from 'node:fs'
import { Archive } from '../../src-main/notebook/storage/archive'
import { newId } from '../../src-main/notebook/newId'
import type { Article } from '../../src-main/shared/model'

const MINUTE = 60_000
const [dir, runArg] = process.argv.slice(2)
const run = Number(runArg)
// Twenty minutes pass with every save, so hourly backups and their rotation happen all the time.
let clock = Date.UTC(2024, 0, 1) + run * 100 * 24 * 60 * MINUTE
const now = () => new Date(clock)
const say = (line: string) => writeSync(1, `${line}\n`)

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })

function article(title: string, tag: string): Article {
  const text = `${title}. ${'The minister said the talks would resume next week. '.repeat(40)}`
  return {
    id: newId(),
    revision: 1,
    meta: {
      title,
      source: 'Crash wire',
      url: '',
      authors: [],
      published: '2024-01-01',
      accessed: '',
      language: 'en',
      tags: [tag],
    },
    body: {
      type: 'doc',
      content: Array.from({ length: 12 }, (_, i) => paragraph(`${i}: ${text}`)),
    },
    notes: { type: 'doc', content: [paragraph('Notes')] },
    statements: {},
    createdAt: now().toISOString(),
    updatedAt: now().toISOString(),
    origin: { kind: 'paste', name: 'pasted text', sha256: '' },
  }
}

const { archive } = await Archive.open(dir, { now, app: 'script' })
say('ready')
const summaries = () => Object.values(archive.catalog.articles)
let mainId = summaries().find((a) => a.tags.includes('crash-main'))?.id
if (!mainId) {
  const main = article('Main article', 'crash-main')
  await archive.writeArticle(main)
  mainId = main.id
}

for (let i = 0; ; i++) {
  clock += 20 * MINUTE
  const name = `${run}.${i}`
  if (i % 10 === 3) {
    const id = newId()
    archive.catalog.speakers[id] = {
      id,
      name: `Speaker ${name}`,
      aliases: [],
      kind: 'person',
      notes: '',
    }
    await archive.saveCatalog()
    say(`speaker ${id} Speaker ${name}`)
  } else if (i % 10 === 6) {
    const extra = article(`Extra ${name}`, 'extra')
    await archive.writeArticle(extra)
    say(`import ${extra.id}`)
  } else if (i % 10 === 9) {
    const extra = summaries().find((a) => a.tags.includes('extra'))
    if (!extra) continue
    say(`deleting ${extra.id}`)
    await archive.moveToTrash(extra.id)
    say(`deleted ${extra.id}`)
  } else {
    const main = await archive.readArticle(mainId)
    const title = `Edit ${name}`
    const body = {
      ...main.body,
      content: [paragraph(title), ...(main.body.content ?? []).slice(1)],
    }
    const next = { ...main, revision: main.revision + 1, meta: { ...main.meta, title }, body }
    await archive.writeArticle({ ...next, updatedAt: now().toISOString() })
    say(`edit ${mainId} ${next.revision} ${title}`)
  }
}
