// Run by tests/unit/sync/syncCrash.test.ts, built into one file: syncs the folder DIR once with
// the server, says so, then waits to be killed (the test kills it at a moment of its choosing).
//   node syncChild.mjs DIR URL USERNAME TOKEN
import { writeSync } from 'node:fs'
import { syncWithRemote } from '../../src-main/notebook/sync/syncWithRemote'

const [dir, url, username, token] = process.argv.slice(2)
const say = (line: string) => writeSync(1, `${line}\n`)

say('ready')
const result = await syncWithRemote({
  dir,
  remote: { url, username, token },
  author: { name: 'Ana', email: 'ana@example.org' },
})
say(`done ${JSON.stringify(result)}`)
setInterval(() => undefined, 60_000)
