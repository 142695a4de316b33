import { Readability } from '@mozilla/readability'
import { DOMParser } from '@tiptap/pm/model'
import { JSDOM, VirtualConsole } from 'jsdom'
import { documentSchema } from '../../shared/document'
import type { ArticleMeta, DocJSON } from '../../shared/model'
import { htmlMeta, pageUrl } from './htmlMeta'
import { sanitizeArticleHtml } from './sanitizeArticleHtml'

export interface ReadHtml {
  body: DocJSON
  meta: Partial<ArticleMeta>
}

/** HTML that is all article (a converted Word document): sanitised and parsed, no Readability. */
export function readArticleHtml(html: string): DocJSON {
  const dom = new JSDOM('', { virtualConsole: new VirtualConsole() })
  try {
    const body = sanitizeArticleHtml(html, dom.window)
    return DOMParser.fromSchema(documentSchema()).parse(body).toJSON() as DocJSON
  } finally {
    dom.window.close()
  }
}

/**
 * A web page as an article: Readability finds the article in it (the whole body when it finds
 * none), DOMPurify reduces that to text structure and safe links, and the document schema parses
 * the rest. Scripts never run and nothing is fetched.
 */
export function readHtml(html: string): ReadHtml {
  // jsdom's defaults run no scripts and load no resources; the silent console drops CSS warnings.
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole() })
  try {
    const { document } = dom.window
    const url = pageUrl(document)
    if (url && !document.querySelector('base[href]')) {
      // Lets Readability turn the page's relative links into full addresses.
      const base = document.createElement('base')
      base.href = url
      document.head.prepend(base)
    }
    const article = new Readability(document.cloneNode(true) as Document).parse()
    const found = article?.content && article.textContent?.trim() ? article.content : undefined
    const clean = sanitizeArticleHtml(found ?? document.body.innerHTML, dom.window)
    const body: DocJSON = DOMParser.fromSchema(documentSchema()).parse(clean).toJSON()
    return { body, meta: htmlMeta(document, article) }
  } finally {
    dom.window.close()
  }
}
