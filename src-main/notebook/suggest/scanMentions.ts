import type { SpeakerKind } from '../../shared/model'
import { datelineEnd } from './datelineEnd'
import type { Sentence, Token } from './finding'
import { functionWords } from './functionWords'
import { guessSpeakerKind } from './guessSpeakerKind'
import { nameRuns } from './nameRuns'
import { parseSpeakerPhrase } from './parseSpeakerPhrase'
import type { Gender } from './personGender'
import { speakerWords } from './speakerWords'

/** Someone a sentence names outside quotations, speaker or not. */
export interface Mention {
  at: number
  name: string
  kind: SpeakerKind
  roles: string[]
  gender?: Gender
  possessive: boolean
  /** Named in full, with a title, or an organisation: worth remembering even if never a speaker. */
  certain: boolean
}

const MAX_DESCRIPTION = 4
const isLower = (token: Token | undefined) => !!token && /^\p{Ll}/u.test(token.text)

/** The organisation noun ending a description that starts at `from`: "defence ministry", "regional regulator". */
function organisationHead(tokens: readonly Token[], from: number): number | undefined {
  for (let i = from; i < tokens.length && i - from < MAX_DESCRIPTION; i++) {
    if (tokens[i].text === "'") continue
    if (!isLower(tokens[i])) return undefined
    const { lower } = tokens[i]
    const head = speakerWords.organisation.has(lower) || speakerWords.media.has(lower)
    if (head && !isLower(tokens[i + 1])) return i
    if (functionWords.finiteVerbs.has(lower) || functionWords.prepositions.has(lower))
      return undefined
  }
  return undefined
}

function described(text: string, tokens: readonly Token[], from: number, head: number): Mention {
  const name = text.slice(tokens[from].start, tokens[head].end)
  const kind = guessSpeakerKind(name.split(' '))
  return { at: tokens[from].start, name, kind, roles: [], possessive: false, certain: true }
}

/** Role words in an appositive before or after a name: "Kelvara's finance minister, Rasmus Holtz". */
function appositiveRoles(tokens: readonly Token[], from: number, to: number): string[] {
  const roles: string[] = []
  const scan = (start: number, step: number) => {
    for (let j = start; tokens[j] && tokens[j].text !== ',' && Math.abs(j - start) < 6; j += step)
      if (speakerWords.role.has(tokens[j].lower)) roles.push(tokens[j].lower)
  }
  if (tokens[from - 1]?.text === ',') scan(from - 2, -1)
  if (tokens[to]?.text === ',') scan(to + 1, 1)
  return roles
}

/** The people and organisations a sentence mentions, in reading order. */
export function scanMentions(text: string, sentence: Sentence): Mention[] {
  const { tokens } = sentence
  const mentions: Mention[] = []
  for (const run of nameRuns(tokens, datelineEnd(tokens))) {
    if (tokens[run.from].inQuote || run.modifier) continue
    const at = tokens[run.from].start
    if (run.possessive) {
      const after = run.to + (tokens[run.to]?.text === "'" ? 1 : 0)
      const head = organisationHead(tokens, after)
      const owner = text.slice(at, tokens[run.to - 1].end).replace(/[’']s$/, '')
      mentions.push(
        head !== undefined
          ? described(text, tokens, run.from, head)
          : { at, name: owner, kind: 'person', roles: [], possessive: true, certain: false },
      )
      continue
    }
    let from = run.from
    while (from > 0 && run.from - from < 3 && isLower(tokens[from - 1])) from--
    if (functionWords.prepositions.has(tokens[from].lower)) from = run.from
    const phrase = parseSpeakerPhrase(text, {
      start: tokens[from].start,
      end: tokens[run.to - 1].end,
    })
    if (phrase?.type !== 'name') continue
    const roles = [...phrase.roles, ...appositiveRoles(tokens, run.from, run.to)]
    // "in Tarsk" is a place until the article has named a person so ("For Saal, …").
    const place = run.afterPreposition && phrase.kind === 'person' && !phrase.titled
    const certain =
      !place &&
      (phrase.kind !== 'person' || roles.length > 0 || !!phrase.gender || phrase.name.includes(' '))
    mentions.push({
      at,
      name: phrase.name,
      kind: phrase.kind,
      roles,
      gender: phrase.gender,
      possessive: false,
      certain,
    })
  }
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i].lower !== 'the' || tokens[i].inQuote || !isLower(tokens[i + 1])) continue
    const head = organisationHead(tokens, i + 1)
    if (head !== undefined && head > i + 1) mentions.push(described(text, tokens, i + 1, head))
  }
  return mentions.sort((a, b) => a.at - b.at)
}
