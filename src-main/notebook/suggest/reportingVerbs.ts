import type { Token } from './finding'
import { functionWords } from './functionWords'

const VERBS =
  'say tell add warn insist argue explain acknowledge admit confirm predict suggest reply respond declare maintain concede contend allege complain recall conclude urge stress caution accused accuses accusing said says saying told tells telling added adds adding noted notes noting asserted asserts asserting emphasised emphasized emphasises emphasizes emphasising emphasizing stressed stresses stressing cautioned cautions cautioning warned warns warning urged urges urging announced announces announcing indicated indicates indicating described describes describing reiterated reiterates reiterating reported reports reporting insisted insists insisting argued argues arguing claimed claims claiming explained explains explaining acknowledged acknowledges acknowledging admitted admits admitting confirmed confirms confirming denied denies denying estimated estimates estimating predicted predicts predicting suggested suggests suggesting wrote writes writing asked asks replied replies replying responded responds responding declared declares declaring stated states stating maintained maintains maintaining observed observes observing remarked remarks remarking conceded concedes conceding contended contends contending countered counters countering alleged alleges alleging promised promises promising pledged pledges pledging vowed vows vowing complained complains complaining recalled recalls recalling concluded concludes concluding testified testifies disclosed discloses revealed reveals signalled signaled signals hinted hints demanded demands proposed proposes recommended recommends tweeted tweets tweeting posted mentioned mentions joked jokes quipped quips answered answers boasted boasts bragged touted touts wondered wonders'

/** The reporting verbs, every form as written; "according to" is found by its own rule. */
export const reportingVerbs: ReadonlySet<string> = new Set(VERBS.split(' '))

/** Verbs whose object comes before the content ("told reporters the cuts were…"). */
export const objectFirstVerbs: ReadonlySet<string> = new Set(
  'tell told tells telling assured assures informed informs reminded reminds'.split(' '),
)

/** Verbs whose content may be an object and an infinitive ("urged the government to reconsider"). */
export const infinitiveVerbs: ReadonlySet<string> = new Set(
  'urge urged urges urging tell warn asked asks warned warns warning told tells telling promised promises promising pledged pledges pledging vowed vows vowing demanded demands proposed proposes recommended recommends'.split(
    ' ',
  ),
)

/**
 * Verbs whose object is itself what was said ("noted the irony", "recalled his first campaign");
 * not "promised a plan" or "announced the decision", which name an act rather than words.
 */
export const objectContentVerbs: ReadonlySet<string> = new Set(
  'mentioned mentions recalled recalls recalling acknowledged acknowledges acknowledging tweeted tweets tweeting posted reiterated reiterates revealed reveals disclosed discloses noted notes noting explained explains explaining argued argues arguing claimed claims claiming suggested suggests suggesting reported reports reporting wrote writes writing stressed stresses stressing emphasized emphasised emphasizes emphasises emphasizing predicted predicts predicting warned warns warning insisted insists insisting'.split(
    ' ',
  ),
)

const PASSIVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])

/** Is the token at i a reporting verb used as one (not "the reported cases", "to say")? */
export function isReportingVerb(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]
  // Past the sentence's end (a text cut off after "said,"): no verb there.
  if (!token || token.inQuote || !reportingVerbs.has(token.text)) return false
  const previous = tokens[i - 1]?.lower
  if (!previous) return true
  // "by saying that…" is a cue; "the reported cases", "to say" are not.
  const byIng = previous === 'by' && /ing$/.test(token.lower)
  if (
    (functionWords.determiners.has(previous) && !isQuantifierSubject(tokens, i)) ||
    (functionWords.prepositions.has(previous) && !byIng)
  )
    return false
  if (functionWords.negations.has(previous) || previous.endsWith("n't")) return false
  return !PASSIVE.has(previous)
}

/** Quantifiers that may stand alone for the people who spoke. */
export const quantifierSubjects: ReadonlySet<string> = new Set(
  'most many some several all both few'.split(' '),
)

/**
 * "most said they…", "Several said the…": a quantifier alone as the subject, right after the
 * clause opens, and a clause after the verb; not "most reported cases".
 */
export function isQuantifierSubject(tokens: readonly Token[], i: number): boolean {
  const quantifier = tokens[i - 1]
  if (!quantifier || !quantifierSubjects.has(quantifier.lower)) return false
  const opens = !tokens[i - 2] || /^[,;:—–]$|^(and|but)$/.test(tokens[i - 2].lower)
  const next = tokens[i + 1]?.lower ?? ''
  return opens && (functionWords.subjectPronouns.has(next) || /^(that|the)$/.test(next))
}
