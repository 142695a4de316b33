import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  _electron,
  test as base,
  expect,
  type Locator,
  type Page,
  type TestInfo,
} from '@playwright/test'
import { electronBinary } from '../../scripts/electronRuntime.mjs'
import type { StancemarkApi } from '../../src-main/shared/contract'
import { expectAccessible, screenOf } from './axe'

export { expect }

/** One of the archive's operations, by its name in the contract (src-main/shared/contract.ts). */
export type Method = keyof StancemarkApi
/** What the operation answers, as the renderer receives it. */
export type Answer<M extends Method> = Awaited<ReturnType<StancemarkApi[M]>>

/** The app as a person has it: a window on an archive folder, which can be quit and started again. */
export interface App {
  page: Page
  archiveDir: string
  restart(): Promise<void>
  /** Opens a second window (a browser tab, or a second desktop window) on the same archive. */
  openSecondWindow(): Promise<Page>
  /**
   * Calls the archive's API directly, as an analyst's script would: to set up a test's archive.
   * Typed by the contract, so a wrong name or argument is a type error, not a failing run.
   */
  call<M extends Method>(method: M, ...args: Parameters<StancemarkApi[M]>): Promise<Answer<M>>
  /** Exports the open article as Markdown the way the app offers it, and returns the file's text. */
  exportMarkdown(): Promise<{ filename: string; content: string }>
}

interface Host {
  process: ChildProcess
  url: string
}

function unwrap<M extends Method>(answer: unknown): Answer<M> {
  const result = answer as { ok: boolean; value?: Answer<M>; error?: { message: string } }
  if (!result.ok) throw new Error(result.error?.message ?? 'the call failed')
  return result.value as Answer<M>
}

/**
 * Starts the built local host on the archive (keeping `vaultDir` in sync, when given) and waits
 * for the line with its address.
 */
export async function startHost(archiveDir: string, vaultDir?: string): Promise<Host> {
  const child = spawn(
    process.execPath,
    [
      'out/main/host.js',
      '--archive',
      archiveDir,
      '--port',
      '0',
      ...(vaultDir ? ['--vault', vaultDir] : []),
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const found = /at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output)
      if (found) resolve(found[1])
    })
    child.once('exit', (code) =>
      reject(new Error(`The host exited (${code}) before serving: ${output}`)),
    )
  })
  return { process: child, url }
}

export async function stopHost(host: Host): Promise<void> {
  if (host.process.exitCode !== null) return
  const exited = new Promise((resolve) => host.process.once('exit', resolve))
  host.process.kill('SIGTERM')
  const killLater = setTimeout(() => host.process.kill('SIGKILL'), 5000)
  await exited
  clearTimeout(killLater)
}

/**
 * axe-core on whatever the test left on screen, so that every screen a test visits is checked; not
 * after a test that failed already (its own failure says more).
 */
async function checkWhereItEnded(app: App, testInfo: TestInfo): Promise<void> {
  if (testInfo.status !== testInfo.expectedStatus || app.page.isClosed()) return
  await expectAccessible(
    app.page,
    `${await screenOf(app.page)}, where the test “${testInfo.title}” ended`,
  )
}

