import { spawn, type ChildProcess } from 'node:child_process'
import { request } from 'node:http'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { openNotebook } from '../../../src-main/notebook/notebook'
import { buildScript } from '../../support/buildScript'
import { paragraphsDocx } from '../../support/craftedDocx'
import { open, resourcesDir, tempDir } from '../../support/tempArchive'

/** How long a host may take to stop once told to: a bound, not a speed. */
const STOPS_WITHIN_MS = 10_000

let hostScript = ''
let removeHost: () => Promise<void> = async () => undefined

// The host runs in a process of its own, as `npm run serve` starts it, built into one file.
beforeAll(async () => {
  const built = await buildScript('hostChild.ts')
  hostScript = built.script
  removeHost = built.remove
}, 120_000)

afterAll(() => removeHost())

/** Waits until the child has printed `line`; answers all it printed so far. */
function printed(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let out = ''
    const listen = (chunk: Buffer) => {
      out += chunk.toString()
      const found = pattern.exec(out)
      if (found) {
        child.stdout!.off('data', listen)
        resolve(found)
      }
    }
    child.stdout!.on('data', listen)
    child.once('exit', (code) =>
      reject(new Error(`the host stopped (${code}) before printing ${pattern}`)),
    )
  })
}

test('SIGTERM stops a host busy importing a big .docx within a few seconds, leaving the archive whole', async () => {
  // An archive made beforehand: the host built into a temp folder has no sample article to add.
  const dir = await tempDir()
  await (await openNotebook({ archiveDir: dir, resourcesDir })).close()
  const host = spawn(process.execPath, [hostScript, '--archive', dir, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let errors = ''
  host.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => host.once('exit', (code) => resolve(code)))
  try {
    const [, port, token] = await printed(host, /at http:\/\/127\.0\.0\.1:(\d+)\/\?token=(\S+)/)
    const body = JSON.stringify({
      args: [
        {
          file: {
            name: 'report.docx',
            base64: Buffer.from(await paragraphsDocx(40_000)).toString('base64'),
          },
          meta: {},
        },
      ],
    })
    const importing = request({
      host: '127.0.0.1',
      port: Number(port),
      method: 'POST',
      path: '/api/importArticle',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    })
    const cutOff = new Promise((resolve) => importing.on('error', resolve).on('response', resolve))
    importing.end(body)
    await printed(host, /importing\n/)

    host.kill('SIGTERM')
    const stopped = await Promise.race([
      exited,
      new Promise<'still running'>((resolve) =>
        setTimeout(() => resolve('still running'), STOPS_WITHIN_MS),
      ),
    ])
    expect(stopped, errors).toBe(0)
    await cutOff
  } finally {
    if (host.exitCode === null) host.kill('SIGKILL')
  }
  // The lock was given back and nothing half-imported is there: the sample article alone.
  const { notebook } = await open(dir)
  expect((await notebook.getArchiveInfo()).readOnly).toBe(false)
  expect((await notebook.listArticles({ offset: 0, limit: 10 })).total).toBe(1)
}, 120_000)
