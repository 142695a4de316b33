import { createHash } from 'node:crypto'
import { crc32 } from 'node:zlib'
import { describe, expect, test } from 'vitest'
import { readImport } from '../../../src-main/notebook/import/readImport'
import { MAX_IMPORT_BYTES } from '../../../src-main/shared/contract'
import { docFromJSON } from '../../../src-main/shared/document'
import { StancemarkError } from '../../../src-main/shared/errors'
import type { ArticleMeta, DocJSON } from '../../../src-main/shared/model'
import { plainText } from '../../../src-main/shared/plainText'

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex')
const textOf = (body: DocJSON) => plainText(docFromJSON(body)).text
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })

function importFile(name: string, contents: Uint8Array | string, meta: Partial<ArticleMeta> = {}) {
  const base64 = Buffer.from(contents).toString('base64')
  return readImport({ file: { name, base64 }, meta })
}

async function refusal(reading: Promise<unknown>): Promise<StancemarkError> {
  const error = await reading.then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  if (!(error instanceof StancemarkError))
    throw new Error(`expected a StancemarkError, got ${String(error)}`)
  return error
}

/** A real ZIP archive with stored (uncompressed) entries. */
function zipOf(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text)
    const fileName = Buffer.from(name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc32(data), 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(fileName.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc32(data), 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(fileName.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, fileName, data)
    centrals.push(central, fileName)
    offset += local.length + fileName.length + data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Object.keys(entries).length, 8)
  end.writeUInt16LE(Object.keys(entries).length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)

describe('pasted text', () => {
  test('pasted wire copy becomes one paragraph per blank-line block, wrapped lines joined by a space', async () => {
    const text =
      '  BRUSSELS (Wire) - The minister said on Monday\nthat talks would resume.\n\n\n' +
      'A spokesperson declined\r\n   to comment.  \n \n'
    const read = await readImport({ text, meta: { title: 'Talks resume' } })
    expect(read.body).toEqual({
      type: 'doc',
      content: [
        paragraph('BRUSSELS (Wire) - The minister said on Monday that talks would resume.'),
        paragraph('A spokesperson declined to comment.'),
      ],
    })
    expect(read.origin).toEqual({ kind: 'paste', name: 'pasted text', sha256: sha256(text) })
    expect(read.meta).toEqual({ title: 'Talks resume' })
  })

  test('pasted text that is only white space is refused as having no text', async () => {
    const error = await refusal(readImport({ text: ' \n\n\t\n', meta: {} }))
    expect(error.code).toBe('invalid')
    expect(error.message).toBe('The pasted text has no text we could find.')
  })
})

describe('text files', () => {
  test('a .txt file with Windows line ends and a UTF-8 BOM reads as its paragraphs', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('Für die Gespräche\r\nin Genf.\r\n\r\nZweiter Absatz — „Zitat“.\r\n'),
    ])
    const read = await importFile('bericht.txt', bytes)
    expect(textOf(read.body)).toBe('Für die Gespräche in Genf.\n\nZweiter Absatz — „Zitat“.')
    expect(read.origin).toEqual({ kind: 'file', name: 'bericht.txt', sha256: sha256(bytes) })
    expect(read.meta).toEqual({})
  })

  test('a UTF-16 file with a little-endian BOM reads as text', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Première ligne.\n\nDeuxième.', 'utf16le'),
    ])
    const read = await importFile('note.txt', bytes)
    expect(textOf(read.body)).toBe('Première ligne.\n\nDeuxième.')
    expect(read.origin.sha256).toBe(sha256(bytes))
  })

  test('a UTF-16 file with a big-endian BOM reads as text', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xfe, 0xff]),
      Buffer.from('Ωμέγα.\n\nΔεύτερο.', 'utf16le').swap16(),
    ])
    const read = await importFile('note.text', bytes)
    expect(textOf(read.body)).toBe('Ωμέγα.\n\nΔεύτερο.')
  })
})

