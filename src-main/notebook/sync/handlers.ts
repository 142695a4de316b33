import type { Contract, Handlers } from '../../shared/contract'
import type { NotebookContext } from '../context'

/** The team archive over git (DESIGN.md §10): its remote, its state, a sync now. */
export function handlers({
  sync,
}: NotebookContext): Pick<Handlers<Contract>, 'getSync' | 'setSyncRemote' | 'syncNow'> {
  return {
    getSync: async () => {
      // What waits to go out counts the saves made before this start once they are looked for.
      await sync.looked()
      return sync.status()
    },
    setSyncRemote: (remote) => sync.setRemote(remote),
    syncNow: () => sync.syncNow(),
  }
}
