import createDOMPurify, { type WindowLike } from 'dompurify'
import type { DOMWindow } from 'jsdom'
import { StancemarkError } from '../../shared/errors'
import { SAFE_HREF } from '../../shared/isSafeHref'

// Text structure only: no style, images, frames, SVG, scripts or forms.
const ALLOWED_TAGS = [
  ...['article', 'section', 'main', 'header', 'footer', 'div', 'span', 'p', 'br', 'hr'],
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code', 'figure', 'figcaption'],
  ...['ul', 'ol', 'li', 'dl', 'dt', 'dd'],
  ...[
    'a',
    'em',
    'i',
    'strong',
    'b',
    'u',
    's',
    'strike',
    'del',
    'ins',
    'mark',
    'q',
    'cite',
    'small',
  ],
  ...['sub', 'sup', 'abbr', 'time'],
  ...['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
]

// Dropped with what is inside them, not just unwrapped: their text is not article text.
const DROPPED_WITH_CONTENT = ['button', 'select', 'option', 'datalist', 'textarea', 'nav', 'aside']

/**
 * Article HTML reduced to text structure and links (http, https, mailto), as the body of a
 * document of the given window. Table rows become paragraphs of their cell text.
 */
export function sanitizeArticleHtml(html: string, window: DOMWindow): Element {
  // jsdom's window has everything DOMPurify asks for; its declared type is not globalThis.
  const purify = createDOMPurify(window as unknown as WindowLike)
  if (!purify.isSupported) {
    throw new StancemarkError(
      'internal',
      'Web pages cannot be imported: the HTML cleaner is not available.',
    )
  }
  // The body itself, not a fragment: jsdom moves nodes into a fragment one at a time, at a cost
  // that grows with the square of their number (Word's thousands of top-level paragraphs).
  const body = purify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: SAFE_HREF,
    ADD_FORBID_CONTENTS: DROPPED_WITH_CONTENT,
    ALLOW_DATA_ATTR: false,
    RETURN_DOM: true,
  })
  flattenTables(body)
  return body
}

function flattenTables(body: Element): void {
  const document = body.ownerDocument
  for (const table of Array.from(body.querySelectorAll('table'))) {
    const rows = Array.from(table.querySelectorAll('caption, tr')).map((row) => {
      const paragraph = document.createElement('p')
      const cells = row.matches('caption') ? [row] : Array.from(row.children)
      cells.forEach((cell, i) => {
        if (i > 0) paragraph.append(' | ')
        paragraph.append(...Array.from(cell.childNodes))
      })
      return paragraph
    })
    table.replaceWith(...rows)
  }
}
