import { describe, expect, test } from 'vitest'
import type { Speaker } from '../../../../src-main/shared/model'
import type { StatementSuggestion } from '../../../../src-main/shared/suggestion'
import { suggestedSpeaker } from '../../../../src-renderer/features/suggest/suggestedSpeaker'

const suggestion = (speaker: StatementSuggestion['speaker']): StatementSuggestion => ({
  anchor: { exact: 'talks would go on', start: 0, end: 17 },
  speaker,
  cue: 'said',
  mode: 'indirect',
  confidence: 0.9,
  rule: 'content-clause',
})
const daalmann: Speaker = {
  id: 'daalmann',
  name: 'Piet Daalmann',
  aliases: [],
  kind: 'person',
  notes: '',
}

describe('who a suggestion is for', () => {
  test('is the new speaker it proposes while the registry has no one of that name', () => {
    const proposed = { name: 'Piet Daalmann', kind: 'person' as const }
    expect(suggestedSpeaker(suggestion(proposed), [])).toEqual(proposed)
  })

  test('is the registry’s speaker once one goes by that name, in any spelling', () => {
    const registry = [{ ...daalmann, aliases: ['Pieter Daalmann'] }]
    for (const name of ['Piet Daalmann', 'PIET DAALMANN', 'Piet Daalmann’s', 'Pieter Daalmann'])
      expect(suggestedSpeaker(suggestion({ name, kind: 'person' }), registry)).toEqual({
        id: 'daalmann',
        name: 'Piet Daalmann',
        kind: 'person',
      })
    const zelenskiy = { ...daalmann, id: 'zel', name: 'Volodymyr Zelenskiy' }
    expect(
      suggestedSpeaker(suggestion({ name: 'Volodymyr Zelenskyy', kind: 'group' }), [zelenskiy]),
    ).toEqual({ id: 'zel', name: 'Volodymyr Zelenskiy', kind: 'person' })
  })

  test('is not someone whose name is only a near miss', () => {
    for (const name of ['Piet Dallmen', 'Piet Daalman']) {
      const proposed = { name, kind: 'person' as const }
      expect(suggestedSpeaker(suggestion(proposed), [daalmann])).toEqual(proposed)
    }
  })
})
