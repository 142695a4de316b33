import type { RootContent } from 'mdast'
import type { DocJSON } from '../../shared/model'
import type { CodedStatement } from './codedStatements'
import { blockToMdast } from './docToMdast'
import type { NoteLinks } from './noteLinks'
import { statementCallout } from './statementCallout'

/**
 * `## Text`: the article's text with its statements' words highlighted where they are, and after
 * each block the callouts of the statements that end in it, each with its block id: the note is
 * the source, and a link to a statement lands beside its words.
 */
export function textSection(
  body: DocJSON,
  coded: readonly CodedStatement[],
  links: NoteLinks,
): RootContent[] {
  const highlighted = new Set(coded.map(({ statement }) => statement.id))
  const endingIn = new Map<number, CodedStatement[]>()
  for (const item of coded) {
    const list = endingIn.get(item.block)
    if (list) list.push(item)
    else endingIn.set(item.block, [item])
  }
  const blocks = (body.content ?? []).flatMap((node, index): RootContent[] => [
    ...blockToMdast(node, { headingOffset: 2, highlighted }),
    ...(endingIn.get(index) ?? []).flatMap((item) => statementCallout(item, links)),
  ])
  if (blocks.length === 0) return []
  return [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Text' }] }, ...blocks]
}
