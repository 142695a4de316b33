import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SpeakerKind, StatementMode } from '../../src-main/shared/model'

export const fixturesDir = join(import.meta.dirname, '..', 'fixtures', 'suggestions')

export interface GoldSpeaker {
  name: string
  kind: SpeakerKind
  /** Other names an analyst would accept for the same speaker. */
  aliases?: string[]
}

export interface GoldStatement {
  exact: string
  speaker: GoldSpeaker
  cue: string
  mode: StatementMode
}

export interface EvaluationArticle {
  slug: string
  title: string
  /** The article's paragraphs, joined by a blank line. */
  text: string
  style: string
  heldOut: boolean
  statements: GoldStatement[]
}

export interface RegistrySpeaker {
  name: string
  kind: SpeakerKind
  aliases: string[]
}

/** The labelled articles: `<slug>.md` (a `# Title` line, then paragraphs) and `<slug>.json` (gold). */
export function evaluationArticles(): EvaluationArticle[] {
  return readdirSync(fixturesDir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((name) => {
      const slug = name.slice(0, -'.md'.length)
      const markdown = readFileSync(join(fixturesDir, name), 'utf8')
      const [heading, ...rest] = markdown.split('\n')
      const gold = JSON.parse(readFileSync(join(fixturesDir, `${slug}.json`), 'utf8')) as Omit<
        EvaluationArticle,
        'slug' | 'title' | 'text'
      >
      return { slug, title: heading.replace(/^#\s*/, ''), text: rest.join('\n').trim(), ...gold }
    })
}

/** The speakers already in the evaluation archive. */
export function evaluationRegistry(): RegistrySpeaker[] {
  const file = JSON.parse(readFileSync(join(fixturesDir, 'registry.json'), 'utf8')) as {
    speakers: RegistrySpeaker[]
  }
  return file.speakers
}
