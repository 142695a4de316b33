import type { Heading, Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { ArticleMeta, DocJSON } from '../../shared/model'
import { frontMatterMeta } from './frontMatterMeta'
import { mdastToDoc } from './mdastToDoc'

export interface ReadMarkdown {
  body: DocJSON
  meta: Partial<ArticleMeta>
}

/**
 * A Markdown article (GitHub-flavoured, with YAML front matter): its body, and meta from the
 * front matter. Without a title there, the first heading is the title.
 */
export function readMarkdown(markdown: string): ReadMarkdown {
  const tree: Root = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkFrontmatter, ['yaml'])
    .parse(markdown)
  const frontMatter = tree.children.find((node) => node.type === 'yaml')
  const meta = frontMatter ? frontMatterMeta(frontMatter.value) : {}
  if (!meta.title) {
    const heading = tree.children.find((node): node is Heading => node.type === 'heading')
    const title =
      heading && toString(heading, { includeImageAlt: true }).replace(/\s+/g, ' ').trim()
    if (title) meta.title = title
  }
  return { body: mdastToDoc(tree), meta }
}
