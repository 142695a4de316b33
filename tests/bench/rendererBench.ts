import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import { generateArchive } from '../../scripts/generateArchive'
import { selectWithMouse, startHost, stopHost } from '../e2e/app'
import type { Measured } from './serviceBench'
import { timingOf, type Timing } from './timing'

const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const WORDS = 20_000
const STATEMENTS = 1000
const OPENS = 5
const KEYS = 200
const MARKS = 10

function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size
  return total
}

/** Opens the article by its address (as a click in the library does) and times until all its marks are on screen. */
function openAndWait(page: Page, id: string, marks: number): Promise<number> {
  return page.evaluate(
    ([articleId, wanted]) =>
      new Promise<number>((resolve) => {
        const started = performance.now()
        location.hash = `#/article/${articleId}`
        const check = () => {
          const ids = new Set(
            [...document.querySelectorAll('.article-text [data-statement]')].map((e) =>
              e.getAttribute('data-statement'),
            ),
          )
          if (ids.size >= wanted && document.querySelector('.article-text'))
            resolve(performance.now() - started)
          else requestAnimationFrame(check)
        }
        requestAnimationFrame(check)
      }),
    [id, marks] as const,
  )
}

/** From each keydown to the frame after it has been painted: rAF, then a message after the frame. */
async function listenForPaints(page: Page, kind: 'key' | 'mark'): Promise<void> {
  await page.evaluate((which) => {
    const w = window as unknown as { __paints: number[] }
    w.__paints = []
    const channel = new MessageChannel()
    let started = 0
    channel.port1.onmessage = () => w.__paints.push(performance.now() - started)
    const marksNow = () => document.querySelectorAll('.article-text [data-statement]').length
    document.addEventListener(
      'keydown',
      (event) => {
        if (which === 'mark' && event.key !== 'm') return
        started = event.timeStamp
        if (which === 'key') {
          requestAnimationFrame(() => channel.port2.postMessage(0))
          return
        }
        const before = marksNow()
        const check = () =>
          marksNow() > before
            ? requestAnimationFrame(() => channel.port2.postMessage(0))
            : requestAnimationFrame(check)
        requestAnimationFrame(check)
      },
      { capture: true },
    )
  }, kind)
}

/** KEYS letters and spaces typed one after another, then a moment for the last frames. */
async function typeKeys(page: Page): Promise<void> {
  const letters = 'the river talks resumed quietly '
  for (let i = 0; i < KEYS; i++)
    await page.keyboard.press(
      letters[i % letters.length] === ' ' ? 'Space' : letters[i % letters.length],
      { delay: 5 },
    )
  await page.waitForTimeout(200)
}

/**
 * Key press to paint in a page that holds only an empty text box: what this browser on this
 * machine takes at that moment with none of our work, the floor under the typing figure.
 */
async function emptyBoxTyping(context: BrowserContext): Promise<Timing> {
  const page = await context.newPage()
  try {
    await page.setContent('<textarea aria-label="Empty" style="width:40em;height:20em"></textarea>')
    await page.getByRole('textbox', { name: 'Empty' }).click()
    await listenForPaints(page, 'key')
    await typeKeys(page)
    return timingOf(await paints(page))
  } finally {
    await page.close()
  }
}

const paints = (page: Page) =>
  page.evaluate(() => (window as unknown as { __paints: number[] }).__paints.splice(0))

/**
 * The renderer in Chromium through the local host: a 20,000-word article with 1,000 statements
 * opened, typed in (Edit text) and marked; and the size of the built renderer.
 */
export async function benchRenderer(
  root: string,
  log: (line: string) => void,
): Promise<Measured[]> {
  const measured: Measured[] = []
  const bundle = await folderBytes(join(root, 'out', 'renderer'))
  measured.push({
    operation: 'renderer bundle (out/renderer)',
    size: 0,
    unit: 'KB',
    stores: { stancemark: { median: bundle / 1024, p95: bundle / 1024, runs: 1 } },
  })
  const archiveDir = await mkdtemp(join(tmpdir(), 'stancemark-bench-renderer-'))
  log('Renderer: a 20,000-word article with 1,000 statements')
  await generateArchive({
    archiveDir,
    articles: 1,
    seed: 7,
    speakers: 200,
    positions: 40,
    wordsPerArticle: WORDS,
    statementsPerArticle: STATEMENTS,
  })
  const host = await startHost(archiveDir)
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS })
  try {
    const call = async (method: string, ...args: unknown[]) => {
      const url = new URL(host.url)
      const response = await fetch(`${url.origin}/api/${method}`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${url.searchParams.get('token')}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ args }),
      })
      return ((await response.json()) as { value: unknown }).value
    }
    const [big] = (
      (await call('listArticles', { offset: 0, limit: 1 })) as {
        items: { id: string; statementCount: number }[]
      }
    ).items
    const small = (await call('importArticle', {
      text: 'A short note to open first.',
      meta: { title: 'Short note', published: '2030-01-01' },
    })) as { id: string }
    const page = await (
      await browser.newContext({ viewport: { width: 1400, height: 900 } })
    ).newPage()
    await page.goto(host.url)
    await page.locator('.article-text').waitFor()

    const opens: number[] = []
    for (let i = 0; i < OPENS; i++) {
      await page.evaluate((id) => (location.hash = `#/article/${id}`), small.id)
      await page.waitForFunction(() => !document.querySelector('.article-text [data-statement]'))
      opens.push(await openAndWait(page, big.id, big.statementCount))
    }
    await page.getByRole('button', { name: 'Edit text' }).waitFor()
    measured.push({
      operation: 'big article shown and editable',
      size: 0,
      stores: { stancemark: timingOf(opens) },
    })

    log('Renderer: typing in Edit text mode')
    await page.getByRole('button', { name: 'Edit text' }).click()
    // The caret at the start of a paragraph, beside the statements rather than inside one.
    await page
      .locator('.article-text p')
      .nth(40)
      .click({ position: { x: 1, y: 4 } })
    // How busy the machine is now: the same keys in a page with nothing else.
    measured.push({
      operation: 'key press to paint in an empty text box',
      size: 0,
      stores: { stancemark: await emptyBoxTyping(page.context()) },
    })
    await listenForPaints(page, 'key')
    await typeKeys(page)
    measured.push({
      operation: 'key press to paint while typing',
      size: 0,
      stores: { stancemark: timingOf(await paints(page)) },
    })
    await page.getByRole('button', { name: 'Done editing' }).click()

    log('Renderer: marking statements')
    await listenForPaints(page, 'mark')
    for (let i = 0; i < MARKS; i++) {
      const words = await page
        .locator('.article-text p')
        .nth(60 + i * 7)
        .evaluate((p) => {
          const text = p.textContent ?? ''
          const at = text.indexOf(' ', Math.floor(text.length / 3))
          return text.slice(at + 1, at + 30).trim()
        })
      await selectWithMouse(page, words)
      await page.keyboard.press('m')
      await page.getByRole('combobox', { name: 'Speaker', exact: true }).waitFor()
      await page.keyboard.press('Escape')
      await page.waitForTimeout(100)
    }
    measured.push({
      operation: 'mark a statement',
      size: 0,
      stores: { stancemark: timingOf(await paints(page)) },
    })
  } finally {
    await browser.close()
    await stopHost(host)
    await rm(archiveDir, { recursive: true, force: true })
  }
  return measured
}
