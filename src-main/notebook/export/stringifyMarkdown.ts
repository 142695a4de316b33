import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { obsidianSyntax } from './obsidianSyntax'

const processor = unified()
  .use(remarkStringify, {
    bullet: '-',
    emphasis: '*',
    strong: '*',
    rule: '-',
    fences: true,
    listItemIndent: 'one',
    resourceLink: false,
    ...obsidianSyntax,
  })
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])

/** Serialises an mdast tree (with our Obsidian nodes) as Markdown ending in one newline. */
export function stringifyMarkdown(root: Root): string {
  return processor.stringify(root)
}
