import type { Node as PMNode } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'
import { AddMarkStep, RemoveMarkStep, ReplaceAroundStep, ReplaceStep } from '@tiptap/pm/transform'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { plainText, type PlainText } from '../../src-main/shared/plainText'
import {
  inReadingOrder,
  statementSpans,
  statementSpansWithin,
  type DocRange,
  type StatementSpan,
} from '../../src-main/shared/statementSpans'
import { overlaps, statementRuns, stretchesAround, type StatementRun } from './statementRuns'

/** How a statement looks in the text: its colour class and what hovering it shows. */
export interface ShownStatement {
  className: string
  title: string
}

/** How each statement looks, asked for by id (none for one the article does not have yet). */
export interface StatementLook {
  lookOf: (id: string) => ShownStatement | undefined
  selectedId?: string
}

const NO_LOOK = { className: 'stance-none', title: 'Statement' }

function sharedCount(count: number): HTMLElement {
  const element = document.createElement('span')
  element.className = 'statement-count'
  element.dataset.count = String(count)
  element.setAttribute('aria-hidden', 'true')
  return element
}

/** The decorations of the runs inside some stretches: each run's colour, and what hovering it says. */
function decorationsOf(runs: StatementRun[], look: StatementLook): Decoration[] {
  const decorations: Decoration[] = []
  for (const run of runs) {
    const spec = { statementIds: run.ids }
    const shown = run.ids.map((id) => look.lookOf(id) ?? NO_LOOK)
    const selected = look.selectedId && run.ids.includes(look.selectedId) ? ' is-selected' : ''
    const inner = shown[shown.length - 1]
    if (run.ids.length === 1) {
      decorations.push(
        Decoration.inline(
          run.from,
          run.to,
          {
            class: `statement-look ${inner.className}${selected}`,
            title: inner.title,
            'data-statement': run.ids[0],
          },
          spec,
        ),
      )
      continue
    }
    const outer = shown[shown.length - 2]
    const many = run.ids.length > 2 ? ' shares-many' : ''
    decorations.push(
      Decoration.inline(
        run.from,
        run.to,
        {
          class: `statement-look ${inner.className} statement-shared outer-${outer.className}${many}${selected}`,
          title: `Shared by ${run.ids.length} statements: ${shown.map((s) => s.title).join('; ')}`,
          'data-statement': run.ids[run.ids.length - 1],
          'data-statements': run.ids.join(' '),
        },
        spec,
      ),
    )
    // How many, before the first of the shared words: a mark of no text, which neither cuts the
    // words' outline in two nor adds to what is read or copied.
    if (run.starts)
      decorations.push(
        Decoration.widget(run.from, () => sharedCount(run.ids.length), {
          ...spec,
          side: 1,
          key: `shared-${run.ids.length}`,
          ignoreSelection: true,
        }),
      )
  }
  return decorations
}

function looksAlike(a: StatementLook, b: StatementLook, id: string): boolean {
  const [x, y] = [a.lookOf(id) ?? NO_LOOK, b.lookOf(id) ?? NO_LOOK]
  return (
    (x === y || (x.className === y.className && x.title === y.title)) &&
    (id === a.selectedId) === (id === b.selectedId)
  )
}

/**
 * What the statement view shows of one document: the statements' spans and their coloured
 * decorations. Spans and plain text are worked out when first asked for, and handed on to the next
 * state while the text stays the same.
 */
export class StatementViewState {
  #plain?: PlainText
  #spans?: StatementSpan[]
  readonly decorations: DecorationSet

  constructor(
    readonly doc: PMNode,
    readonly look: StatementLook,
    /** Whether the last change added, removed or extended a statement (not only moved it). */
    readonly statementsChanged: boolean,
    known: { decorations?: DecorationSet; plain?: PlainText; spans?: StatementSpan[] } = {},
  ) {
    this.#plain = known.plain
    this.#spans = known.spans
    this.decorations =
      known.decorations ?? DecorationSet.create(doc, decorationsOf(statementRuns(this.spans), look))
  }

