import type { Editor } from '@tiptap/react'
import { useEffect } from 'react'
import { offsetToPos, plainText } from '../../../src-main/shared/plainText'
import { api } from '../../api'
import { searchMatchViewKey, type SearchMatchRanges } from '../../editor/searchMatchView'

/**
 * Marks the words of the search an article was opened from (a hit in the library) and scrolls the
 * first of them to the middle of the view, as a browser's find does. A new object is a new search,
 * though its words be the same: the same hit opened again scrolls again.
 */
export function useSearchMatches(
  editor: Editor,
  articleId: string,
  searched: { searched: string } | undefined,
): void {
  useEffect(() => {
    if (!searched) return
    let current = true
    void api.findInArticle(articleId, searched.searched).then((matches) => {
      if (!current || editor.isDestroyed) return
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
      // Then the word itself: in a long paragraph it may be lines below the paragraph's start.
      editor.view.dom.querySelector('.search-match.is-first')?.scrollIntoView({ block: 'center' })
    })
    return () => {
      current = false
    }
  }, [editor, articleId, searched])
}
