import type { Editor } from '@tiptap/react'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { StatementSpan } from '../../../src-main/shared/statementSpans'
import type { StatementSuggestion } from '../../../src-main/shared/suggestion'
import { speakerFinder } from '../../../src-main/shared/speakerFinder'
import { statementViewKey } from '../../editor/statementView'
import { suggestionViewKey } from '../../editor/suggestionView'
import { useRegistry } from '../registry/RegistryProvider'
import { placeSuggestions, suggestionTitle, type PlacedSuggestion } from './placeSuggestions'
import { scrollIntoClearView } from './scrollIntoClearView'
import { suggestedSpeaker } from './suggestedSpeaker'

/**
 * Where the article's suggestions are in its text, their underlines, and the current one: moved to
 * by J and K and brought into view clear of the toolbar above the text and the bar below it.
 */
export function usePlacedSuggestions(
  editor: Editor,
  suggestions: StatementSuggestion[],
  spans: StatementSpan[],
  editing: boolean,
) {
  const registry = useRegistry()
  const [current, setCurrent] = useState(0)
  const where = useMemo(
    () =>
      editing
        ? []
        : placeSuggestions(
            editor.state.doc,
            suggestions,
            spans,
            statementViewKey.getState(editor.state)?.plain,
          ),
    // spans change whenever the document does.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
    [editor, suggestions, spans, editing],
  )
  // A speaker made on accepting one suggestion is the speaker of the others by that name.
  const placed = useMemo(() => {
    const byName = speakerFinder(registry.speakers)
    return where.map((p) => ({
      ...p,
      speaker: suggestedSpeaker(p.suggestion, registry.speakers, byName),
    }))
  }, [where, registry.speakers])
  const index = Math.min(current, Math.max(placed.length - 1, 0))
  const focused: PlacedSuggestion | undefined = placed[index]
  /** The list as last drawn, for the accepts and rejects waiting their turn. */
  const drawn = useRef({ placed, index })
  useEffect(() => {
    drawn.current = { placed, index }
  })

  useEffect(() => {
    if (editor.isDestroyed) return
    const look = {
      suggestions: placed.map((p) => ({
        from: p.from,
        to: p.to,
        title: suggestionTitle({ ...p.suggestion, speaker: p.speaker }),
      })),
      current: placed.length > 0 ? index : undefined,
    }
    editor.view.dispatch(editor.state.tr.setMeta(suggestionViewKey, look))
  }, [editor, placed, index])

  const scrollTo = (at: number) => {
    const element = editor.view.dom.querySelector(`[data-suggestion="${at}"]`)
    const column = editor.view.dom.closest('.reading-column')
    if (element)
      scrollIntoClearView(element, {
        above: column?.querySelector('.article-controls'),
        below: column?.querySelector('.suggestion-bar'),
      })
  }
  /** From the suggestion last moved to: a second J before the list is redrawn goes on from there. */
  const move = (step: number) => {
    const { placed: list, index: from } = drawn.current
    if (list.length === 0) return
    const next = (from + step + list.length) % list.length
    drawn.current = { placed: list, index: next }
    setCurrent(next)
    requestAnimationFrame(() => scrollTo(next))
  }

  return { placed, index, focused, drawn, move, scrollTo }
}

export type PlacedSuggestions = ReturnType<typeof usePlacedSuggestions>
