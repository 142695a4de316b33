import type { Nodes } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const SAFE_URL = /^(?:https?:|mailto:|#)/i

/**
 * What in a Markdown file a Markdown reader (Obsidian, a static site) would treat as live: raw HTML,
 * and links or images to anything but the web and e-mail. Empty for a safe file.
 */
export function unsafeMarkdownNodes(markdown: string): string[] {
  const tree = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkFrontmatter, ['yaml'])
    .parse(markdown)
  const found: string[] = []
  const pending: Nodes[] = [tree]
  while (pending.length > 0) {
    const node = pending.pop()!
    if (node.type === 'html') found.push(`raw HTML: ${node.value}`)
    if (node.type === 'image') found.push(`an image: ${node.url}`)
    if ((node.type === 'link' || node.type === 'definition') && !SAFE_URL.test(node.url.trim()))
      found.push(`a ${node.type} to ${node.url}`)
    if ('children' in node) pending.push(...(node.children as Nodes[]))
  }
  return found
}

/** The markers of the benign text in a hostile fixture: BENIGN-01, BENIGN-M4, … */
export function benignMarkers(fixture: string): string[] {
  return [...new Set(fixture.match(/BENIGN-[A-Z]?\d+/g) ?? [])]
}
