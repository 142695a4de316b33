// What electron-vite does for `import path from './x?modulePath'` in the build, for code run from
// its TypeScript sources (Vitest, the bench): x is bundled on its own into a file a worker thread
// can run, and the import gives that file's path. Its dependencies stay in node_modules.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

// Inside the project, so the bundle's imports of dependencies find node_modules.
const CACHE = fileURLToPath(new URL('../node_modules/.cache/', import.meta.url))

const SUFFIX = '?modulePath'

/** @returns {import('vite').Plugin} */
export function modulePathPlugin() {
  /** @type {Promise<string> | undefined} */
  let folder
  return {
    name: 'stancemark:module-path',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith(SUFFIX)) return null
      const entry = id.slice(0, -SUFFIX.length)
      folder ??= mkdir(CACHE, { recursive: true }).then(() =>
        mkdtemp(join(CACHE, 'stancemark-workers-')),
      )
      const output = await build({
        configFile: false,
        logLevel: 'silent',
        build: {
          ssr: entry,
          write: false,
          minify: false,
          rolldownOptions: { output: { format: 'es' } },
        },
      })
      const [chunk] = /** @type {{ output: { code: string }[] }[]} */ ([output].flat())[0].output
      const file = join(await folder, basename(entry).replace(/\.ts$/, '.mjs'))
      await writeFile(file, chunk.code)
      return `export default ${JSON.stringify(file)}`
    },
  }
}
