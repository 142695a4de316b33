import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import {
  nextStatementViewState,
  StatementViewState,
  type StatementLook,
} from './statementViewState'

export type { ShownStatement, StatementLook } from './statementViewState'

export interface StatementViewOptions {
  /**
   * Called when the analyst clicks a statement in the text.
   * @default () => {}
   */
  onActivate: (id: string) => void
}

export const statementViewKey = new PluginKey<StatementViewState>('statementView')

/** Colours statements by stance, shows who and what on hover, and selects one on click. */
export const StatementView = Extension.create<StatementViewOptions>({
  name: 'statementView',

  addOptions() {
    return { onActivate: () => {} }
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
          handleClick: (view, pos) => {
            const id = innermostStatementAt(view.state, pos)
            if (id) options.onActivate(id)
            return false
          },
        },
      }),
    ]
  },
})

/** The shortest statement that covers a position: the one the analyst most likely meant. */
export function innermostStatementAt(state: EditorState, pos: number): string | undefined {
  const spans = statementViewKey.getState(state)?.spans ?? []
  const covering = spans.filter((span) => span.from <= pos && pos < span.to)
  covering.sort((a, b) => a.to - a.from - (b.to - b.from))
  return covering[0]?.id
}
