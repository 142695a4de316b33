import type { Contract, Handlers } from '../../shared/contract'
import { StancemarkError } from '../../shared/errors'
import type { NotebookContext } from '../context'

const notBuilt = () => {
  throw new StancemarkError('internal', 'not built yet')
}

/** Double coding: assigning articles, marking them done, comparing, measuring, adjudicating. */
export function handlers(_ctx: NotebookContext) {
  return {
    assignCoding: notBuilt,
    setCodingDone: notBuilt,
    getComparison: notBuilt,
    agreement: notBuilt,
    exportAgreement: notBuilt,
    adjudicate: notBuilt,
  } satisfies Partial<Handlers<Contract>>
}
