/**
 * `import path from './x?modulePath'`: x bundled as a file of its own, for a worker thread to run
 * (electron-vite in the build; scripts/modulePathPlugin.mjs under Vitest and the bench).
 */
declare module '*?modulePath' {
  const path: string
  export default path
}
