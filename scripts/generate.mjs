// `npm run generate -- --archive DIR --articles N --seed S [--speakers N] [--positions N]
// [--statements N] [--words N] [--no-index]`: writes a synthetic archive of our own text.
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { runnerImport } from 'vite'
import { modulePathPlugin } from './modulePathPlugin.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const { values } = parseArgs({
  options: {
    archive: { type: 'string' },
    articles: { type: 'string', default: '300' },
    seed: { type: 'string', default: '1' },
    speakers: { type: 'string' },
    positions: { type: 'string' },
    statements: { type: 'string' },
    words: { type: 'string' },
    'no-index': { type: 'boolean', default: false },
  },
})
if (!values.archive) {
  console.error('Say where: npm run generate -- --archive DIR --articles N --seed S')
  process.exit(2)
}
const number = (text) => (text === undefined ? undefined : Number(text))

// Vite's module runner loads our TypeScript as it is, with no build step.
const { module } = await runnerImport(resolve(root, 'scripts/generateArchive.ts'), {
  configFile: false,
  logLevel: 'error',
  plugins: [modulePathPlugin()],
  root,
})
const started = performance.now()
const made = await module.generateArchive({
  archiveDir: resolve(values.archive),
  articles: number(values.articles),
  seed: number(values.seed),
  speakers: number(values.speakers),
  positions: number(values.positions),
  statementsPerArticle: number(values.statements),
  wordsPerArticle: number(values.words),
  index: !values['no-index'],
})
const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(
  `Generated ${made.articles} articles, ${made.statements} statements, ${made.speakers} speakers and ${made.positions} positions in ${resolve(values.archive)} (${seconds} s)`,
)
