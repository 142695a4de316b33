import type { CueSite, Sentence, Token } from './finding'
import { functionWords } from './functionWords'
import { lexiconTags } from './lexiconTags'
import { isReportingVerb } from './reportingVerbs'
import { speakerWords } from './speakerWords'

const forms = (list: string) => new Set(list.split(' '))

/** Speech acts whose noun-phrase object is what was said: "announced his resignation". */
export const objectSpeechVerbs: ReadonlySet<string> = forms(
  'announce announced announces announcing outline outlined outlines outlining confirm confirmed confirms confirming deny denied denies denying admit admitted admits admitting concede conceded concedes conceding claim claimed claims claiming declare declared declares declaring pledge pledged pledges pledging promise promised promises promising vow vowed vows vowing propose proposed proposes proposing demand demanded demands demanding urge urged urges urging recommend recommended recommends recommending reiterate reiterated reiterates reiterating voice voiced voices voicing express expressed expresses expressing predict predicted predicts predicting report reported reports reporting acknowledge acknowledged acknowledges acknowledging recount recounted recounts recounting repeat repeated repeats repeating tell told tells telling',
)

const about = 'about'
/** Speech acts whose content follows a preposition: "spoke about the tax plan", "called for an inquiry". */
export const prepositionSpeechVerbs: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  (
    [
      ['speak spoke speaks speaking spoken', 'about of on'],
      ['talk talked talks talking', 'about of'],
      ['comment commented comments commenting', 'on'],
      ['complain complained complains complaining', 'about of'],
      ['warn warned warns warning', 'of about against'],
      ['argue argued argues arguing', 'for against'],
      ['joke joked jokes joking', about],
      ['write wrote writes writing written', about],
      ['boast boasted boasts boasting brag bragged brags bragging', 'about of'],
      ['testify testified testifies testifying', about],
      ['tweet tweeted tweets tweeting posted', about],
      ['call called calls calling', 'for on'],
      ['report reported reports reporting', 'on'],
      ['apologize apologized apologizes apologizing apologise apologised apologises', 'for'],
    ] as const
  ).flatMap(([verbs, preps]) => verbs.split(' ').map((verb) => [verb, forms(preps)] as const)),
)

const MODALS = forms('will would could should may might must can to')
const PASSIVE = forms('is are was were be been being')
/** "did not mention", "declined to comment on": no speech act took place. */
const REFUSALS = forms('not never no declined refused failed')

/** The token before the verb, past adverbs ("also", "publicly") and auxiliaries ("has"). */
function subjectEnd(tokens: readonly Token[], i: number): Token | undefined {
  let j = i - 1
  while (
    j >= 0 &&
    !MODALS.has(tokens[j].lower) &&
    (/^\p{Ll}+ly$/u.test(tokens[j].text) ||
      functionWords.betweenSpeakerAndCue.has(tokens[j].lower) ||
      /^(just|once)$/.test(tokens[j].lower))
  )
    j--
  return tokens[j]
}

const REFUSAL_WITHIN = 3
const SUBJECT_PRONOUNS = forms('he she it they we i you who which that')

/** "Officials claim", "The Herald reports", "who calls for": a word that can end a subject. */
function endsSubject(token: Token): boolean {
  return (
    /^\p{Lu}/u.test(token.text) ||
    /^[,)]$/.test(token.text) ||
    SUBJECT_PRONOUNS.has(token.lower) ||
    Object.values(speakerWords).some((nouns) => nouns.has(token.lower))
  )
}

/** Used as the verb of a subject: not "the announced plan", "his claims", "to announce", "will urge". */
export function isSpeechActUse(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1]
  const subject = subjectEnd(tokens, i)
  if (tokens[i].inQuote || !previous || !subject) return false
  const form = tokens[i].lower
  const word = subject.lower
  const refused = tokens
    .slice(Math.max(0, i - REFUSAL_WITHIN), i)
    .some((t) => REFUSALS.has(t.lower) || t.lower.endsWith("n't"))
  if (
    refused ||
    functionWords.determiners.has(previous.lower) ||
    /['’]s?$/.test(previous.text) ||
    /^\p{N}/u.test(previous.text) ||
    functionWords.prepositions.has(previous.lower) ||
    previous.lower === 'of' ||
    MODALS.has(word) ||
    (PASSIVE.has(word) && !form.endsWith('ing'))
  )
    return false
  // "Officials claim", "The Herald reports": not "the jobs report", "his clarion call for".
  // "The IMF report stated": a verb right after makes the word its subject, a noun.
  const present = !/(ed|ing)$/.test(form) && !/^(spoke|wrote)$/.test(form)
  const after = tokens[i + 1]
  const verbAfter =
    !!after &&
    !/^\p{Lu}/u.test(after.text) &&
    (functionWords.finiteVerbs.has(after.lower) ||
      /(ed|ing)$/.test(after.lower) ||
      lexiconTags(after.lower).some((tag) => /PastTense|PresentTense/.test(tag)))
  if (present && (!endsSubject(subject) || verbAfter)) return false
  // "new demands", "figures include pledged delegates": an adjective or a verb before.
  const tags = /^\p{Lu}/u.test(subject.text) ? [] : lexiconTags(word)
  return !tags.some((tag) => /Adjective|PresentTense|Infinitive/.test(tag))
}

const OUT_WITH = forms('about against for on')

/** "announced Tuesday", "spoke freely about", "spoke at length of": between the verb and its object. */
export function skipTimes(tokens: readonly Token[], i: number): number {
  for (;;) {
    const word = tokens[i]?.lower ?? ''
    const next = tokens[i + 1]?.lower ?? ''
    if (functionWords.timeWords.has(word) || /^\p{Ll}+ly$/u.test(tokens[i]?.text ?? '')) i++
    else if (word === 'at' && next === 'length') i += 2
    else if (word === 'on' && functionWords.timeWords.has(next)) i += 2
    else if (/^(last|this|next)$/.test(word) && /^(week|month|year)$/.test(next)) i += 2
    else return i
  }
}

/** Where a speech act's content starts after its verb at v, and the cue's words with the preposition. */
export function speechActObjectAt(
  tokens: readonly Token[],
  v: number,
): { at: number; cue: string } | undefined {
  const verb = tokens[v]
  const i = skipTimes(tokens, v + 1)
  const word = tokens[i]?.lower ?? ''
  const preps = prepositionSpeechVerbs.get(verb.text)
  if (preps && word === 'out' && OUT_WITH.has(tokens[i + 1]?.lower ?? ''))
    return { at: i + 2, cue: `${verb.lower} out ${tokens[i + 1].lower}` }
  if (preps?.has(word)) return { at: i + 1, cue: `${verb.lower} ${word}` }
  if (objectSpeechVerbs.has(verb.text)) return { at: i, cue: verb.lower }
  return undefined
}

/**
 * The speech acts of a sentence that the reporting verbs leave out ("voiced", "spoke about"): only
 * the speech-act rule reads them, so the rules for clauses and quotations see no new cues.
 */
export function speechActCues(sentence: Sentence): CueSite[] {
  const { tokens } = sentence
  const cues: CueSite[] = []
  for (let i = 0; i < tokens.length; i++) {
    const { text } = tokens[i]
    if (!objectSpeechVerbs.has(text) && !prepositionSpeechVerbs.has(text)) continue
    if (isReportingVerb(tokens, i) || !isSpeechActUse(tokens, i)) continue
    const found = speechActObjectAt(tokens, i)
    if (found) cues.push({ index: i, end: i + 1, cue: found.cue })
  }
  return cues
}
