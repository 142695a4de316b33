import { useCallback, useEffect, useRef, useState } from 'react'
import type { Position, Speaker, SpeakerKind } from '../../../src-main/shared/model'
import { api } from '../../api'
import { keepUnchanged } from './keepUnchanged'

/** The archive's speaker registry and position codebook, kept fresh when the archive changes. */
export function useRegistry() {
  const [speakers, setSpeakers] = useState<Speaker[]>([])
  const [positions, setPositions] = useState<Position[]>([])

  /** Counts the refreshes asked for: a list that answers after a newer one was asked is old. */
  const asked = useRef(0)

  const refresh = useCallback(async () => {
    const ask = ++asked.current
    const [nextSpeakers, nextPositions] = await Promise.all([
      api.listSpeakers(),
      api.listPositions(),
    ])
    if (ask !== asked.current) return
    setSpeakers((before) => keepUnchanged(before, nextSpeakers))
    setPositions((before) => keepUnchanged(before, nextPositions))
  }, [])

  useEffect(() => {
    void refresh()
    // Any change may have added a speaker or position (a script's addStatement creates them).
    return api.onChange(() => void refresh())
  }, [refresh])

  /** Without a kind, the speaker takes the one its name says ("Ukrinform news agency": media). */
  const createSpeaker = useCallback(async (name: string, kind?: SpeakerKind) => {
    const speaker = await api.saveSpeaker({ name, kind, aliases: [], notes: '' })
    setSpeakers((list) => [...list, speaker].sort((a, b) => a.name.localeCompare(b.name)))
    return speaker
  }, [])

  const createPosition = useCallback(async (label: string) => {
    const position = await api.savePosition({ label, description: '', color: '#6b7280' })
    setPositions((list) => [...list, position].sort((a, b) => a.label.localeCompare(b.label)))
    return position
  }, [])

  return { speakers, positions, createSpeaker, createPosition, refresh }
}

export type Registry = ReturnType<typeof useRegistry>
