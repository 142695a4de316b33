import { useCallback, useEffect, useState } from 'react'
import type { SyncRemoteInput, SyncStatus } from '../../../src-main/shared/sync'
import { api } from '../../api'
import { useArchiveQuery } from '../../app/useArchiveQuery'

/** How often the state is asked again while a window is open (a sync may run by itself). */
const ASK_EVERY_MS = 20_000

/** Every place showing the sync's state hears when one of them changed it. */
const heard = new EventTarget()
const tellOthers = () => heard.dispatchEvent(new Event('sync'))

export interface TeamSync {
  status: SyncStatus | undefined
  /** A sync or a change of remote asked from this window is under way. */
  busy: boolean
  syncNow: () => Promise<void>
  setRemote: (remote: SyncRemoteInput | null) => Promise<SyncStatus>
}

/** The team archive's sync: its state, kept fresh, and what a person can do with it. */
export function useTeamSync(): TeamSync {
  const query = useArchiveQuery(useCallback(() => api.getSync(), []))
  const { refresh } = query
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    const timer = setInterval(() => void refresh(), ASK_EVERY_MS)
    const onHeard = () => void refresh()
    heard.addEventListener('sync', onHeard)
    return () => {
      clearInterval(timer)
      heard.removeEventListener('sync', onHeard)
    }
  }, [refresh])

  const during = useCallback(async <T>(work: () => Promise<T>): Promise<T> => {
    setBusy(true)
    tellOthers()
    try {
      return await work()
    } finally {
      setBusy(false)
      tellOthers()
    }
  }, [])
  const syncNow = useCallback(async () => {
    await during(() => api.syncNow())
  }, [during])
  const setRemote = useCallback(
    (remote: SyncRemoteInput | null) => during(() => api.setSyncRemote(remote)),
    [during],
  )
  const status = query.value && busy ? { ...query.value, state: 'syncing' as const } : query.value
  return { status, busy, syncNow, setRemote }
}

/** The time now, moved on every half minute: "synced 2 min ago" stays true as minutes pass. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000)
    return () => clearInterval(timer)
  }, [])
  return now
}
