import type { StatementMode } from '../../shared/model'

/** [start, end) offsets over the article's plain text. */
export interface Span {
  start: number
  end: number
}

export interface Token extends Span {
  text: string
  lower: string
  /** Inside quotation marks: words someone said, not the reporter's. */
  inQuote: boolean
}

/** A quotation: `open` and `close` are the marks, [start, end) the words between them. */
export interface Quote extends Span {
  open: number
  close: number
}

export interface Sentence extends Span {
  tokens: Token[]
}

/** A paragraph of the article with its sentences and quotations. */
export interface Passage extends Span {
  index: number
  sentences: Sentence[]
  quotes: Quote[]
}

/** A reporting cue in a sentence: tokens [index, end) ("said", "according to"). */
export interface CueSite {
  index: number
  end: number
  cue: string
}

/** Who a finding's words belong to: the words that name the speaker, or the previous speaker. */
export type SpeakerSource = { phrase: Span } | 'previous'

/** What a rule found before its speaker is resolved against the registry and the article. */
export interface Finding {
  rule: string
  content: Span
  speaker: SpeakerSource
  cue: string
  mode: StatementMode
  confidence: number
  /** Where the speaker is named (or the cue, for 'previous'): findings are resolved in this order. */
  at: number
}

/** What every cue rule sees. */
export interface CueContext {
  text: string
  passage: Passage
  sentence: Sentence
  cue: CueSite
}
