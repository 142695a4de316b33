// What electron-vite does for `import path from './x?modulePath'` in the build, for code run from
// its TypeScript sources (Vitest, the bench): x is bundled on its own into files a worker thread
// can run, and the import gives the path of its entry. Its dependencies stay in node_modules.
import { createHash } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
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
          // A worker's lazy imports (the Word reader) stay chunks of their own, loaded when used,
          // as electron-vite's build has them. .mjs: under node_modules a .js would not be ESM.
          rolldownOptions: {
            output: {
              format: 'es',
              entryFileNames: '[name].mjs',
              chunkFileNames: '[name]-[hash].mjs',
            },
          },
        },
      })
      const chunks =
        /** @type {{ type: string, isEntry: boolean, fileName: string, code: string }[]} */ (
          [output].flat()[0].output
        ).filter((chunk) => chunk.type === 'chunk')
      // Named by its content: test processes building it at once write the same bytes.
      const hash = createHash('sha256')
      for (const chunk of chunks) hash.update(chunk.fileName).update(chunk.code)
      const folder = join(CACHE, `${basename(entry, '.ts')}-${hash.digest('hex').slice(0, 12)}`)
      const file = join(folder, chunks.find((chunk) => chunk.isEntry)?.fileName ?? '')
      await mkdir(CACHE, { recursive: true })
      const temp = `${folder}.${process.pid}.tmp`
      await rm(temp, { recursive: true, force: true })
      await mkdir(temp)
      for (const chunk of chunks) await writeFile(join(temp, chunk.fileName), chunk.code)
      // Another process may have put the same folder in place first.
      await rename(temp, folder).catch(() => rm(temp, { recursive: true, force: true }))
      return `export default ${JSON.stringify(file)}`
    },
  }
}
