// Opens one baseline in a process of its own and prints its peak RSS in KB: a clean figure.
// `node tests/bench/memoryChild.mjs naive|sqlite FILE`
import { createRequire } from 'node:module'

const [kind, file] = process.argv.slice(2)
const textOf = (node) =>
  node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(textOf).join(' ')

if (kind === 'naive') {
  const { Low } = await import('lowdb')
  const { JSONFile } = await import('lowdb/node')
  const db = new Low(new JSONFile(file), {})
  await db.read()
  const articles = Object.values(db.data.articles)
  articles.sort((a, b) => b.meta.published.localeCompare(a.meta.published))
  articles.filter((a) => textOf(a.body).toLowerCase().includes('quota')).slice(0, 20)
} else {
  const Database = createRequire(import.meta.url)('better-sqlite3')
  const db = new Database(file, { readonly: true })
  db.prepare('SELECT id, title FROM articles ORDER BY published DESC LIMIT 50').all()
  db.prepare(
    "SELECT id, snippet(search, 2, '', '', '…', 24) FROM search WHERE search MATCH 'quota*' LIMIT 20",
  ).all()
  db.prepare(
    'SELECT * FROM statements WHERE speaker_id = (SELECT speaker_id FROM statements LIMIT 1) LIMIT 100',
  ).all()
}
// VmHWM, not getrusage's maxRSS: Linux carries maxRSS over from the parent across exec.
const { readFileSync } = await import('node:fs')
const status = (() => {
  try {
    return readFileSync('/proc/self/status', 'utf8')
  } catch {
    return ''
  }
})()
console.log(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? process.resourceUsage().maxRSS)
