import { useCallback } from 'react'
import type { Coder } from '../../../src-main/shared/model'
import { api } from '../../api'
import { useArchiveQuery } from '../../app/useArchiveQuery'
import { keepUnchanged } from '../registry/keepUnchanged'

interface Coders {
  coders: Coder[]
  /** Who is coding on this machine. */
  coder?: Coder
}

const loadCoders = async (): Promise<Coders> => {
  const [coders, coder] = await Promise.all([api.listCoders(), api.getCoder()])
  return { coders, coder }
}

const sameCoder = (a?: Coder, b?: Coder) =>
  a?.id === b?.id && a?.name === b?.name && a?.color === b?.color

/** Every change asks anew: what says the same stays the same object. */
const keepCoders = (shown: Coders | undefined, answer: Coders): Coders => ({
  coders: keepUnchanged(shown?.coders ?? [], answer.coders),
  coder: sameCoder(shown?.coder, answer.coder) ? shown?.coder : answer.coder,
})

const NONE: Coders = { coders: [] }
const byName = (a: Coder, b: Coder) => a.name.localeCompare(b.name)

/**
 * The archive's coders and who codes on this machine, kept fresh as the archive changes; part of
 * the registry RegistryProvider gives to views.
 */
export function useArchiveCoders() {
  const query = useArchiveQuery(loadCoders, { keep: keepCoders })
  const { update } = query
  const { coders, coder } = query.value ?? NONE

  /** A new coder (no id), or one renamed or recoloured. */
  const saveCoder = useCallback(
    async (change: { id?: string; name: string; color?: string }) => {
      const saved = await api.saveCoder(change)
      update((shown = NONE) => ({
        coders: [...shown.coders.filter((c) => c.id !== saved.id), saved].sort(byName),
        coder: shown.coder?.id === saved.id ? saved : shown.coder,
      }))
      return saved
    },
    [update],
  )

  /** Who codes on this machine from now on. */
  const switchCoder = useCallback(
    async (id: string) => {
      const now = await api.switchCoder(id)
      update((shown = NONE) => ({ ...shown, coder: now }))
      return now
    },
    [update],
  )

  return { coders, coder, saveCoder, switchCoder }
}