describe('Markdown files', () => {
  const markdown = [
    '---',
    'title: Leaders discuss river dispute',
    'publication: Daily Wire',
    'url: https://example.com/news/river',
    'author: Jane Doe',
    'date: 2023-04-26T09:30:00+02:00',
    'tags: [river, "#talks"]',
    '---',
    '',
    '# Leaders discuss river dispute',
    '',
    'The president said the country would',
    'send representatives to the talks.',
    '',
    'A ministry spokesperson declined to comment.',
    '',
  ].join('\n')

  test('a Markdown file with front matter keeps its title, date and paragraphs', async () => {
    const read = await importFile('river.md', markdown)
    expect(read.meta).toEqual({
      title: 'Leaders discuss river dispute',
      source: 'Daily Wire',
      url: 'https://example.com/news/river',
      authors: ['Jane Doe'],
      published: '2023-04-26',
      tags: ['river', 'talks'],
    })
    expect(read.body).toEqual({
      type: 'doc',
      content: [
        paragraph('The president said the country would send representatives to the talks.'),
        paragraph('A ministry spokesperson declined to comment.'),
      ],
    })
  })

  test("the analyst's meta wins over the file's, field by field, where it is filled in", async () => {
    const read = await importFile('river.md', markdown, {
      title: 'Call between leaders',
      source: '',
      authors: [],
      tags: ['coded'],
    })
    expect(read.meta).toMatchObject({
      title: 'Call between leaders',
      source: 'Daily Wire',
      authors: ['Jane Doe'],
      published: '2023-04-26',
      tags: ['coded'],
    })
    expect(textOf(read.body).startsWith('Leaders discuss river dispute\n\nThe president')).toBe(
      true,
    )
  })

  test('without front matter the first heading is the title and leaves the body', async () => {
    const read = await importFile('Notes.markdown', '# Ceasefire talks\n\n## Background\n\nText.\n')
    expect(read.meta).toEqual({ title: 'Ceasefire talks' })
    expect(textOf(read.body)).toBe('Background\n\nText.')
    expect(read.body.content?.[0]).toEqual({
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: 'Background' }],
    })
  })

  test('Markdown formatting becomes marks and blocks; raw HTML, images and tables become text', async () => {
    const source = [
      'Some *emphasis*, **strong**, ~~gone~~, `code` and a [link](https://example.com/a).',
      'Line one  ',
      'line two ![a chart](chart.png) <span onclick="alert(1)">kept</span>',
      '',
      '<script>alert(1)</script>',
      '',
      '> 1. first',
      '> 2. second',
      '',
      '| Country | Vote |',
      '| --- | --- |',
      '| Veloria | yes |',
      '',
      '[bad](javascript:alert(1))',
      '',
      '***',
      '',
      '```ts',
      'const x = 1',
      '```',
    ].join('\n')
    const read = await importFile('sample.md', source)
    const link = {
      type: 'link',
      attrs: {
        href: 'https://example.com/a',
        target: '_blank',
        rel: 'noopener noreferrer nofollow',
        class: null,
        title: null,
      },
    }
    expect(read.body.content?.[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Some ' },
        { type: 'text', marks: [{ type: 'italic' }], text: 'emphasis' },
        { type: 'text', text: ', ' },
        { type: 'text', marks: [{ type: 'bold' }], text: 'strong' },
        { type: 'text', text: ', ' },
        { type: 'text', marks: [{ type: 'strike' }], text: 'gone' },
        { type: 'text', text: ', ' },
        { type: 'text', marks: [{ type: 'code' }], text: 'code' },
        { type: 'text', text: ' and a ' },
        { type: 'text', marks: [link], text: 'link' },
        { type: 'text', text: '. Line one' },
        { type: 'hardBreak' },
        { type: 'text', text: 'line two a chart kept' },
      ],
    })
    expect(read.body.content?.slice(1)).toEqual([
      {
        type: 'blockquote',
        content: [
          {
            type: 'orderedList',
            attrs: { start: 1, type: null },
            content: [
              { type: 'listItem', content: [paragraph('first')] },
              { type: 'listItem', content: [paragraph('second')] },
            ],
          },
        ],
      },
      paragraph('Country | Vote'),
      paragraph('Veloria | yes'),
      paragraph('bad'),
      { type: 'horizontalRule' },
      {
        type: 'codeBlock',
        attrs: { language: 'ts' },
        content: [{ type: 'text', text: 'const x = 1' }],
      },
    ])
    expect(JSON.stringify(read.body)).not.toMatch(/alert|script|onclick|chart\.png/)
  })
})

