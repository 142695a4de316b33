import type { DocJSON } from '../../shared/model'
import { sameTitle } from '../../shared/pastedTitle'

function textOf(node: DocJSON): string {
  return node.text ?? (node.content ?? []).map(textOf).join('')
}

/**
 * The body without its opening heading when that heading is the article's title: the title is
 * shown from meta, not twice. A heading that is the whole body stays.
 */
export function dropTitleHeading(body: DocJSON, title: string | undefined): DocJSON {
  const [first, ...rest] = body.content ?? []
  if (!title || first?.type !== 'heading' || rest.length === 0) return body
  if (!sameTitle(textOf(first), title)) return body
  return { ...body, content: rest }
}
