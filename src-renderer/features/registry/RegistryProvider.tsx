import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { useArchiveCoders } from '../coders/useArchiveCoders'
import { useArchiveRegistry } from './useArchiveRegistry'

export type Registry = ReturnType<typeof useArchiveRegistry> & ReturnType<typeof useArchiveCoders>

const RegistryContext = createContext<Registry | undefined>(undefined)

/** The one registry of the window, for every view under it. */
export function RegistryProvider({ children }: { children: ReactNode }) {
  const { speakers, positions, createSpeaker, createPosition, refresh } = useArchiveRegistry()
  const { coders, coder, saveCoder, switchCoder } = useArchiveCoders()
  const registry = useMemo(
    () => ({
      speakers,
      positions,
      coders,
      coder,
      createSpeaker,
      createPosition,
      saveCoder,
      switchCoder,
      refresh,
    }),
    [
      speakers,
      positions,
      coders,
      coder,
      createSpeaker,
      createPosition,
      saveCoder,
      switchCoder,
      refresh,
    ],
  )
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>
}

/** The archive's speakers, positions and coders (who codes here), and the ways to add to them. */
export function useRegistry(): Registry {
  const registry = useContext(RegistryContext)
  if (!registry) throw new Error('useRegistry is used outside a RegistryProvider')
  return registry
}
