import { describe, expect, test } from 'vitest'
import { editDistance } from '../../../src-main/shared/editDistance'
import {
  foldLabel,
  matchName,
  NameMatch,
  mentionKey,
  nameKey,
  surnameKey,
  typedName,
} from '../../../src-main/shared/nameKey'
import { speakerFinder } from '../../../src-main/shared/speakerFinder'
import { registryIndex } from '../../../src-main/notebook/suggest/registryIndex'
import { Speaker } from '../../../src-main/shared/model'
import { open } from '../../support/tempArchive'

const matched = (name: string, typed: string) => matchName(name, typedName(typed))?.match

describe('one name in another spelling', () => {
  test.each([
    ['Zelenskiy', 'Zelensky', 'Zelenskyy', 'Zelenskij', 'Zelenskii', 'Zelenskyi'],
    ['Aleksandr Lukashenko', 'Alexandr Lukashenko'],
    ['Kharkiv', 'Harkiv'],
    ['Jurij', 'Yuriy', 'Yuri'],
    ['Dmitri Peskov', 'Dmitry Peskov', 'Dmitriy Peskov'],
    ['Wladimir Putin', 'Vladimir Putin'],
    ['Tschaikowsky', 'Tchaikovsky', 'Chaikovsky'],
    ['Schewtschenko', 'Shevchenko'],
    ['Yevgeny Prigozhin', 'Evgeny Prigozhin', 'Yevgeniy Prigozhin'],
    ['Sergeyev', 'Sergeev', 'Sergejev'],
    ['Youssef', 'Yussef'],
    ['Muammar Gadhafi', 'Muammar Gadafi'],
    ['Ivanoff', 'Ivanov'],
  ])('%s has the key of every other spelling', (first, ...others) => {
    for (const other of others) expect(nameKey(other)).toBe(nameKey(first))
  })

  test('case, accents, spacing, a leading "the" and a possessive do not count', () => {
    expect(nameKey('JORG  ALUND')).toBe(nameKey('Jörg Ålund'))
    expect(nameKey('the Guardian’s')).toBe(nameKey('Guardian'))
    expect(nameKey('Anna Kovács-Tóth')).toBe(nameKey('anna kovacs-toth'))
    expect(foldLabel('  Tax  CUTS ')).toBe('tax cuts')
  })

  test('names that only look alike keep apart', () => {
    expect(nameKey('Ursula von der Leyen')).not.toBe(nameKey('Ursula Leyen'))
    expect(nameKey('Ilse Varga')).not.toBe(nameKey('Ilse Vargas'))
    expect(nameKey('Sergei Lavrov')).not.toBe(nameKey('Sergei Lavrova'))
    expect(nameKey('The Times')).not.toBe(nameKey('The Sunday Times'))
    // A doubled letter is as often a slip as a spelling: a near miss, not the same name.
    expect(nameKey('Tomas Vel')).not.toBe(nameKey('Tomas Vell'))
    expect(nameKey('Mohamed bin Salman')).not.toBe(nameKey('Mohammed bin Salman'))
    expect(matched('Mohammed bin Salman', 'Mohamed bin Salman')).toBe(NameMatch.near)
  })

  test('within one article, a doubled letter one way or the other is the same mention', () => {
    expect(mentionKey(nameKey('Labbot'))).toBe(mentionKey(nameKey('Labott')))
    expect(mentionKey(nameKey('Mohammed'))).toBe(mentionKey(nameKey('Mohamed')))
  })
})

describe('a surname', () => {
  test('is the last word with the particles before it', () => {
    expect(surnameKey('Volodymyr Zelenskiy')).toBe('zelensky')
    expect(surnameKey('Ursula von der Leyen')).toBe('von der leyen')
    expect(surnameKey('Mohammed bin Salman')).toBe('bin salman')
    expect(surnameKey('Bashar al-Assad')).toBe(nameKey('al-Assad'))
    expect(surnameKey('Zelensky')).toBe('')
  })

  test('alone, in another spelling, finds the person', () => {
    expect(matched('Volodymyr Zelenskiy', 'Zelensky')).toBe(NameMatch.spelling)
    expect(matched('Volodymyr Zelenskiy', 'Zelenskyy')).toBe(NameMatch.spelling)
    expect(matched('Ursula von der Leyen', 'von der Leyen')).toBe(NameMatch.word)
    expect(matched('Ursula von der Leyen', 'fon der Leyen')).toBe(NameMatch.near)
  })

  test('is not confused with the last word of a surname that has particles', () => {
    expect(surnameKey('Ursula von der Leyen')).not.toBe(nameKey('Leyen'))
    expect(surnameKey('Ursula von der Leyen')).not.toBe(nameKey('der Leyen'))
    // Typing it still finds her as any word of a name is found, not as her surname.
    expect(matched('Ursula von der Leyen', 'Leyen')).toBe(NameMatch.word)
  })
})

