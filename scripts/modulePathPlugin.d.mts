import type { Plugin } from 'vite'

/** Bundles `x` of `import path from './x?modulePath'` for a worker thread; the import gives its path. */
export function modulePathPlugin(): Plugin
