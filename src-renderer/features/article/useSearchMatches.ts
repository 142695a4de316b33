import type { Editor } from '@tiptap/react'
import { useEffect } from 'react'
import { offsetToPos, plainText } from '../../../src-main/shared/plainText'
import { searchMatchViewKey, type SearchMatchRanges } from '../../editor/searchMatchView'

/**
 * Marks the words a search matched (plain-text offsets) in the article opened from its hit, and
 * scrolls the first of them to the middle of the view, as a browser's find does.
 */
export function useSearchMatches(editor: Editor, matches: [number, number][] | undefined): void {
  useEffect(() => {
    if (editor.isDestroyed || !matches) return
    const plain = plainText(editor.state.doc)
    const ranges: SearchMatchRanges = matches.map(([start, end]) => [
      offsetToPos(plain, start, 'start'),
      offsetToPos(plain, end, 'end'),
    ])
    editor.view.dispatch(editor.state.tr.setMeta(searchMatchViewKey, ranges))
    if (ranges.length === 0) return
    const { node } = editor.view.domAtPos(ranges[0][0])
    const target = node instanceof Element ? node : node.parentElement
    target?.closest('.article-text > *')?.scrollIntoView({ block: 'center' })
    // After the scroll, the exact word: a long paragraph's first line may not be the match's.
    editor.view.dom.querySelector('.search-match.is-first')?.scrollIntoView({ block: 'center' })
  }, [editor, matches])
}
