import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { useArchiveRegistry, type Registry } from './useArchiveRegistry'

const RegistryContext = createContext<Registry | undefined>(undefined)

/** The one registry of the window, for every view under it. */
export function RegistryProvider({ children }: { children: ReactNode }) {
  const { speakers, positions, createSpeaker, createPosition, refresh } = useArchiveRegistry()
  const registry = useMemo(
    () => ({ speakers, positions, createSpeaker, createPosition, refresh }),
    [speakers, positions, createSpeaker, createPosition, refresh],
  )
  return <RegistryContext.Provider value={registry}>{children}</RegistryContext.Provider>
}

/** The archive's speakers and positions, and the ways to add to them. */
export function useRegistry(): Registry {
  const registry = useContext(RegistryContext)
  if (!registry) throw new Error('useRegistry is used outside a RegistryProvider')
  return registry
}
