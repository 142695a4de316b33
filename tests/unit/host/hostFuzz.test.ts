import { mkdtemp, writeFile } from 'node:fs/promises'
import { Agent } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test, vi } from 'vitest'
import { startHost, type Host } from '../../../src-main/host/server'
import { ERROR_CODES } from '../../../src-main/shared/errors'
import { folderHashes } from '../../support/fuzz/folderHashes'
import {
  CHANGES_BY_ID,
  fuzzRequest,
  schemaAccepts,
  type FuzzRequest,
} from '../../support/fuzz/fuzzRequest'
import type { KnownIds } from '../../support/fuzz/hostileValue'
import { seededRandom } from '../../support/fuzz/seededRandom'
import { sendRequest, type Reply } from '../../support/fuzz/sendRequest'
import { open } from '../../support/tempArchive'

const SEED = Number(process.env.FUZZ_SEED ?? 20240426)
const CALLS = Number(process.env.FUZZ_CALLS ?? 10_000)
const CONCURRENCY = 8

let host: Host | undefined
afterEach(async () => {
  await host?.close()
  host = undefined
})

/** An archive with an article, a coded statement, two speakers and a position to aim at. */
async function archiveWithStatement() {
  const { dir, notebook } = await open()
  const { items } = await notebook.listArticles({ offset: 0, limit: 10 })
  const articleId = items[0].id
  const added = await notebook.addStatement(articleId, {
    anchor: { start: 0, end: 8 },
    speaker: { name: 'Fuzz Speaker A' },
    position: { label: 'Fuzz position' },
    stance: 'supports',
    tags: [],
    note: '',
  })
  const other = await notebook.saveSpeaker({
    name: 'Fuzz Speaker B',
    aliases: [],
    kind: 'group',
    notes: '',
  })
  const known: KnownIds = {
    articleId,
    statementId: added.statement.id,
    speakerIds: [added.statement.speakerId!, other.id],
    positionId: added.statement.positionId!,
  }
  // Reads may build derived files (search indexes) on first use: built before the archive is hashed.
  await notebook.search({ text: 'the', limit: 5 })
  await notebook.queryStatements({ limit: 10 })
  await notebook.exportArticle(articleId, 'markdown')
  return { dir, notebook, known }
}

/** The folder's hashes once they stop changing: derived indexes are written a moment after a save. */
async function settledHashes(dir: string): Promise<Record<string, string>> {
  let previous = await folderHashes(dir)
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 2000))
    const current = await folderHashes(dir)
    if (JSON.stringify(current) === JSON.stringify(previous)) return current
    previous = current
  }
}

/** `ok`, or the error code of a 200 answer, for the summary. */
function answerOutcome(body: string): string {
  try {
    const answer = JSON.parse(body) as { ok: boolean; error?: { code: string } }
    return answer.ok ? 'ok' : (answer.error?.code ?? '?')
  } catch {
    return 'not JSON'
  }
}

/** What is wrong with the host's reply to a request, or undefined when it is what it must be. */
function fault(fuzz: FuzzRequest, reply: Reply): string | undefined {
  if (reply.headers['access-control-allow-origin'] !== undefined)
    return 'a CORS header granted access'
  if (fuzz.expect.kind !== 'answer') {
    if (reply.status !== fuzz.expect.status)
      return `status ${reply.status}, not ${fuzz.expect.status}`
    return undefined
  }
  if (reply.status !== 200) return `status ${reply.status}, not 200: ${reply.body.slice(0, 200)}`
  let answer: { ok?: unknown; value?: unknown; error?: { code?: unknown; message?: unknown } }
  try {
    answer = JSON.parse(reply.body) as typeof answer
  } catch {
    return `an answer that is not JSON: ${reply.body.slice(0, 200)}`
  }
  if (answer.ok === true) {
    const args = (JSON.parse(fuzz.body!.toString('utf8')) as { args: unknown }).args
    const { apiMethod } = fuzz.expect
    // Only well-formed calls may succeed, and none that changes what it names (nothing, here).
    const allowed = schemaAccepts(apiMethod, args) && !CHANGES_BY_ID.has(apiMethod)
    return allowed ? undefined : `${apiMethod} answered ok to arguments it must refuse`
  }
  const { code, message } = answer.error ?? {}
  if (answer.ok !== false || typeof message !== 'string' || message === '')
    return `not a typed answer: ${reply.body.slice(0, 200)}`
  if (!ERROR_CODES.includes(code as (typeof ERROR_CODES)[number]))
    return `unknown code ${String(code)}`
  if (code === 'internal') return `${fuzz.expect.apiMethod} threw instead of refusing: ${message}`
  if (/\n\s+at /.test(message)) return 'a stack trace in the message'
  return undefined
}

function describe(fuzz: FuzzRequest): string {
  const body = fuzz.body ? fuzz.body.toString('utf8').slice(0, 160) : ''
  return `${fuzz.method} ${fuzz.path.slice(0, 80)} ${JSON.stringify(fuzz.headers).slice(0, 120)} ${body}`
}

test(`${CALLS} random and malformed calls through the local host get typed refusals and change nothing`, async () => {
  const { dir, notebook, known } = await archiveWithStatement()
  const rendererDir = await mkdtemp(join(tmpdir(), 'stancemark-renderer-'))
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Stancemark</title>')
  host = await startHost({ notebook, rendererDir, port: 0 })
  const before = await settledHashes(dir)
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype)
  const crashes: unknown[] = []
  const onCrash = (error: unknown) => crashes.push(error)
  process.on('uncaughtException', onCrash)
  process.on('unhandledRejection', onCrash)
  const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)

  const random = seededRandom(SEED)
  const target = { port: host.port, token: host.token, known }
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY })
  const faults: string[] = []
  const outcomes: Record<string, number> = {}
  let sent = 0
  const started = performance.now()
  const worker = async () => {
    while (sent < CALLS && crashes.length === 0) {
      sent++
      const fuzz = fuzzRequest(random, target)
      const reply = await sendRequest(host!.port, agent, fuzz).catch((error: Error): Reply => ({
        status: -1,
        headers: {},
        body: `no reply: ${error.message}`,
      }))
      const stream = String(reply.headers['content-type']).startsWith('text/event-stream')
      const outcome = stream
        ? 'stream'
        : reply.status === 200
          ? answerOutcome(reply.body)
          : String(reply.status)
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1
      const found = fault(fuzz, reply)
      if (found && faults.length < 20) faults.push(`${found}\n    for ${describe(fuzz)}`)
    }
  }
  try {
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  } finally {
    agent.destroy()
    process.off('uncaughtException', onCrash)
    process.off('unhandledRejection', onCrash)
    logged.mockRestore()
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`fuzz: ${sent} calls in ${seconds} s (seed ${SEED}); ${JSON.stringify(outcomes)}`)

  expect(crashes).toEqual([])
  expect(faults).toEqual([])
  expect(sent).toBe(CALLS)
  // Still up, still answering.
  const still = await fetch(`http://127.0.0.1:${host.port}/api/listArticles`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}` },
    body: JSON.stringify({ args: [{}] }),
  })
  expect(await still.json()).toMatchObject({ ok: true, value: { total: 1 } })
  expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeKeys)
  expect(await folderHashes(dir)).toEqual(before)
}, 120_000)
