import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { statementSpans, type StatementSpan } from '../../src-main/shared/statementSpans'

/** How each statement looks: its colour class and what hovering it shows. */
export interface StatementLook {
  statements: Record<string, { className: string; title: string }>
  selectedId?: string
}

export interface StatementViewOptions {
  /**
   * Called when the analyst clicks a statement in the text.
   * @default () => {}
   */
  onActivate: (id: string) => void
}

interface ViewState {
  look: StatementLook
  spans: StatementSpan[]
  decorations: DecorationSet
}

export const statementViewKey = new PluginKey<ViewState>('statementView')

function decorate(doc: PMNode, spans: StatementSpan[], look: StatementLook): DecorationSet {
  const decorations = spans.map((span) => {
    const shown = look.statements[span.id] ?? { className: 'stance-none', title: 'Statement' }
    const selected = span.id === look.selectedId ? ' is-selected' : ''
    return Decoration.inline(span.from, span.to, {
      class: `statement-look ${shown.className}${selected}`,
      title: shown.title,
      'data-statement': span.id,
    })
  })
  return DecorationSet.create(doc, decorations)
}

/** Colours statements by stance, shows who and what on hover, and selects one on click. */
export const StatementView = Extension.create<StatementViewOptions>({
  name: 'statementView',

  addOptions() {
    return { onActivate: () => {} }
  },

  addProseMirrorPlugins() {
    const options = this.options
    return [
      new Plugin<ViewState>({
        key: statementViewKey,
        state: {
          init: (_, state) => {
            const spans = statementSpans(state.doc)
            const look: StatementLook = { statements: {} }
            return { look, spans, decorations: decorate(state.doc, spans, look) }
          },
          apply: (tr, value, _old, state) => {
            const look = (tr.getMeta(statementViewKey) as StatementLook | undefined) ?? value.look
            if (!tr.docChanged && look === value.look) return value
            const spans = tr.docChanged ? statementSpans(state.doc) : value.spans
            return { look, spans, decorations: decorate(state.doc, spans, look) }
          },
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
