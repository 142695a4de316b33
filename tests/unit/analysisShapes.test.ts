import { describe, expect, test } from 'vitest'
import type { StatementRow } from '../../src-main/shared/contract'
import type { Position } from '../../src-main/shared/model'
import { byPosition, bySpeaker, tallyRows } from '../../src-renderer/features/analysis/tallyRows'
import { codebookOutline, withSubPositions } from '../../src-main/shared/codebookOutline'

const row = (speaker: string, position: string, stance?: StatementRow['stance']): StatementRow => ({
  statementId: `${speaker}-${position}-${stance}`,
  articleId: 'a1',
  title: 'Article',
  source: 'Wire',
  published: '2026-03-14',
  speaker: { id: speaker, name: speaker.toUpperCase(), kind: 'person' },
  position: { id: position, label: position.toUpperCase() },
  stance,
  tags: [],
  note: '',
  quote: 'words',
  start: 0,
  end: 5,
})

describe('the speaker × position matrix', () => {
  test('tallies each pair by stance, nets support against opposition and flags a split', () => {
    const { a, b, cells } = tallyRows(
      [
        row('x', 'p', 'supports'),
        row('x', 'p', 'opposes'),
        row('x', 'p', 'supports'),
        row('y', 'p', 'neutral'),
        row('y', 'q'),
      ],
      bySpeaker,
      byPosition,
    )
    expect(a.map((s) => [s.label, s.count])).toEqual([
      ['X', 3],
      ['Y', 2],
    ])
    expect(b.map((p) => [p.label, p.count])).toEqual([
      ['P', 4],
      ['Q', 1],
    ])
    expect(cells.get('x|p')).toEqual({
      supports: 2,
      opposes: 1,
      neutral: 0,
      none: 0,
      total: 3,
      net: 1 / 3,
      contradiction: true,
    })
    expect(cells.get('y|q')).toMatchObject({ none: 1, total: 1, net: 0, contradiction: false })
  })
})

describe('the codebook outline', () => {
  const position = (id: string, label: string, parentId?: string, order?: number): Position => ({
    id,
    label,
    parentId,
    order,
    description: '',
    color: '#6b7280',
  })
  const codebook = [
    position('b', 'Ceasefire'),
    position('a', 'Settlement', undefined, 0),
    position('c', 'Talks', 'a'),
    position('d', 'Mediation', 'c'),
    position('e', 'Orphan', 'gone'),
  ]

  test('lists parents before children, in their order, then by label', () => {
    expect(
      codebookOutline(codebook).map((n) => `${'  '.repeat(n.depth)}${n.position.label}`),
    ).toEqual(['Settlement', '  Talks', '    Mediation', 'Ceasefire', 'Orphan'])
  })

  test('knows everything below a position, where it cannot be moved', () => {
    expect([...withSubPositions(codebook, ['a'])].sort()).toEqual(['a', 'c', 'd'])
  })
})
