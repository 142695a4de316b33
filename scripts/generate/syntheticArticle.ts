import type { Stance } from '../../src-main/shared/model'
import type { SeededRandom } from './seededRandom'
import type { SyntheticPosition, SyntheticSpeaker } from './syntheticRegistry'

// Our own word lists: sentences are assembled from them, so the text is nobody's but ours.
// prettier-ignore
const SUBJECTS = ['the ministry', 'the council', 'local fishermen', 'the delegation', 'regional officials', 'the committee', 'farmers upstream', 'the port authority', 'negotiators', 'residents of the delta', 'the commission', 'ferry operators', 'customs officers', 'the river survey team', 'both governments']
// prettier-ignore
const VERBS = ['discussed', 'reviewed', 'questioned', 'welcomed', 'postponed', 'examined', 'announced', 'criticised', 'proposed', 'described', 'outlined', 'debated', 'approved', 'delayed', 'revisited']
// prettier-ignore
const OBJECTS = ['the water quota', 'the border crossing', 'the fishing licences', 'the river survey', 'a new ferry schedule', 'the dam inspection', 'grain exports', 'the customs agreement', 'the flood barrier', 'the joint patrol', 'the dredging plan', 'compensation for crews', 'the harbour fees', 'the pollution report', 'the transit corridor']
// prettier-ignore
const ADVERBIALS = ['on Tuesday', 'after lengthy talks', 'in the capital', 'for the second time this year', 'without further comment', 'despite earlier objections', 'at a press briefing', 'near the delta', 'late on Friday', 'in a written statement', 'during a site visit', 'ahead of the summer season', 'behind closed doors', 'in front of reporters']
// prettier-ignore
const CONNECTORS = ['Meanwhile,', 'Earlier,', 'According to officials,', 'In a separate development,', 'At the same time,', 'Later,', 'By contrast,', 'As expected,']
// prettier-ignore
const LEADS: Record<Stance, string[]> = {
  supports: ['we will push for', 'there is no alternative to', 'the region urgently needs', 'we fully back', 'it is time to move ahead with'],
  opposes: ['we cannot accept', 'it would be a mistake to pursue', 'there is no case for', 'we reject', 'nobody asked for'],
  neutral: ['we are still studying', 'it is too early to judge', 'we have no position yet on', 'we will wait for the report on'],
}
// prettier-ignore
const TAILS = ['', ' as it stands', ' this year', ' in its current form', ' without delay', ' before the autumn']
// prettier-ignore
const SAYS = ['said', 'told reporters', 'insisted', 'added', 'argued', 'warned', 'noted']
// prettier-ignore
const SOURCES = ['Senna Courier', 'Kestran Daily', 'Delta Observer', 'Northern Wire', 'Riverside Gazette', 'The Basin Herald', 'Orsk Evening News', 'Valley Radio']
// prettier-ignore
const TAGS = ['river', 'border', 'fisheries', 'trade', 'politics', 'environment', 'analysis', 'interview', 'editorial', 'breaking']
// prettier-ignore
const AUTHORS = ['Lea Marten', 'Ivo Strand', 'Anja Kiral', 'Petr Sova', 'Dina Hale', 'Oren Vale']
const START = Date.UTC(2022, 0, 1)
const DAY = 24 * 60 * 60 * 1000

export interface SyntheticStatement {
  id: string
  start: number
  end: number
  speakerId?: string
  positionId?: string
  stance?: Stance
  tags: string[]
  note: string
}

export interface SyntheticArticle {
  id: string
  title: string
  source: string
  published: string
  tags: string[]
  authors: string[]
  /** Paragraphs of plain text; the article's text is them joined by a blank line. */
  paragraphs: string[]
  statements: SyntheticStatement[]
  notes: string
}

const capital = (text: string) => text[0].toUpperCase() + text.slice(1)

function filler(random: SeededRandom): string {
  const lead = random.chance(0.2) ? `${random.pick(CONNECTORS)} ` : ''
  const subject = random.pick(SUBJECTS)
  const sentence = `${subject} ${random.pick(VERBS)} ${random.pick(OBJECTS)} ${random.pick(ADVERBIALS)}.`
  return lead ? `${lead}${sentence}` : capital(sentence)
}

/** One article of about `words` words, `statements` of them marked as statements (when there are speakers). */
export function syntheticArticle(
  random: SeededRandom,
  speakers: SyntheticSpeaker[],
  options: { words: number; statements: number },
): SyntheticArticle {
  const id = random.id()
  const published = new Date(START + random.int(0, 729) * DAY).toISOString().slice(0, 10)
  const title = `${capital(random.pick(SUBJECTS))} ${random.pick(VERBS)} ${random.pick(OBJECTS)}`
  const paragraphCount = Math.max(1, Math.round(options.words / 70))
  const quoted = new Set(random.sample([...Array(paragraphCount * 6).keys()], options.statements))
  const weights = speakers.map((s) => s.weight)
  const paragraphs: string[] = []
  const statements: SyntheticStatement[] = []
  let offset = 0
  let sentenceIndex = 0
  for (let p = 0; p < paragraphCount; p++) {
    const sentences: string[] = []
    let length = 0
    for (let s = 0; s < 6; s++, sentenceIndex++) {
      const speaker =
        speakers.length > 0 && quoted.has(sentenceIndex)
          ? random.weighted(speakers, weights)
          : undefined
      if (!speaker) {
        sentences.push(filler(random))
      } else {
        const leaning = random.pick(speaker.leanings)
        // Mostly true to their line; now and then they say the opposite (a contradiction).
        const stance: Stance = random.chance(0.1)
          ? leaning.stance === 'supports'
            ? 'opposes'
            : 'supports'
          : leaning.stance
        const claim = `${random.pick(LEADS[stance])} ${leaning.position.phrase}${random.pick(TAILS)}`
        const mention =
          speaker.aliases.length > 0 && random.chance(0.3)
            ? random.pick(speaker.aliases)
            : speaker.name
        const quote = capital(claim)
        const sentence = `“${quote},” ${mention} ${random.pick(SAYS)}.`
        // The statement is the words inside the quotation marks.
        const at = offset + length + (sentences.length > 0 ? 1 : 0) + 1
        statements.push(
          statementFor(random, speaker, leaning.position, stance, at, at + quote.length),
        )
        sentences.push(sentence)
      }
      length = sentences.join(' ').length
    }
    paragraphs.push(sentences.join(' '))
    offset += length + 2
  }
  return {
    id,
    title,
    source: random.pick(SOURCES),
    published,
    tags: random.sample(TAGS, random.int(0, 3)),
    authors: random.chance(0.7) ? [random.pick(AUTHORS)] : [],
    paragraphs,
    statements,
    notes: random.chance(0.2)
      ? `Follow up on ${random.pick(OBJECTS)} with ${random.pick(SUBJECTS)}.`
      : '',
  }
}

function statementFor(
  random: SeededRandom,
  speaker: SyntheticSpeaker,
  position: SyntheticPosition,
  stance: Stance,
  start: number,
  end: number,
): SyntheticStatement {
  return {
    id: random.id(),
    start,
    end,
    speakerId: speaker.id,
    positionId: random.chance(0.03) ? undefined : position.id,
    stance: random.chance(0.05) ? undefined : stance,
    tags: random.chance(0.1) ? [random.pick(['check quote', 'key claim', 'translated'])] : [],
    note: random.chance(0.05) ? 'Quoted second-hand.' : '',
  }
}
