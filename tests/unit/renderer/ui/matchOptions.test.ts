import { describe, expect, it } from 'vitest'
import { matchOptions } from '../../../../src-renderer/ui/matchOptions'

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

  it('offers a speaker by another spelling or surname, then by a near miss, after what it holds', () => {
    const registry = [
      { label: 'Zelenska Foundation', isName: true },
      { label: 'Vera Zelensky-Marr', isName: true },
      { label: 'Volodymyr Zelenskiy', isName: true },
      { label: 'Olena Zelenska', isName: true },
      { label: 'Pavel Zelenko', isName: true },
      { label: 'Zelensky', aliases: [] },
    ]
    const found = (query: string) => matchOptions(registry, query).map((s) => s.label)
    expect(found('Zelensky')).toEqual([
      'Zelensky',
      'Vera Zelensky-Marr',
      'Volodymyr Zelenskiy',
      'Zelenska Foundation',
      'Olena Zelenska',
    ])
    expect(found('Zelenksy')).toEqual(['Volodymyr Zelenskiy'])
  })

  it('puts the nearer of two near misses first', () => {
    const registry = [
      { label: 'Ilse Varga', isName: true },
      { label: 'Ilse Vargas', isName: true },
    ]
    expect(matchOptions(registry, 'Ilse Vargus').map((s) => s.label)).toEqual([
      'Ilse Vargas',
      'Ilse Varga',
    ])
  })

  it('finds a position only by its letters, not by a spelling or a slip', () => {
    const codebook = [{ label: 'Negotiated settlement' }, { label: 'Sanctions' }]
    expect(matchOptions(codebook, 'Negotiated setlement')).toEqual([])
    expect(matchOptions(codebook, 'sanct').map((p) => p.label)).toEqual(['Sanctions'])
  })

  it('finds nothing for words no name holds, and keeps the order for an empty query', () => {
    expect(labels('senna')).toEqual([])
    expect(labels('  ')).toEqual(speakers.map((s) => s.label))
  })
})
