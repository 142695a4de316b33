import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkStringify, { type Options } from 'remark-stringify'
import { unified } from 'unified'
import { obsidianSyntax } from './obsidianSyntax'
import { escapedText } from './escapedText'

/** How our notes write Markdown, with mdast-util-to-markdown's own handler for text. */
export const markdownStyle: Options = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  rule: '-',
  fences: true,
  listItemIndent: 'one',
  resourceLink: false,
  ...obsidianSyntax,
}

const processor = unified()
  .use(remarkStringify, {
    ...markdownStyle,
    handlers: { ...markdownStyle.handlers, text: escapedText },
  })
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])

/** Serialises an mdast tree (with our Obsidian nodes) as Markdown ending in one newline. */
export function stringifyMarkdown(root: Root): string {
  return processor.stringify(root)
}
