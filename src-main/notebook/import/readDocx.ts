import mammoth from 'mammoth'
import type { ArticleMeta, DocJSON } from '../../shared/model'
import type { ImportSubject } from './importRefusal'
import { readArticleHtml } from './readHtml'
import { damagedDocx, unpackDocx } from './unpackDocx'

export interface ReadDocx {
  body: DocJSON
  meta: Partial<ArticleMeta>
}

// Word's own Title and Subtitle styles are headings too; mammoth's default map knows Heading 1–6.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"]

function textOf(node: DocJSON): string {
  return node.text ?? (node.content ?? []).map(textOf).join('')
}

/**
 * A Word document (.docx) as an article: mammoth turns its text parts (unpacked within a limit,
 * see unpackDocx) into HTML (images left out, nothing outside the file read), which goes through
 * the same cleaning as a web page. Its first heading is the title.
 */
export async function readDocx(bytes: Buffer, subject: ImportSubject): Promise<ReadDocx> {
  const text = Buffer.from(unpackDocx(bytes, subject))
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: text },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    )
    html = result.value
  } catch {
    throw damagedDocx(subject)
  }
  const body = readArticleHtml(html)
  const heading = body.content?.find((node) => node.type === 'heading')
  const title = heading && textOf(heading).replace(/\s+/g, ' ').trim()
  return { body, meta: title ? { title } : {} }
}
