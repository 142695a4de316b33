import { parseHTML } from 'linkedom'
import { importRefusal, type ImportSubject } from './importRefusal'

/** Deeper than any web page's markup; deeper elements are unwrapped, their text kept. */
export const MAX_HTML_DEPTH = 64
/** Past this many open tags inside each other a page is refused before it is parsed at all. */
const MAX_OPEN_TAGS = 10_000

const VOID_OR_IMPLIED = new Set([
  ...['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param'],
  ...['source', 'track', 'wbr', 'keygen', 'frame', 'basefont', 'bgsound', 'isindex'],
  // Closed by the next one of their kind, so they do not nest when left open.
  ...['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot'],
  ...['colgroup', 'caption', 'rb', 'rt', 'rtc', 'rp', '!doctype'],
])
const TAG = /<(\/?)([a-zA-Z!][^\s/>]*)[^>]*?(\/?)>/g

/** How many tags are open inside each other at most, read from the text in one pass. */
function openTagDepth(html: string): number {
  let depth = 0
  let deepest = 0
  for (const [, closing, name, selfClosing] of html.matchAll(TAG)) {
    if (VOID_OR_IMPLIED.has(name.toLowerCase()) || selfClosing) continue
    depth = closing ? Math.max(0, depth - 1) : depth + 1
    deepest = Math.max(deepest, depth)
  }
  return deepest
}

/** Every element deeper than `limit`, found without recursion. */
function elementsDeeperThan(root: ParentNode, limit: number): Element[] {
  const deep: Element[] = []
  const pending: [Element, number][] = Array.from(root.children, (child) => [child, 1])
  while (pending.length > 0) {
    const [element, depth] = pending.pop()!
    if (depth > limit) deep.push(element)
    for (const child of Array.from(element.children)) pending.push([child, depth + 1])
  }
  return deep
}

/**
 * The page with its elements nested at most MAX_HTML_DEPTH deep: deeper ones are unwrapped and
 * their text kept, so that nothing downstream (the DOM, Readability, the editor's schema) recurses
 * thousands of levels deep. A page past MAX_OPEN_TAGS is refused with a message that says why.
 */
export function limitHtmlNesting(html: string, subject: ImportSubject): string {
  const openTags = openTagDepth(html)
  if (openTags <= MAX_HTML_DEPTH) return html
  if (openTags > MAX_OPEN_TAGS) {
    throw importRefusal(
      'too-large',
      subject,
      `nests its elements more than ${MAX_OPEN_TAGS.toLocaleString('en')} levels deep, far more than any web page; Stancemark cannot read it. Save it as text (.txt) and import that.`,
    )
  }
  // A parser that builds deep trees quickly (jsdom takes seconds on thousands of levels).
  const { document } = parseHTML(html)
  const deep = elementsDeeperThan(document as unknown as ParentNode, MAX_HTML_DEPTH)
  if (deep.length === 0) return html
  for (const element of deep) element.replaceWith(...Array.from(element.childNodes))
  return String(document)
}
