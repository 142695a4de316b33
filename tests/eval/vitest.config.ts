import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { modulePathPlugin } from '../../scripts/modulePathPlugin.mjs'

/** `npm run eval:suggestions`: measures the suggestion rules; never part of `npm test`. */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  plugins: [modulePathPlugin()],
  test: {
    include: ['tests/eval/**/*.eval.ts'],
    environment: 'node',
    testTimeout: 120_000,
    disableConsoleIntercept: true,
  },
})
