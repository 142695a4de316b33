import type { Contract, Handlers } from '../../shared/contract'
import type { NotebookContext } from '../context'
import { codebookHandlers } from './codebookHandlers'
import { coderHandlers } from './coderHandlers'
import { registryHandlers } from './registryHandlers'
import { registryMerges } from './registryMerges'

/** The speakers, the codebook and the coders: listed, saved, merged (and unmerged), deleted, shared as CSV. */
export function handlers(ctx: NotebookContext) {
  return {
    ...registryHandlers(ctx),
    ...registryMerges(ctx),
    ...codebookHandlers(ctx),
    ...coderHandlers(ctx),
  } satisfies Partial<Handlers<Contract>>
}
