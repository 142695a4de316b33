import type { RejectedSuggestion, Speaker } from '../../shared/model'
import type { StatementSuggestion } from '../../shared/suggestion'
import { attributeSpeaker } from './attributeSpeaker'
import { continuingQuotes } from './continuingQuotes'
import { doubledApostrophes } from './doubledApostrophes'
import { cueRules } from './cueRules'
import { findCues } from './findCues'
import { findQuotes } from './findQuotes'
import type { Finding, Passage, Span } from './finding'
import { keepNew } from './keepNew'
import { parseSpeakerPhrase } from './parseSpeakerPhrase'
import { registryIndex } from './registryIndex'
import { scanMentions, type Mention } from './scanMentions'
import { SpeakerMemory, type Mentioned } from './speakerMemory'
import { sentenceStarts } from './sentenceStarts'
import { splitParagraphs } from './splitParagraphs'
import { speechActObject } from './speechActObject'
import { speechActCues } from './speechActVerbs'
import { splitSentences } from './splitSentences'

export interface SuggestOptions {
  /** The archive's speakers, matched first. */
  registry: readonly Speaker[]
  /** Spans already coded as statements: nothing overlapping them is suggested. */
  coded?: readonly Span[]
  /** Suggestions the analyst rejected in this article. */
  rejected?: readonly RejectedSuggestion[]
}

function passageFindings(text: string, passage: Passage): Finding[] {
  const findings: Finding[] = []
  for (const sentence of passage.sentences) {
    for (const cue of findCues(sentence)) {
      const context = { text, passage, sentence, cue }
      for (const rule of cueRules) {
        const finding = rule(context)
        if (finding) {
          findings.push(finding)
          break
        }
      }
    }
    for (const cue of speechActCues(sentence)) {
      const finding = speechActObject({ text, passage, sentence, cue })
      if (finding) findings.push(finding)
    }
  }
  return findings
}

type Event = { at: number; mention: Mention } | { at: number; finding: Finding }

/**
 * Proposes the statements of an article's plain text: what was said, by whom, with which cue.
 * Pure and synchronous; offsets are UTF-16 code units over `text`.
 */
export function suggestStatements(
  original: string,
  options: SuggestOptions,
): StatementSuggestion[] {
  const text = doubledApostrophes(original)
  const memory = new SpeakerMemory(registryIndex(options.registry))
  const suggestions: StatementSuggestion[] = []
  let previous: Mentioned | undefined
  let quoting = false
  const starts = sentenceStarts(text)
  for (const [index, paragraph] of splitParagraphs(text).entries()) {
    const quotes = findQuotes(text, paragraph)
    const sentences = splitSentences(text, paragraph, quotes, starts)
    const passage: Passage = { ...paragraph, index, quotes, sentences }
    const findings = passageFindings(text, passage)
    findings.push(...continuingQuotes(text, passage, findings, quoting))
    const events: Event[] = [
      ...passage.sentences
        .flatMap((s) => scanMentions(text, s))
        .map((mention) => ({ at: mention.at, mention })),
      ...findings.map((finding) => ({ at: finding.at, finding })),
    ].sort((a, b) => a.at - b.at || ('mention' in a ? -1 : 1))
    for (const event of events) {
      if ('mention' in event) {
        const { mention } = event
        if (mention.certain || memory.find(mention.name))
          memory.note(mention.name, mention.kind, mention.at, mention)
        continue
      }
      const { finding } = event
      const phrase =
        finding.speaker === 'previous'
          ? undefined
          : parseSpeakerPhrase(text, finding.speaker.phrase)
      const attribution = phrase
        ? attributeSpeaker(phrase, memory, finding.at)
        : previous && { speaker: previous, factor: 1 }
      if (!attribution) continue
      previous = attribution.speaker
      const { id, name, kind } = attribution.speaker
      suggestions.push({
        anchor: {
          exact: original.slice(finding.content.start, finding.content.end),
          ...finding.content,
        },
        speaker: id ? { id, name, kind } : { name, kind },
        cue: finding.cue,
        mode: finding.mode,
        confidence: Math.round(finding.confidence * attribution.factor * 100) / 100,
        rule: finding.rule,
      })
    }
    const last = findings.sort((a, b) => b.content.end - a.content.end)[0]
    quoting = !!last && last.mode === 'direct' && last.content.end >= paragraph.end - 2
  }
  return keepNew(original, suggestions, options.coded ?? [], options.rejected ?? [])
}
