import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { build } from 'vite'
import { modulePathPlugin } from '../../scripts/modulePathPlugin.mjs'

const root = resolve(import.meta.dirname, '..', '..')

/**
 * Builds a TypeScript script of tests/support/ and what it imports into one file plain Node runs,
 * in a temp folder: for tests that need a real second process.
 */
export async function buildScript(
  entry: string,
): Promise<{ script: string; remove: () => Promise<void> }> {
  const outDir = await mkdtemp(join(tmpdir(), 'stancemark-script-'))
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    publicDir: false,
    // The worker threads' code (`?modulePath`) is bundled beside, as in the app.
    plugins: [modulePathPlugin()],
    ssr: { noExternal: true },
    build: {
      ssr: join(root, 'tests', 'support', entry),
      outDir,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { entryFileNames: '[name].mjs' } },
    },
  })
  return {
    script: join(outDir, `${basename(entry, '.ts')}.mjs`),
    remove: () => rm(outDir, { recursive: true, force: true }),
  }
}
