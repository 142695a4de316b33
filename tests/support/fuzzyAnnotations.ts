import { seededRandom } from './fuzz/seededRandom'

const WORDS = [
  ...['minister', 'council', 'harbour', 'treaty', 'river', 'crews', 'border', 'talks', 'rates'],
  ...['budget', 'ceasefire', 'envoy', 'ports', 'grain', 'tariffs', 'mayor', 'union', 'court'],
]

/**
 * An article of `count` distinct sentences and a W3C annotation page quoting each with one letter
 * changed, as annotations of an earlier copy of the text would: none placed by its exact words.
 */
export function fuzzyAnnotations(count: number, seed = 11): { text: string; json: string } {
  const random = seededRandom(seed)
  const pick = () => random.pick(WORDS)
  const sentences = Array.from(
    { length: count },
    (_, i) => `Sentence ${i + 1}: the ${pick()} ${pick()} and the ${pick()} ${pick()} (${i * 7}).`,
  )
  const paragraphs: string[] = []
  for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(' '))
  const text = paragraphs.join('\n\n')
  const items = sentences.map((sentence, i) => {
    const start = text.indexOf(sentence)
    const at = sentence.indexOf('the ') + 4
    const exact = `${sentence.slice(0, at)}${sentence[at] === 'x' ? 'y' : 'x'}${sentence.slice(at + 1)}`
    return {
      type: 'Annotation',
      id: `urn:example:${i}`,
      body: [{ type: 'TextualBody', purpose: 'tagging', value: 'imported' }],
      target: {
        selector: [
          {
            type: 'TextQuoteSelector',
            exact,
            prefix: text.slice(Math.max(0, start - 32), start),
            suffix: text.slice(start + sentence.length, start + sentence.length + 32),
          },
        ],
      },
    }
  })
  return { text, json: JSON.stringify({ type: 'AnnotationPage', items }) }
}
