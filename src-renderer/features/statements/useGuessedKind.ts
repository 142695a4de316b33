import { useEffect, useState } from 'react'
import type { SpeakerKind } from '../../../src-main/shared/model'
import { api } from '../../api'

/** The kind a new speaker of the name being typed would get, as the archive guesses it. */
export function useGuessedKind(name: string): SpeakerKind {
  const [kind, setKind] = useState<SpeakerKind>('person')
  useEffect(() => {
    if (!name.trim()) return
    let current = true
    api
      .guessSpeakerKind(name.trim())
      .then((guessed) => current && setKind(guessed))
      // Only a default for a select the analyst can change: a failed guess leaves the last one.
      .catch(() => undefined)
    return () => {
      current = false
    }
  }, [name])
  return kind
}