  get plain(): PlainText {
    return (this.#plain ??= plainText(this.doc))
  }

  get spans(): StatementSpan[] {
    return (this.#spans ??= statementSpans(this.doc, this.plain))
  }

  /** The same text with another look: only the statements that look different are drawn again. */
  relooked(look: StatementLook): StatementViewState {
    const changed = this.spans.filter((span) => !looksAlike(this.look, look, span.id))
    const decorations =
      changed.length > 0
        ? redrawn(this.decorations, this.doc, this.spans, changed, look)
        : this.decorations
    return new StatementViewState(this.doc, look, false, {
      decorations,
      plain: this.#plain,
      spans: this.#spans,
    })
  }

  /**
   * After statements were marked or unmarked and nothing else: the words are the same, so only
   * those statements' spans and colours are worked out again, where their marks were and are.
   */
  remarked(doc: PMNode, marked: Map<string, DocRange>): StatementViewState {
    const where = new Map([...marked].map(([id, range]) => [id, { ...range }]))
    const kept = this.spans.filter((span) => {
      const range = where.get(span.id)
      if (!range) return true
      range.from = Math.min(range.from, span.from)
      range.to = Math.max(range.to, span.to)
      return false
    })
    const plain = this.plain
    const spans = [...kept, ...statementSpansWithin(doc, plain, where)].sort(inReadingOrder)
    return new StatementViewState(doc, this.look, true, {
      decorations: redrawn(this.decorations, doc, spans, [...where.values()], this.look),
      plain,
      spans,
    })
  }

  /** After a change that moves statements without touching them (typing beside them). */
  mapped(tr: Transaction): StatementViewState {
    return new StatementViewState(tr.doc, this.look, false, {
      decorations: this.decorations.map(tr.mapping, tr.doc),
    })
  }
}

/**
 * The decorations with the words around `ranges` drawn again: the statements over them may share
 * words with others, so every statement overlapping them is drawn again with them.
 */
function redrawn(
  decorations: DecorationSet,
  doc: PMNode,
  spans: StatementSpan[],
  ranges: DocRange[],
  look: StatementLook,
): DecorationSet {
  const stretches = stretchesAround(spans, ranges)
  const stale = stretches.flatMap((stretch) =>
    decorations
      .find(
        stretch.from,
        stretch.to,
        (spec: { statementIds?: string[] }) => spec.statementIds !== undefined,
      )
      // A widget stands at a point: it is in the stretch if there, not only where it overlaps.
      .filter((d) =>
        d.from === d.to ? stretch.from <= d.from && d.from < stretch.to : overlaps(d, stretch),
      ),
  )
  const inside = spans.filter((span) => stretches.some((stretch) => overlaps(span, stretch)))
  return decorations.remove(stale).add(doc, decorationsOf(statementRuns(inside), look))
}

/** Where each statement changed by a change that only marks or unmarks statements; else undefined. */
function statementMarking(tr: Transaction): Map<string, DocRange> | undefined {
  const marked = new Map<string, DocRange>()
  for (const step of tr.steps) {
    if (!(step instanceof AddMarkStep || step instanceof RemoveMarkStep)) return undefined
    const id: unknown = step.mark.attrs.id
    if (step.mark.type.name !== 'statement' || typeof id !== 'string') return undefined
    const range = marked.get(id)
    marked.set(id, {
      from: Math.min(range?.from ?? step.from, step.from),
      to: Math.max(range?.to ?? step.to, step.to),
    })
  }
  return marked
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

/** The statement view's state after a transaction, doing no more work than the change needs. */
export function nextStatementViewState(
  tr: Transaction,
  value: StatementViewState,
  look: StatementLook,
): StatementViewState {
  if (!tr.docChanged) return look === value.look ? value : value.relooked(look)
  if (look !== value.look) return new StatementViewState(tr.doc, look, true)
  const marked = statementMarking(tr)
  if (marked) return value.remarked(tr.doc, marked)
  // Typing beside statements moves them: their colours are mapped, not all redrawn (a frame per key).
  if (!changesStatements(tr)) return value.mapped(tr)
  return new StatementViewState(tr.doc, look, true)
}
