import { useCallback } from 'react'
import type { Position, Speaker, SpeakerKind } from '../../../src-main/shared/model'
import { api } from '../../api'
import { useArchiveQuery } from '../../app/useArchiveQuery'
import { keepUnchanged } from './keepUnchanged'

interface Lists {
  speakers: Speaker[]
  positions: Position[]
}

const loadLists = async (): Promise<Lists> => {
  const [speakers, positions] = await Promise.all([api.listSpeakers(), api.listPositions()])
  return { speakers, positions }
}

/** Every save asks for the registry anew: what says the same stays the same object. */
const keepLists = (shown: Lists | undefined, answer: Lists): Lists => ({
  speakers: keepUnchanged(shown?.speakers ?? [], answer.speakers),
  positions: keepUnchanged(shown?.positions ?? [], answer.positions),
})

const NONE: Lists = { speakers: [], positions: [] }

/**
 * The archive's speaker registry and position codebook, kept fresh when the archive changes (a
 * script's addStatement may create either); one for the window, given to views by RegistryProvider.
 */
export function useArchiveRegistry() {
  const lists = useArchiveQuery(loadLists, { keep: keepLists })
  const { update } = lists
  const { speakers, positions } = lists.value ?? NONE

  /** Without a kind, the speaker takes the one its name says ("Ukrinform news agency": media). */
  const createSpeaker = useCallback(
    async (name: string, kind?: SpeakerKind) => {
      const speaker = await api.saveSpeaker({ name, kind, aliases: [], notes: '' })
      update((shown = NONE) => ({
        ...shown,
        speakers: [...shown.speakers, speaker].sort((a, b) => a.name.localeCompare(b.name)),
      }))
      return speaker
    },
    [update],
  )

  const createPosition = useCallback(
    async (label: string) => {
      const position = await api.savePosition({ label, description: '', color: '#6b7280' })
      update((shown = NONE) => ({
        ...shown,
        positions: [...shown.positions, position].sort((a, b) => a.label.localeCompare(b.label)),
      }))
      return position
    },
    [update],
  )

  return { speakers, positions, createSpeaker, createPosition, refresh: lists.refresh }
}

export type Registry = ReturnType<typeof useArchiveRegistry>
