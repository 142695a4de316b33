import type { RootContent } from 'mdast'
import type { NoteLinks } from './articleToMarkdown'
import type { CodedStatement } from './codedStatements'
import { statementCallout } from './statementCallout'

/**
 * `## Statements`: one `###` section per speaker in order of first appearance, each statement
 * in reading order; statements without a speaker last, under "Unattributed".
 */
export function statementsSection(
  coded: readonly CodedStatement[],
  links?: NoteLinks,
): RootContent[] {
  const heading: RootContent = {
    type: 'heading',
    depth: 2,
    children: [{ type: 'text', value: 'Statements' }],
  }
  if (coded.length === 0) {
    return [
      heading,
      { type: 'paragraph', children: [{ type: 'text', value: 'No statements yet.' }] },
    ]
  }
  const bySpeaker = new Map<string | undefined, CodedStatement[]>()
  for (const item of coded.filter(({ speaker }) => speaker))
    group(bySpeaker, item.speaker?.id, item)
  for (const item of coded.filter(({ speaker }) => !speaker)) group(bySpeaker, undefined, item)
  return [
    heading,
    ...[...bySpeaker.values()].flatMap((statements): RootContent[] => [
      {
        type: 'heading',
        depth: 3,
        children: [
          statements[0].speaker && links
            ? links.speaker(statements[0].speaker)
            : { type: 'text', value: statements[0].speaker?.name ?? 'Unattributed' },
        ],
      },
      ...statements.flatMap((item) => statementCallout(item, links)),
    ]),
  ]
}

function group<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const list = groups.get(key)
  if (list) list.push(value)
  else groups.set(key, [value])
}
