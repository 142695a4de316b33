import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

/** A suggested statement where it is in the document, and what hovering it says. */
export interface SuggestionMark {
  from: number
  to: number
  title: string
}

/** What the suggestion underlines show: every suggestion, and which one the keys act on. */
export interface SuggestionLook {
  suggestions: SuggestionMark[]
  current?: number
}

/** What the suggestion keys do; each answers whether it did something (else the key goes on). */
export type SuggestionAction =
  'next' | 'previous' | 'accept' | 'accept-as-is' | 'reject' | 'accept-speaker'

export interface SuggestionViewOptions {
  /**
   * Called by the suggestion keys in reading mode (J/K, ]/[, A or Enter, Shift+A, X or Delete, L).
   * @default () => false
   */
  onAction: (action: SuggestionAction) => boolean
}

interface ViewState {
  look: SuggestionLook
  decorations: DecorationSet
}

export const suggestionViewKey = new PluginKey<ViewState>('suggestionView')

function decorate(doc: PMNode, look: SuggestionLook): DecorationSet {
  const size = doc.content.size
  const decorations = look.suggestions
    .filter((s) => s.from < s.to && s.to <= size)
    .map((s, index) =>
      Decoration.inline(s.from, s.to, {
        class: `suggestion-look${index === look.current ? ' is-current' : ''}`,
        title: s.title,
        'data-suggestion': String(index),
      }),
    )
  return DecorationSet.create(doc, decorations)
}

/**
 * Underlines suggested statements (quietly: they are not coded yet) and gives the suggestion keys
 * to the workspace. The look is set with `tr.setMeta(suggestionViewKey, look)`.
 */
export const SuggestionView = Extension.create<SuggestionViewOptions>({
  name: 'suggestionView',
  // Before the editor's own Enter and Delete, which do nothing in reading mode but still take the key.
  priority: 1000,

  addOptions() {
    return { onAction: () => false }
  },

  addKeyboardShortcuts() {
    const act = (action: SuggestionAction) => () =>
      !this.editor.storage.readMostly?.editing && this.options.onAction(action)
    return {
      j: act('next'),
      ']': act('next'),
      k: act('previous'),
      '[': act('previous'),
      a: act('accept'),
      Enter: act('accept'),
      // Shift+A arrives as "A".
      A: act('accept-as-is'),
      x: act('reject'),
      Delete: act('reject'),
      l: act('accept-speaker'),
    }
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<ViewState>({
        key: suggestionViewKey,
        state: {
          init: (_, state) => {
            const look: SuggestionLook = { suggestions: [] }
            return { look, decorations: decorate(state.doc, look) }
          },
          apply: (tr, value, _old, state) => {
            const look = tr.getMeta(suggestionViewKey) as SuggestionLook | undefined
            if (look) return { look, decorations: decorate(state.doc, look) }
            if (!tr.docChanged) return value
            return { look: value.look, decorations: value.decorations.map(tr.mapping, state.doc) }
          },
        },
        props: {
          decorations: (state) => suggestionViewKey.getState(state)?.decorations,
        },
      }),
    ]
  },
})
