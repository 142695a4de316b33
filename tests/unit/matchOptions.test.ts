import { describe, expect, it } from 'vitest'
import { matchOptions } from '../../src-renderer/matchOptions'

const speakers = [
  { label: 'Mara Obrenn' },
  { label: 'Anton Brenn' },
  { label: 'Brenner Institute' },
  { label: 'Ilse Marrow', aliases: ['The water minister'] },
  { label: 'Anna Kovács-Tóth' },
  { label: 'Brennan Lowe' },
]
const labels = (query: string) => matchOptions(speakers, query).map((s) => s.label)

describe('finding a speaker or position by what is typed', () => {
  it('puts names that start with it first, then names with a word that does, then the rest', () => {
    expect(labels('brenn')).toEqual([
      'Brenner Institute',
      'Brennan Lowe',
      'Anton Brenn',
      'Mara Obrenn',
    ])
  })

  it('finds a name by an alias, case and accents aside', () => {
    expect(labels('MINISTER')).toEqual(['Ilse Marrow'])
    expect(labels('kovacs-toth')).toEqual(['Anna Kovács-Tóth'])
    expect(labels('toth')).toEqual(['Anna Kovács-Tóth'])
  })

  it('finds nothing for words no name holds, and keeps the order for an empty query', () => {
    expect(labels('senna')).toEqual([])
    expect(labels('  ')).toEqual(speakers.map((s) => s.label))
  })
})
