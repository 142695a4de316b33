import type { z } from 'zod'
import type { Contract, desktopContract } from './contract'
import type { Answer } from './errors'

type Operations = Record<string, { args: z.ZodTuple; result: z.ZodType }>

/** Each operation as the preload exposes it: it resolves to the answer, never throws it. */
type Answering<C extends Operations> = {
  [M in keyof C]: (...args: z.input<C[M]['args']>) => Promise<Answer<z.output<C[M]['result']>>>
}

/** What main pushes when the archive changes: the article, when one did. */
export interface ArchiveEvent {
  articleId?: string
}

/** How far a long export is: notes or files done of all, for a progress bar. */
export interface ProgressEvent {
  task: 'vault'
  done: number
  total: number
}

/** What the desktop app's menu asks the page to do. */
export type MenuCommand = 'import' | 'export-markdown' | 'backups'

/** `window.stancemark` in the desktop app: built by the preload from the contract, nothing else. */
export type StancemarkBridge = Answering<Contract> &
  Answering<typeof desktopContract> & {
    onEvent(listener: (event: ArchiveEvent) => void): () => void
    onProgress(listener: (event: ProgressEvent) => void): () => void
    onMenuCommand(listener: (command: MenuCommand) => void): () => void
  }