describe('web pages', () => {
  const page = `<!doctype html>
<html lang="en"><head>
  <title>Talks resume on river dispute | Daily Wire</title>
  <meta property="og:title" content="Talks resume on river dispute">
  <meta property="og:site_name" content="Daily Wire">
  <meta name="author" content="Jane Doe">
  <meta property="article:published_time" content="2023-04-26T23:30:00-05:00">
  <link rel="canonical" href="https://example.com/news/talks">
  <script>window.evil = true</script>
  <style>p { color: red }</style>
</head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article>
    <h1>Talks resume on river dispute</h1>
    <p>The minister said the talks would <strong>resume on Monday</strong>, officials <a href="https://example.com/source">told reporters</a>.</p>
    <p onclick="alert('clicked')" style="color: red">A spokesperson <a href="javascript:alert('link')">denied</a> the report.<script>document.write('injected')</script></p>
    <p>Read the <a href="/full-statement">full statement</a>.<img src="https://tracker.example/pixel.png" alt="pixel"></p>
    <iframe src="https://ads.example/"></iframe>
  </article>
</body></html>`

  test('a web page keeps its article, links and meta; scripts, handlers and javascript: links do not survive', async () => {
    const read = await importFile('talks.html', page)
    expect(read.meta).toEqual({
      title: 'Talks resume on river dispute',
      source: 'Daily Wire',
      url: 'https://example.com/news/talks',
      authors: ['Jane Doe'],
      published: '2023-04-26',
    })
    expect(textOf(read.body)).toBe(
      'The minister said the talks would resume on Monday, officials told reporters.\n\n' +
        'A spokesperson denied the report.\n\n' +
        'Read the full statement.',
    )
    expect(read.body.content?.[1]).toEqual(paragraph('A spokesperson denied the report.'))
    const hrefs = JSON.stringify(read.body).match(/"href":"[^"]*"/g)
    expect(hrefs).toEqual([
      '"href":"https://example.com/source"',
      '"href":"https://example.com/full-statement"',
    ])
    expect(JSON.stringify(read.body)).not.toMatch(
      /alert|injected|evil|onclick|style|javascript|pixel|iframe/,
    )
  })

  test('a page fragment without an article tag reads its sanitized body', async () => {
    const read = await importFile(
      'snippet.htm',
      '<p>Only one <em>short</em> line.</p><script>alert(1)</script>',
    )
    expect(read.body).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Only one ' },
            { type: 'text', marks: [{ type: 'italic' }], text: 'short' },
            { type: 'text', text: ' line.' },
          ],
        },
      ],
    })
  })

  test('a page with nothing but scripts and images is refused as having no text', async () => {
    const error = await refusal(
      importFile('empty.html', '<script>alert(1)</script><img src="a.png">'),
    )
    expect(error.code).toBe('invalid')
    expect(error.message).toBe('“empty.html” has no text we could find.')
  })
})

describe('files that are refused', () => {
  test('an empty file is refused', async () => {
    const error = await refusal(importFile('empty.txt', ''))
    expect(error.code).toBe('invalid')
    expect(error.message).toBe('“empty.txt” is empty: there is nothing in it to import.')
  })

  test('a PNG image is refused even when its name ends in .txt', async () => {
    const error = await refusal(importFile('article.txt', PNG_1PX))
    expect(error.code).toBe('unsupported-format')
    expect(error.message).toBe(
      '“article.txt” is not an article we can read: it looks like a PNG image. Stancemark reads .txt, .md, .html, .docx and .pdf files.',
    )
  })

  test('a ZIP archive named .txt is refused as a ZIP archive', async () => {
    const error = await refusal(importFile('archive.txt', zipOf({ 'story.txt': 'hello' })))
    expect(error.code).toBe('unsupported-format')
    expect(error.message).toContain(
      '“archive.txt” is not an article we can read: it looks like a ZIP archive.',
    )
  })

  test('a ZIP that only looks like a Word document is refused as a damaged one', async () => {
    const docx = zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' })
    const error = await refusal(importFile('report.docx', docx))
    expect(error.code).toBe('invalid')
    expect(error.message).toBe(
      '“report.docx” is not an article we can read: the Word document is damaged or is not a .docx file (older .doc files must be saved as .docx first).',
    )
  })

  test('a text file with an extension we do not read is refused', async () => {
    const error = await refusal(importFile('data.json', '{"a": 1}'))
    expect(error.code).toBe('unsupported-format')
    expect(error.message).toBe(
      '“data.json” is not an article we can read: files ending in .json are not supported. Stancemark reads .txt, .md, .html, .docx and .pdf files.',
    )
  })

  test('a file with NUL bytes is refused as binary', async () => {
    const error = await refusal(importFile('dump.txt', Buffer.from([0x41, 0x00, 0x42, 0x43])))
    expect(error.code).toBe('unsupported-format')
    expect(error.message).toContain(
      '“dump.txt” is not an article we can read: it looks like a binary file',
    )
  })

  test('a file over 20 MB is refused, saying its size and the limit', async () => {
    const error = await refusal(
      importFile('huge.txt', Buffer.alloc(MAX_IMPORT_BYTES + 100_000, 'a')),
    )
    expect(error.code).toBe('too-large')
    expect(error.message).toBe(
      '“huge.txt” is too large to import: it is 20.1 MB, and Stancemark reads files up to 20 MB.',
    )
  })

  test('a file in Latin-1 reads as its text', async () => {
    const latin1 = Buffer.from('Caf\xe9 au lait, cr\xe8me br\xfbl\xe9e.', 'latin1')
    const read = await importFile('menu.txt', latin1)
    expect(textOf(read.body)).toBe('Café au lait, crème brûlée.')
  })

  test('a file whose base64 is damaged is refused', async () => {
    const error = await refusal(
      readImport({ file: { name: 'story.txt', base64: 'SGVsbG8*!' }, meta: {} }),
    )
    expect(error.code).toBe('invalid')
    expect(error.message).toContain('“story.txt”')
  })
})
