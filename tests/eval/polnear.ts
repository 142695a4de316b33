import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..', '..')

/**
 * PolNeAR (Newell et al., LREC 2018): read at run time from `../shared/corpora/polnear` beside the
 * repository (or beside the folder of worktrees, or `POLNEAR_DIR`), never copied into it.
 */
export const polnearDir =
  process.env.POLNEAR_DIR ??
  [join(root, '..', 'shared'), join(root, '..', '..', 'shared')]
    .map((shared) => join(shared, 'corpora', 'polnear'))
    .find((dir) => existsSync(dir)) ??
  join(root, '..', 'shared', 'corpora', 'polnear')

export type Split = 'train' | 'dev'

export interface Fragments {
  /** [start, end) pieces of one span: a discontinuous brat span has several. */
  parts: { start: number; end: number }[]
}

export interface GoldAttribution {
  content: Fragments
  cue: string
  cueAt: number
  /** The source's words as written, or '' where the source is implicit. */
  source: string
  sourceAt: number
  /** The cue is a verb of saying or writing, "according to", or a colon or dash before a quote. */
  saying: boolean
  /** The source's head is a name: a person, an organisation or an outlet by its name. */
  named: boolean
}

export interface PolnearArticle {
  name: string
  text: string
  attributions: GoldAttribution[]
}

// Verbs of communication (Levin's class 37: saying, telling, writing, asking, promising,
// warning, complaining), every form written out; naming ("called him a liar", class 29) and
// judging ("accused", class 33) are not saying.
const SAYING_STEMS =
  'say said tell told added adds adding write wrote written report announc stat claim argu explain note noting remark comment mention ask repl respond answer insist warn declar tweet post suggest recall acknowledg admit confirm deni deny assert stress emphasi reiterat testif spoke speak predict promis pledg vow urg complain conced contend alleg quip jok boast brag scoff'
    .split(' ')
    .map((stem) => new RegExp(`^${stem}`))

const PRONOUNS = new Set('he she they it we i you his her their its our my this that'.split(' '))

function isSayingCue(cue: string): boolean {
  const lower = cue.toLowerCase().trim()
  if (/^[:―—–-]$/.test(lower) || lower.endsWith(':')) return true
  if (/\baccording to\b/.test(lower)) return true
  return lower
    .split(/[^a-z]+/)
    .filter(Boolean)
    .some((word) => word !== 'notably' && SAYING_STEMS.some((stem) => stem.test(word)))
}

function startsSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at)
  return at === 0 || /(^|[.!?:"“”\n]\s*|\n)$/.test(before)
}

const PREPOSITIONS = new Set('in of to for from at with by on about among near like'.split(' '))

/**
 * Whether the source's head is a proper name ("Sen. Ada Roth (D-Vt.)", "Harbour News"),
 * not a description that mentions one ("an article in the Herald", "Aides to Roth").
 */
function isNamed(text: string, source: string, at: number): boolean {
  const words = [...source.split(/[,(—–]/)[0].matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)]
  let end = words.length
  for (let i = 1; i < words.length; i++)
    if (PREPOSITIONS.has(words[i][0]) && /^\p{Ll}/u.test(words[i - 1][0])) {
      end = i
      break
    }
  const head = words[end - 1]
  if (!head || !/^\p{Lu}/u.test(head[0]) || PRONOUNS.has(head[0].toLowerCase())) return false
  // A sentence's first word is capitalised anyway ("Aides said").
  return !(end === 1 && startsSentence(text, at + (head.index ?? 0)))
}

function parseSpan(positions: string): Fragments {
  return {
    parts: positions.split(';').map((piece) => {
      const [start, end] = piece.trim().split(/\s+/).map(Number)
      return { start, end }
    }),
  }
}

function readArticle(split: Split, name: string): PolnearArticle {
  const text = readFileSync(join(polnearDir, split, 'text', `${name}.txt`), 'utf8')
  const ann = readFileSync(join(polnearDir, split, 'attributions', `${name}.ann`), 'utf8')
  const spans = new Map<string, { type: string; span: Fragments }>()
  const events: Record<string, string>[] = []
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t(\w+) ([\d ;]+)\t/.exec(line)
    if (t) spans.set(t[1], { type: t[2], span: parseSpan(t[3]) })
    const e = /^E\d+\t(.*)$/.exec(line)
    if (e)
      events.push(
        Object.fromEntries(
          e[1]
            .trim()
            .split(/\s+/)
            .map((part) => part.split(':') as [string, string]),
        ),
      )
  }
  const attributions: GoldAttribution[] = []
  for (const event of events) {
    const content = event.Content && spans.get(event.Content)
    if (!content) continue
    const cue = event.Cue ? spans.get(event.Cue) : undefined
    const source = event.Source ? spans.get(event.Source) : undefined
    const textOf = (f: Fragments | undefined) =>
      f ? f.parts.map((p) => text.slice(p.start, p.end)).join(' ') : ''
    const sourceText = textOf(source?.span)
    const sourceAt = source?.span.parts[0].start ?? -1
    attributions.push({
      content: content.span,
      cue: textOf(cue?.span),
      cueAt: cue?.span.parts[0].start ?? -1,
      source: sourceText,
      sourceAt,
      saying: isSayingCue(textOf(cue?.span)),
      named: !!sourceText && isNamed(text, sourceText, sourceAt),
    })
  }
  return { name, text, attributions }
}

/** The split's articles, or undefined where the corpus is not beside the repository. */
export function polnearArticles(split: Split): PolnearArticle[] | undefined {
  const dir = join(polnearDir, split, 'text')
  if (!existsSync(dir)) return undefined
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => readArticle(split, file.slice(0, -'.txt'.length)))
}