describe('what is typed', () => {
  test('matches by its letters first: the start, a word, then anywhere', () => {
    expect(matched('Anton Brenn', 'anton')).toBe(NameMatch.start)
    expect(matched('Anton Brenn', 'brenn')).toBe(NameMatch.word)
    expect(matched('Mara Obrenn', 'brenn')).toBe(NameMatch.within)
  })

  test('a slip of a letter or two finds a name, fewer for a shorter one', () => {
    expect(matchName('Volodymyr Zelenskiy', typedName('Zelenksy'))).toEqual({
      match: NameMatch.near,
      edits: 1,
    })
    expect(matched('Volodymyr Zelenskiy', 'Volodimir Zelensky')).toBe(NameMatch.near)
    expect(matched('Ilse Varga', 'Vargo')).toBe(NameMatch.near)
    expect(matched('Ilse Varga', 'Vrago')).toBeUndefined()
    expect(matched('Volodymyr Zelenskiy', 'Zelnskiy')).toBe(NameMatch.near)
    expect(matched('Volodymyr Zelenskiy', 'Zlenkisy')).toBeUndefined()
  })

  test('a short name matches only by its letters or its spelling, never as a near miss', () => {
    expect(matched('Ilse Varga', 'Ilsa')).toBeUndefined()
    expect(matched('KRN', 'KRM')).toBeUndefined()
    expect(matched('Tomas Vell', 'Tom')).toBe(NameMatch.start)
    expect(matched('Tomas Vell', 'Veli')).toBeUndefined()
  })

  test('a label that is not a name matches by its letters alone', () => {
    expect(matchName('Negotiated settlement', typedName('Negotiated setlement'), false)).toBe(
      undefined,
    )
    expect(matchName('Negotiated settlement', typedName('sett'), false)?.match).toBe(NameMatch.word)
  })
})

describe('edit distance', () => {
  test('counts a swap of two neighbours once and stops past its limit', () => {
    expect(editDistance('zelensky', 'zelenksy', 2)).toBe(1)
    expect(editDistance('varga', 'vargo', 2)).toBe(1)
    expect(editDistance('ca', 'abc', 3)).toBe(3)
    expect(editDistance('kitten', 'sitting', 3)).toBe(3)
    expect(editDistance('kitten', 'sitting', 1)).toBe(2)
    expect(editDistance('a', 'abcdef', 2)).toBe(3)
    expect(editDistance('', 'ab', 2)).toBe(2)
  })
})

test('with two spellings registered as two people, a name means the one written so, wherever it is looked up', async () => {
  const { notebook } = await open()
  const zelenskiy = await notebook.saveSpeaker({ name: 'Zelenskiy', aliases: [], notes: '' })
  const zelensky = await notebook.saveSpeaker({ name: 'Zelensky', aliases: [], notes: '' })
  const speakers = (await notebook.listSpeakers()).map((speaker) => Speaker.parse(speaker))
  expect(speakerFinder(speakers)('zelensky')?.id).toBe(zelensky.id)
  expect(speakerFinder(speakers)('Zelenskiy')?.id).toBe(zelenskiy.id)
  expect(speakerFinder(speakers)('Zelenskyy')?.id).toBe(zelenskiy.id)
  expect(registryIndex(speakers).find('Zelensky')?.id).toBe(zelensky.id)
  const article = await notebook.importArticle({
    text: 'Zelensky spoke first.',
    meta: { title: 'Kyiv' },
  })
  const { statement } = await notebook.addStatement(article.id, {
    anchor: { exact: 'spoke first' },
    speaker: { name: 'Zelensky' },
    tags: [],
    note: '',
  })
  expect(statement.speakerId).toBe(zelensky.id)
})
