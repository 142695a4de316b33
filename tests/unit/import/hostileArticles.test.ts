import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { answerCall } from '../../../src-main/notebook/answer'
import { readImport } from '../../../src-main/notebook/import/readImport'
import { contract } from '../../../src-main/shared/contract'
import { docFromJSON } from '../../../src-main/shared/document'
import type { DocJSON } from '../../../src-main/shared/model'
import { plainText } from '../../../src-main/shared/plainText'
import { benignMarkers, unsafeMarkdownNodes } from '../../support/unsafeMarkdownNodes'
import { open } from '../../support/tempArchive'

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'hostile')
const SAFE_HREF = /^(?:https?:|mailto:)/i
// What the document schema keeps of an element: never a style, an event handler or a source.
const ALLOWED_ATTRIBUTES = new Set([
  'heading.level',
  'orderedList.start',
  'orderedList.type',
  'codeBlock.language',
])

/** Every node type, mark and link address in a document. */
function inventory(doc: DocJSON) {
  const types = new Set<string>()
  const hrefs: string[] = []
  const attributes = new Set<string>()
  const pending = [doc]
  while (pending.length > 0) {
    const node = pending.pop()!
    types.add(node.type)
    for (const name of Object.keys(node.attrs ?? {})) attributes.add(`${node.type}.${name}`)
    for (const mark of node.marks ?? []) {
      types.add(`mark:${mark.type}`)
      if (mark.type === 'link') hrefs.push(String(mark.attrs?.href))
    }
    pending.push(...(node.content ?? []))
  }
  return { types, hrefs, attributes }
}

async function importFixture(name: string) {
  const contents = await readFile(join(fixtures, name))
  const read = await readImport({ file: { name, base64: contents.toString('base64') }, meta: {} })
  return { read, fixture: contents.toString('utf8') }
}

describe.each(['council-xss.html', 'harbour-xss.md'])('the hostile article %s', (name) => {
  test('keeps its text and nothing that could run or load', async () => {
    const { read, fixture } = await importFixture(name)
    const text = plainText(docFromJSON(read.body)).text
    for (const marker of benignMarkers(fixture)) expect(text).toContain(marker)
    const { types, hrefs, attributes } = inventory(read.body)
    const allowed = [
      ...['doc', 'paragraph', 'text', 'heading', 'blockquote', 'bulletList', 'orderedList'],
      ...['listItem', 'codeBlock', 'hardBreak', 'horizontalRule'],
      ...['mark:bold', 'mark:italic', 'mark:strike', 'mark:code', 'mark:underline', 'mark:link'],
    ]
    expect([...types].filter((type) => !allowed.includes(type))).toEqual([])
    expect(hrefs.filter((href) => !SAFE_HREF.test(href))).toEqual([])
    expect([...attributes].filter((name) => !ALLOWED_ATTRIBUTES.has(name))).toEqual([])
    if (read.meta.url) expect(read.meta.url).toMatch(/^https?:/)
  })

  test('exports as Markdown without raw HTML or unsafe links', async () => {
    const { notebook } = await open()
    const contents = await readFile(join(fixtures, name))
    const article = await notebook.importArticle({
      file: { name, base64: contents.toString('base64') },
      meta: {},
    })
    const exported = await notebook.exportArticle(article.id, 'markdown')
    expect(unsafeMarkdownNodes(exported.content)).toEqual([])
  })
})

describe('links that reach the archive through the API', () => {
  const linked = (href: string, text: string) => ({
    type: 'text',
    text,
    marks: [{ type: 'link', attrs: { href } }],
  })
  const notesWith = (...hrefs: string[]) => ({
    type: 'doc',
    content: [{ type: 'paragraph', content: hrefs.map((href, i) => linked(href, `link ${i} `)) }],
  })

  test('a javascript: or data: link in the notes is unlinked, its words kept, and never exported', async () => {
    const { notebook } = await open()
    const { items } = await notebook.listArticles({ offset: 0, limit: 1 })
    const notes = notesWith(
      'javascript:alert(1)',
      ' JaVa\tScRiPt:alert(2)',
      'data:text/html,<script>alert(3)</script>',
      'https://example.org/report',
    )
    const answer = await answerCall(contract, notebook, 'updateArticle', [
      items[0].id,
      { baseRevision: items[0].revision, notes },
    ])
    expect(answer).toMatchObject({ ok: true })
    const saved = (await notebook.getArticle(items[0].id)) as { notes: DocJSON }
    expect(inventory(saved.notes).hrefs).toEqual(['https://example.org/report'])
    expect(plainText(docFromJSON(saved.notes)).text).toBe('link 0 link 1 link 2 link 3 ')
    const exported = await notebook.exportArticle(items[0].id, 'markdown')
    expect(exported.content).not.toMatch(/javascript|data:/i)
    expect(exported.content).toMatch(/\[link 3 ?\]\(https:\/\/example\.org\/report\)/)
  })

  test('an article address that is not a web address is refused, with where and why', async () => {
    const { notebook } = await open()
    const { items } = await notebook.listArticles({ offset: 0, limit: 1 })
    const update = (url: string) =>
      answerCall(contract, notebook, 'updateArticle', [
        items[0].id,
        { baseRevision: items[0].revision, meta: { url } },
      ])
    for (const url of [
      'javascript:alert(1)',
      ' java\nscript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
    ]) {
      expect(await update(url), url).toEqual({
        ok: false,
        error: {
          code: 'invalid',
          message:
            'The request was not understood: the article’s address must be a web address (http:// or https://) (at 1.meta.url).',
        },
      })
    }
    const imported = await answerCall(contract, notebook, 'importArticle', [
      { text: 'A short article.', meta: { title: 'A', url: 'vbscript:msgbox(1)' } },
    ])
    expect(imported).toMatchObject({ ok: false, error: { code: 'invalid' } })
    const kept = (await notebook.getArticle(items[0].id)).meta.url
    expect(kept).toMatch(/^https:/)
    expect(await update('https://example.org/a')).toMatchObject({ ok: true })
  })
})
