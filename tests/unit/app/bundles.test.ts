import { resolve } from 'node:path'
import { build, type Rolldown } from 'vite'
import { expect, test } from 'vitest'

/**
 * Our own modules reachable from an entry, bundled with every package left out but the
 * validation library: what the page would load of ours, and whether zod comes with it.
 */
async function ownCode(entry: string): Promise<{ modules: string[]; code: string }> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve(entry), formats: ['es'], fileName: 'entry' },
      rolldownOptions: {
        external: (id) => !id.startsWith('.') && !id.startsWith('/') && id !== 'zod',
      },
    },
  })
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[]
  const chunks = outputs.flatMap((o) => o.output).filter((o) => o.type === 'chunk')
  return {
    modules: chunks.flatMap((c) => c.moduleIds),
    code: chunks.map((c) => c.code).join('\n'),
  }
}

const usesZod = (modules: string[]) =>
  modules.filter((m) => m.includes('/node_modules/zod/') || m.endsWith('/shared/model.ts'))

// The renderer and the preload only call main, which validates every call: the schemas (and
// zod, ~95 KB of the renderer's bundle, ~220 KB of the preload's) stay in main.
test('the preload bridge carries the operation names, not their schemas', async () => {
  const { modules, code } = await ownCode('src-main/preload/index.ts')
  expect(usesZod(modules)).toEqual([])
  expect(code).toMatch(/["']restoreArchiveZipFromChosenFile["']/)
  expect(code.length).toBeLessThan(10_000)
})

test('the renderer bundles no schema of the model or the contract', async () => {
  const { modules } = await ownCode('src-renderer/main.tsx')
  expect(modules.some((m) => m.endsWith('/features/statements/StatementForm.tsx'))).toBe(true)
  expect(usesZod(modules)).toEqual([])
}, 60_000)