export const test = base.extend<{ app: App; liveVault: string | undefined }>({
  /** A folder (made beside the archive's) for the host to keep in sync, `--vault`; none by default. */
  liveVault: [undefined, { option: true }],
  app: async ({ browser, liveVault }, use, testInfo) => {
    const archiveDir = await mkdtemp(join(tmpdir(), 'stancemark-e2e-'))
    const vaultDir = liveVault && join(`${archiveDir}-vaults`, liveVault)
    // What axe-core found where the test ended, thrown once everything is cleaned up.
    let axeFailure: unknown
    if (testInfo.project.name === 'electron') {
      const binary = electronBinary()
      test.skip(
        !binary,
        'Electron’s runtime is not installed on this machine (it cannot be downloaded here); the same specs run in Chromium.',
      )
      const launch = () =>
        _electron.launch({ executablePath: binary, args: ['.', '--archive', archiveDir] })
      let electronApp = await launch()
      const app: App = {
        page: await electronApp.firstWindow(),
        archiveDir,
        async restart() {
          await electronApp.close()
          electronApp = await launch()
          app.page = await electronApp.firstWindow()
        },
        async openSecondWindow() {
          const preload = join(process.cwd(), 'out', 'preload', 'index.cjs')
          await electronApp.evaluate(({ BrowserWindow }, preloadPath) => {
            const [first] = BrowserWindow.getAllWindows()
            const webPreferences = { preload: preloadPath, sandbox: true, contextIsolation: true }
            void new BrowserWindow({ webPreferences }).loadURL(first.webContents.getURL())
          }, preload)
          return electronApp.waitForEvent('window')
        },
        async call<M extends Method>(
          method: M,
          ...args: Parameters<StancemarkApi[M]>
        ): Promise<Answer<M>> {
          const answer = await app.page.evaluate(
            ([name, callArgs]) => {
              const bridge = (
                window as unknown as { stancemark: Record<string, (...a: unknown[]) => unknown> }
              ).stancemark
              return bridge[name as string](...(callArgs as unknown[]))
            },
            [method, args] as const,
          )
          return unwrap<M>(answer)
        },
        async exportMarkdown() {
          const target = join(archiveDir, '..', `${testInfo.testId}.md`)
          await electronApp.evaluate(({ dialog }, filePath) => {
            dialog.showSaveDialog = (async () => ({
              canceled: false,
              filePath,
            })) as typeof dialog.showSaveDialog
          }, target)
          await app.page
            .getByRole('toolbar', { name: 'Article' })
            .getByText('Export', { exact: true })
            .click()
          await app.page.getByRole('menuitem', { name: 'Markdown note' }).click()
          await expect(app.page.getByRole('status').filter({ hasText: 'Exported' })).toBeVisible()
          const { readFile } = await import('node:fs/promises')
          return { filename: target, content: await readFile(target, 'utf8') }
        },
      }
      await use(app)
      axeFailure = await checkWhereItEnded(app, testInfo).catch((error: unknown) => error)
      await electronApp.close()
    } else {
      let host = await startHost(archiveDir, vaultDir)
      const context = await browser.newContext({ acceptDownloads: true })
      const app: App = {
        page: await context.newPage(),
        archiveDir,
        async restart() {
          await app.page.close()
          await stopHost(host)
          host = await startHost(archiveDir, vaultDir)
          app.page = await context.newPage()
          await app.page.goto(host.url)
        },
        async openSecondWindow() {
          const second = await context.newPage()
          await second.goto(host.url)
          return second
        },
        async call<M extends Method>(
          method: M,
          ...args: Parameters<StancemarkApi[M]>
        ): Promise<Answer<M>> {
          const response = await fetch(`${new URL(host.url).origin}/api/${method}`, {
            method: 'POST',
            headers: {
              Authorization: `Bearer ${new URL(host.url).searchParams.get('token')}`,
              'Content-Type': 'application/json',
            },
            body: JSON.stringify({ args }),
          })
          return unwrap<M>(await response.json())
        },
        async exportMarkdown() {
          const download = app.page.waitForEvent('download')
          await app.page
            .getByRole('toolbar', { name: 'Article' })
            .getByText('Export', { exact: true })
            .click()
          await app.page.getByRole('menuitem', { name: 'Markdown note' }).click()
          const file = await download
          const { readFile } = await import('node:fs/promises')
          return {
            filename: file.suggestedFilename(),
            content: await readFile((await file.path())!, 'utf8'),
          }
        },
      }
      await app.page.goto(host.url)
      await use(app)
      axeFailure = await checkWhereItEnded(app, testInfo).catch((error: unknown) => error)
      await context.close()
      await stopHost(host)
    }
    await rm(archiveDir, { recursive: true, force: true })
    if (vaultDir) await rm(`${archiveDir}-vaults`, { recursive: true, force: true })
    if (axeFailure) throw axeFailure
  },
})

/**
 * Holds back the local host's requests for one API method until the returned function is called,
 * as if the archive's disk were slow, and resolves once the held answer has come back.
 */
export async function holdRequests(page: Page, method: Method): Promise<() => Promise<void>> {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(`**/api/${method}`, async (route) => {
    await held
    await route.continue()
  })
  return async () => {
    const answered = page.waitForResponse(`**/api/${method}`)
    release()
    await answered
  }
}

/** Presses Tab (or Shift+Tab) until the control has the focus, as a person does, a few at most. */
export async function tabTo(page: Page, control: Locator, key = 'Tab'): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (await control.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press(key)
  }
  await expect(control).toBeFocused()
}

/** Drags the mouse over the first occurrence of `text` in the article, as a person selects words. */
export async function selectWithMouse(page: Page, text: string): Promise<void> {
  const box = await page.locator('.article-text').evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    while (walker.nextNode()) nodes.push(walker.currentNode as Text)
    const whole = nodes.map((n) => n.data).join('')
    const at = whole.indexOf(wanted)
    if (at < 0) throw new Error(`“${wanted}” is not in the article`)
    const locate = (offset: number, end: boolean) => {
      let passed = 0
      for (const node of nodes) {
        if (offset < passed + node.data.length || (end && offset === passed + node.data.length)) {
          return { node, offset: offset - passed }
        }
        passed += node.data.length
      }
      throw new Error('offset outside the text')
    }
    const startPoint = locate(at, false)
    startPoint.node.parentElement!.scrollIntoView({ block: 'center' })
    const endPoint = locate(at + wanted.length, true)
    const first = document.createRange()
    first.setStart(startPoint.node, startPoint.offset)
    first.setEnd(startPoint.node, startPoint.offset + 1)
    const last = document.createRange()
    last.setStart(endPoint.node, endPoint.offset - 1)
    last.setEnd(endPoint.node, endPoint.offset)
    const a = first.getBoundingClientRect()
    const b = last.getBoundingClientRect()
    return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 }
  }, text)
  await page.mouse.move(box.x1, box.y1)
  await page.mouse.down()
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 })
  await page.mouse.move(box.x2, box.y2, { steps: 4 })
  await page.mouse.up()
}
