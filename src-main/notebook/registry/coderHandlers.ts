import type { Contract, Handlers } from '../../shared/contract'
import { StancemarkError } from '../../shared/errors'
import type { NotebookContext } from '../context'

const notBuilt = () => {
  throw new StancemarkError('internal', 'not built yet')
}

/** The archive's coders, and who codes on this machine. */
export function coderHandlers(_ctx: NotebookContext) {
  return {
    listCoders: notBuilt,
    getCoder: notBuilt,
    saveCoder: notBuilt,
    switchCoder: notBuilt,
  } satisfies Partial<Handlers<Contract>>
}
