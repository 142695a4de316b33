import { expect, test } from 'vitest'
import { SpeakerKind, StatementMode } from '../../../src-main/shared/model'
import { evaluationArticles, evaluationRegistry } from '../../eval/suggestionFixtures'

test('the labelled evaluation set is well formed: every gold statement occurs once in its article', () => {
  const articles = evaluationArticles()
  expect(articles.length).toBeGreaterThanOrEqual(8)
  expect(articles.filter((a) => a.heldOut).length).toBeGreaterThanOrEqual(2)
  for (const article of articles) {
    expect(article.statements.length, article.slug).toBeGreaterThan(0)
    for (const statement of article.statements) {
      expect(article.text.split(statement.exact).length - 1, statement.exact).toBe(1)
      expect(SpeakerKind.safeParse(statement.speaker.kind).success).toBe(true)
      expect(StatementMode.safeParse(statement.mode).success).toBe(true)
    }
  }
  expect(evaluationRegistry().every((s) => SpeakerKind.safeParse(s.kind).success)).toBe(true)
})
