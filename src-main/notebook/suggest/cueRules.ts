import { accordingTo } from './accordingTo'
import { askedQuestion } from './askedQuestion'
import { attributionThenQuote } from './attributionThenQuote'
import { clauseThenAttribution } from './clauseThenAttribution'
import { contentClause } from './contentClause'
import { nameColon } from './nameColon'
import { parentheticalAttribution } from './parentheticalAttribution'
import type { CueContext, Finding } from './finding'
import { quoteThenAttribution } from './quoteThenAttribution'
import { speechActObject } from './speechActObject'

/** The rules a reporting cue is tried against, in order; the first that fires wins. */
export const cueRules: readonly ((context: CueContext) => Finding | undefined)[] = [
  nameColon,
  askedQuestion,
  accordingTo,
  quoteThenAttribution,
  attributionThenQuote,
  contentClause,
  parentheticalAttribution,
  clauseThenAttribution,
  speechActObject,
]
