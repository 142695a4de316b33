import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { AddMarkStep, RemoveMarkStep, ReplaceAroundStep, ReplaceStep } from '@tiptap/pm/transform'
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
  /** Worked out from the document when first asked for after a change. */
  readonly spans: StatementSpan[]
  decorations: DecorationSet
  /** Whether the last change added, removed or extended a statement (not only moved it). */
  statementsChanged: boolean
}

export const statementViewKey = new PluginKey<ViewState>('statementView')

const NO_LOOK = { className: 'stance-none', title: 'Statement' }

function decorationsOf(spans: StatementSpan[], look: StatementLook): Decoration[] {
  return spans.map((span) => {
    const shown = look.statements[span.id] ?? NO_LOOK
    const selected = span.id === look.selectedId ? ' is-selected' : ''
    return Decoration.inline(
      span.from,
      span.to,
      {
        class: `statement-look ${shown.className}${selected}`,
        title: shown.title,
        'data-statement': span.id,
      },
      { statementId: span.id },
    )
  })
}

function decorate(doc: PMNode, spans: StatementSpan[], look: StatementLook): DecorationSet {
  return DecorationSet.create(doc, decorationsOf(spans, look))
}

function looksAlike(a: StatementLook, b: StatementLook, id: string): boolean {
  const [x, y] = [a.statements[id] ?? NO_LOOK, b.statements[id] ?? NO_LOOK]
  return (
    x.className === y.className &&
    x.title === y.title &&
    (id === a.selectedId) === (id === b.selectedId)
  )
}

/** A new look on the same text: only the statements that look different are drawn again. */
function relook(doc: PMNode, value: ViewState, look: StatementLook): DecorationSet {
  const changed = value.spans.filter((span) => !looksAlike(value.look, look, span.id))
  if (changed.length === 0) return value.decorations
  const ids = new Set(changed.map((span) => span.id))
  const stale = value.decorations.find(undefined, undefined, (spec) => ids.has(spec.statementId))
  return value.decorations.remove(stale).add(doc, decorationsOf(changed, look))
}

function viewState(
  doc: PMNode,
  look: StatementLook,
  statementsChanged: boolean,
  decorations?: DecorationSet,
): ViewState {
  let spans: StatementSpan[] | undefined
  const state: ViewState = {
    look,
    get spans() {
      return (spans ??= statementSpans(doc))
    },
    decorations: DecorationSet.empty,
    statementsChanged,
  }
  state.decorations = decorations ?? decorate(doc, state.spans, look)
  return state
}

/** Whether a change touches statement marks, rather than only text beside or between them. */
function changesStatements(tr: Transaction): boolean {
  return tr.steps.some((step) => {
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep)
      return step.mark.type.name === 'statement'
    if (step instanceof ReplaceStep || step instanceof ReplaceAroundStep) {
      let marked = false
      step.slice.content.descendants((node) => {
        marked ||= node.marks.some((mark) => mark.type.name === 'statement')
        return !marked
      })
      return marked
    }
    return true
  })
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
          init: (_, state) => viewState(state.doc, { statements: {} }, true),
          apply: (tr, value, _old, state) => {
            const look = (tr.getMeta(statementViewKey) as StatementLook | undefined) ?? value.look
            if (!tr.docChanged && look === value.look) return value
            if (!tr.docChanged)
              return viewState(state.doc, look, false, relook(state.doc, value, look))
            // Typing beside statements moves them: their colours are mapped, not all redrawn (a frame per key).
            if (look === value.look && !changesStatements(tr))
              return viewState(state.doc, look, false, value.decorations.map(tr.mapping, tr.doc))
            return viewState(state.doc, look, tr.docChanged)
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
