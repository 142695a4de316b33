import { createContext, useContext } from 'react'

/** What the whole window needs to know about the open archive. */
export interface ArchiveStatus {
  /** Another Stancemark has the archive: everything can be read here, nothing changed. */
  readOnly: boolean
  /** Who has it, in the analyst's words; shown where a change is refused. */
  readOnlyMessage?: string
}

export const ArchiveStatusContext = createContext<ArchiveStatus>({ readOnly: false })

export const useArchiveStatus = (): ArchiveStatus => useContext(ArchiveStatusContext)
