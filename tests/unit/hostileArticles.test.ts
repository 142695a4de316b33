import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { readImport } from '../../src-main/notebook/import/readImport'
import { docFromJSON } from '../../src-main/shared/document'
import type { DocJSON } from '../../src-main/shared/model'
import { plainText } from '../../src-main/shared/plainText'
import { benignMarkers, unsafeMarkdownNodes } from '../support/unsafeMarkdownNodes'
import { open } from './tempArchive'

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'hostile')
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
