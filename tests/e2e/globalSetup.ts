import type { FullConfig } from '@playwright/test'
import { electronBinary } from '../../scripts/electronRuntime.mjs'

/** Says once, in one line, why the Electron project's specs are skipped on this machine. */
export default function globalSetup(config: FullConfig): void {
  const electronSelected = config.projects.some((project) => project.name === 'electron')
  if (electronSelected && !electronBinary()) {
    console.log(
      'Electron specs skipped: Electron’s runtime is not installed here (it cannot be downloaded); they run in Chromium instead.',
    )
  }
}
