import { EditorState } from '@tiptap/pm/state'
import { describe, expect, test } from 'vitest'
import { docFromJSON, documentSchema } from '../../../../src-main/shared/document'
import { statementSpans } from '../../../../src-main/shared/statementSpans'
import {
  nextStatementViewState,
  StatementViewState,
  type ShownStatement,
  type StatementLook,
} from '../../../../src-renderer/editor/statementViewState'

const paragraphs = [
  'The minister said the talks would resume on Monday.',
  'Opposition leaders called the plan a mistake, according to the agency.',
  'Trade fell for the third month in a row.',
]
const doc = docFromJSON({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
})
const looks: Record<string, ShownStatement> = {
  a: { className: 'stance-supports', title: 'Minister — talks (supports)' },
  b: { className: 'stance-opposes', title: 'Opposition — plan (opposes)' },
}
const look: StatementLook = { lookOf: (id) => looks[id], selectedId: 'b' }
const statement = (id: string) => documentSchema().marks.statement.create({ id })

/** What the analyst sees of the statements: which words are coloured, how, and what hovering says. */
function shown(state: StatementViewState) {
  return state.decorations
    .find()
    .map((d) => ({
      from: d.from,
      to: d.to,
      // A widget (how many statements share the words after it) shows its count.
      ...(d.from === d.to
        ? { count: (d.spec as { key: string }).key }
        : (d as unknown as { type: { attrs: object } }).type.attrs),
    }))
    .sort(
      (x, y) =>
        x.from - y.from || x.to - y.to || JSON.stringify(x).localeCompare(JSON.stringify(y)),
    )
}

function follow(state: EditorState, view: StatementViewState, tr = state.tr) {
  return { state: state.apply(tr), view: nextStatementViewState(tr, view, view.look) }
}

describe('the statements shown in the text', () => {
  test('stay those of the document while statements are marked, extended and unmarked', () => {
    let state = EditorState.create({ doc })
    let view = new StatementViewState(state.doc, look, true)
    const steps = [
      (s: EditorState) => s.tr.addMark(5, 30, statement('a')),
      (s: EditorState) => s.tr.addMark(60, 120, statement('b')),
      // Overlapping statements, and one that runs over a paragraph break.
      (s: EditorState) => s.tr.addMark(20, 70, statement('c')),
      (s: EditorState) => s.tr.addMark(30, 40, statement('a')),
      (s: EditorState) => s.tr.removeMark(10, 25, statement('a')),
      (s: EditorState) => s.tr.removeMark(0, s.doc.content.size, statement('c')),
      (s: EditorState) => s.tr.addMark(130, 150, statement('d')).addMark(2, 4, statement('b')),
    ]
    for (const step of steps) {
      ;({ state, view } = follow(state, view, step(state)))
      const fresh = new StatementViewState(state.doc, look, true)
      expect(view.spans).toEqual(statementSpans(state.doc))
      expect(shown(view)).toEqual(shown(fresh))
    }
    expect(view.spans.map((s) => [s.id, s.quote])).toEqual([
      ['b', expect.stringMatching(/^he minister .* according to the age$/s)],
      ['a', 'minister said the talks would resum'],
      ['d', 'e fell for the third'],
    ])
  })

  test('follow typing beside them, a new look, and marking after both', () => {
    let state = EditorState.create({ doc })
    let view = new StatementViewState(state.doc, look, true)
    ;({ state, view } = follow(state, view, state.tr.addMark(5, 30, statement('a'))))
    ;({ state, view } = follow(state, view, state.tr.insertText('Earlier, ', 1)))
    expect(view.statementsChanged).toBe(false)
    const relooked: StatementLook = { ...look, selectedId: 'a' }
    view = nextStatementViewState(state.tr.setMeta('look', relooked), view, relooked)
    ;({ state, view } = follow(state, view, state.tr.addMark(70, 90, statement('b'))))
    expect(view.statementsChanged).toBe(true)
    expect(view.spans).toEqual(statementSpans(state.doc))
    expect(shown(view)).toEqual(shown(new StatementViewState(state.doc, relooked, true)))
    expect(view.spans.map((s) => s.quote)).toEqual([
      'minister said the talks w',
      'ion leaders called t',
    ])
  })
})

describe('words in two or more statements', () => {
  const nested = docFromJSON({
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'The envoy said that ' },
          {
            type: 'text',
            text: 'the minister told him that ',
            marks: [{ type: 'statement', attrs: { id: 'a' } }],
          },
          {
            type: 'text',
            text: 'talks would resume',
            marks: [
              { type: 'statement', attrs: { id: 'a' } },
              { type: 'statement', attrs: { id: 'b' } },
            ],
          },
          { type: 'text', text: ' on Monday', marks: [{ type: 'statement', attrs: { id: 'a' } }] },
          { type: 'text', text: '.' },
        ],
      },
    ],
  })

  test('are drawn once, as shared by both, with how many before them where the inner one starts', () => {
    const view = new StatementViewState(nested, look, true)
    expect(
      shown(view).map(({ from, to, ...attrs }) => ({
        text: nested.textBetween(from, to),
        ...attrs,
      })),
    ).toEqual([
      {
        text: 'the minister told him that ',
        class: 'statement-look stance-supports',
        title: 'Minister — talks (supports)',
        'data-statement': 'a',
      },
      { text: '', count: 'shared-2' },
      {
        text: 'talks would resume',
        class: 'statement-look stance-opposes statement-shared outer-stance-supports is-selected',
        title: 'Shared by 2 statements: Minister — talks (supports); Opposition — plan (opposes)',
        'data-statement': 'b',
        'data-statements': 'a b',
      },
      {
        text: ' on Monday',
        class: 'statement-look stance-supports',
        title: 'Minister — talks (supports)',
        'data-statement': 'a',
      },
    ])
  })
})

test('the shared words drawn after each change are those a fresh drawing shows, through many nested changes', () => {
  let seed = 7
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed % n
  }
  let state = EditorState.create({ doc })
  let view = new StatementViewState(state.doc, look, true)
  const size = state.doc.content.size
  for (let step = 0; step < 200; step++) {
    const id = 'abcdef'[next(6)]
    const from = 1 + next(size - 2)
    const to = Math.min(size, from + 1 + next(40))
    const tr =
      next(3) === 0
        ? state.tr.removeMark(from, to, statement(id))
        : state.tr.addMark(from, to, statement(id))
    ;({ state, view } = follow(state, view, tr))
    if (step % 5 === 0) {
      const relooked: StatementLook = { ...look, selectedId: 'abcdef'[next(6)] }
      view = nextStatementViewState(state.tr.setMeta('look', relooked), view, relooked)
    }
    expect(shown(view)).toEqual(shown(new StatementViewState(state.doc, view.look, true)))
  }
  expect(shown(view).some((d) => 'count' in d)).toBe(true)
})
