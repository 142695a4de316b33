// What electron-vite does for `import path from './x?modulePath'` in the build, for code run from
// its TypeScript sources (Vitest, the bench): x is bundled on its own into a file a worker thread
// can run, and the import gives that file's path. Its dependencies stay in node_modules.
import { createHash } from 'node:crypto'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

// Inside the project, so the bundle's imports of dependencies find node_modules.
const CACHE = fileURLToPath(new URL('../node_modules/.cache/stancemark-workers/', import.meta.url))

const SUFFIX = '?modulePath'

/** @returns {import('vite').Plugin} */
export function modulePathPlugin() {
  return {
    name: 'stancemark:module-path',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith(SUFFIX)) return null
      const entry = id.slice(0, -SUFFIX.length)
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
      // Named by its content: test processes building it at once write the same bytes.
      const hash = createHash('sha256').update(chunk.code).digest('hex').slice(0, 12)
      const file = join(CACHE, `${basename(entry, '.ts')}-${hash}.mjs`)
      await mkdir(CACHE, { recursive: true })
      const temp = `${file}.${process.pid}.tmp`
      await writeFile(temp, chunk.code)
      await rename(temp, file)
      return `export default ${JSON.stringify(file)}`
    },
  }
}
