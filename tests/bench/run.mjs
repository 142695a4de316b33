// `npm run bench [-- --sizes 100,1000,10000] [--runs N] [--no-renderer] [--no-suggest]`: measures the Notebook
// service against a naive single-JSON lowdb store and SQLite, and the renderer in Chromium.
// Vite's module runner loads the bench's TypeScript as it is, with no build step.
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'
import { modulePathPlugin } from '../../scripts/modulePathPlugin.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const entry = process.env.BENCH_ENTRY ?? 'tests/bench/bench.ts'
const { module } = await runnerImport(resolve(root, entry), {
  configFile: false,
  logLevel: 'error',
  plugins: [modulePathPlugin()],
  root,
})
await module.main?.(process.argv.slice(2))
