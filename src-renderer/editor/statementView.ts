import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import {
  nextStatementViewState,
  StatementViewState,
  type StatementLook,
} from './statementViewState'

export type { ShownStatement, StatementLook } from './statementViewState'

/** Where in the window the statements were asked for: the line of the click or the caret. */
export interface TextPoint {
  left: number
  top: number
  bottom: number
}

export interface StatementViewOptions {
  /**
   * Called when the analyst clicks a statement in the text, or presses E with the caret in the
   * text: with every statement there (several where statements share the words), outermost first.
   * @default () => {}
   */
  onOpen: (ids: string[], at: TextPoint, by: 'click' | 'key') => void
}

export const statementViewKey = new PluginKey<StatementViewState>('statementView')

/**
 * Colours statements by stance, shows who and what on hover and which words statements share, and
 * opens the statements where the analyst clicks or presses E.
 */
export const StatementView = Extension.create<StatementViewOptions>({
  name: 'statementView',

  addOptions() {
    return { onOpen: () => {} }
  },

  addKeyboardShortcuts() {
    return {
      // In reading mode only: in "Edit text" an E is a letter.
      e: ({ editor }) => {
        if (editor.storage.readMostly?.editing) return false
        const { state, view } = editor
        const { from, to, head } = state.selection
        this.options.onOpen(statementsAt(state, from, to), view.coordsAtPos(head), 'key')
        return true
      },
    }
  },

  addProseMirrorPlugins() {
    const options = this.options
    return [
      new Plugin<StatementViewState>({
        key: statementViewKey,
        state: {
          init: (_, state) => new StatementViewState(state.doc, { lookOf: () => undefined }, true),
          apply: (tr, value) =>
            nextStatementViewState(
              tr,
              value,
              (tr.getMeta(statementViewKey) as StatementLook | undefined) ?? value.look,
            ),
        },
        props: {
          decorations: (state) => statementViewKey.getState(state)?.decorations,
          handleClick: (view, pos, event) => {
            const ids = statementsClicked(event) ?? statementsAt(view.state, pos, pos + 1)
            if (ids.length > 0) options.onOpen(ids, view.coordsAtPos(pos), 'click')
            return false
          },
        },
      }),
    ]
  },
})

/** The statements drawn on the words clicked, as their decoration names them. */
function statementsClicked(event: MouseEvent): string[] | undefined {
  const target = event.target instanceof Element ? event.target : null
  const drawn = target?.closest('[data-statement]')
  if (!drawn) return undefined
  return (drawn.getAttribute('data-statements') ?? drawn.getAttribute('data-statement') ?? '')
    .split(' ')
    .filter(Boolean)
}

/**
 * The statements on the words from `from` to `to`, outermost first; with the caret (from = to),
 * those it stands in or at either end of.
 */
export function statementsAt(state: EditorState, from: number, to: number): string[] {
  const spans = statementViewKey.getState(state)?.spans ?? []
  const on =
    from === to
      ? spans.filter((span) => span.from <= from && from <= span.to)
      : spans.filter((span) => span.from < to && from < span.to)
  return on.sort((a, b) => a.from - b.from || b.to - a.to).map((span) => span.id)
}
