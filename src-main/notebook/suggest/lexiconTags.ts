import nlp from 'compromise'

type Lexicon = Record<string, string | string[] | undefined>

let lexicon: Lexicon | undefined

/** compromise's English lexicon: shipped in its package, nothing is fetched. */
function load(): Lexicon {
  const model: unknown = nlp.model()
  const one = (model as { one?: { lexicon?: unknown } }).one
  const found = one?.lexicon
  lexicon = found && typeof found === 'object' ? (found as Lexicon) : {}
  return lexicon
}

/** What compromise's lexicon knows of a lowercase word: `FemaleName`, `Actor`, `PastTense`, … */
export function lexiconTags(lower: string): readonly string[] {
  const tags = Object.hasOwn(lexicon ?? load(), lower) ? (lexicon ?? load())[lower] : undefined
  if (tags === undefined) return []
  return typeof tags === 'string' ? [tags] : tags
}
