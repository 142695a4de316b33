import { useRef } from 'react'
import { messageOf } from '../../../src-main/shared/errors'
import type { Statement } from '../../../src-main/shared/model'
import { nameKey } from '../../../src-main/shared/nameKey'
import { speakerFinder } from '../../../src-main/shared/speakerFinder'
import type { StatementSuggestion } from '../../../src-main/shared/suggestion'
import { api } from '../../api'
import type { ArticleSession } from '../articles/useArticleSession'
import { useRegistry } from '../registry/RegistryProvider'
import { learnedSpeaker } from './learnedSpeaker'

/** Where an accepted statement's speaker came from, to learn the name if the analyst changes it. */
interface Accepted {
  proposedName: string
  /** The suggestion named a speaker already in the registry: its name is not learned for another. */
  registered: boolean
  /** The speaker created on accepting, removed again when the analyst chose someone else. */
  createdSpeakerId?: string
}

export interface SuggestionSpeaker {
  id: string
  created: boolean
}

/**
 * The speakers of accepted suggestions: found in the registry or created once per name, and
 * learned from: a suggested name the analyst gave to someone else becomes that one's alias.
 */
export function useSuggestionSpeakers(
  session: ArticleSession,
  refreshSuggestions: () => Promise<void>,
  onHint: (hint: string) => void,
) {
  const registry = useRegistry()
  const accepted = useRef(new Map<string, Accepted>())
  /** Speakers created here, by name: the same name accepted again is the same speaker. */
  const created = useRef(new Map<string, string>())

  /** The registry speaker for a suggestion: by id, by name or alias, or created with its kind. */
  const speakerFor = async (s: StatementSuggestion): Promise<SuggestionSpeaker> => {
    if (s.speaker.id && registry.speakers.some((known) => known.id === s.speaker.id))
      return { id: s.speaker.id, created: false }
    const key = nameKey(s.speaker.name)
    const madeHere = created.current.get(key)
    if (madeHere) return { id: madeHere, created: true }
    const known = speakerFinder(registry.speakers)(s.speaker.name)
    if (known) return { id: known.id, created: false }
    const speaker = await registry
      .createSpeaker(s.speaker.name, s.speaker.kind)
      .catch(async (caught: unknown) => {
        const existing = speakerFinder(await api.listSpeakers())(s.speaker.name)
        if (existing) return existing
        throw caught
      })
    created.current.set(key, speaker.id)
    return { id: speaker.id, created: true }
  }

  /** Notes where the speaker of a statement just accepted came from. */
  const remember = (statementId: string, s: StatementSuggestion, speaker: SuggestionSpeaker) =>
    accepted.current.set(statementId, {
      proposedName: s.speaker.name,
      registered: Boolean(s.speaker.id),
      createdSpeakerId: speaker.created ? speaker.id : undefined,
    })

  /**
   * The analyst gave an accepted statement another speaker: the suggested name becomes that
   * speaker's alias, the speaker made on accepting goes again, and the suggestions follow.
   */
  const learnSpeaker = async (statement: Statement) => {
    const origin = accepted.current.get(statement.id)
    const chosenId = statement.speakerId
    if (!origin || origin.registered || !chosenId || chosenId === origin.createdSpeakerId) return
    accepted.current.set(statement.id, { ...origin, registered: true })
    try {
      await session.saveNow()
      if (origin.createdSpeakerId) {
        // Refused while other statements use it: then it stays.
        await api.deleteSpeaker(origin.createdSpeakerId).catch(() => undefined)
        created.current.delete(nameKey(origin.proposedName))
      }
      const chosen = (await api.listSpeakers()).find((s) => s.id === chosenId)
      const learned = chosen && learnedSpeaker(chosen, origin.proposedName)
      if (learned) await api.saveSpeaker(learned)
      await registry.refresh()
      await refreshSuggestions()
    } catch (caught) {
      onHint(messageOf(caught))
    }
  }

  return { speakerFor, remember, learnSpeaker }
}

export type SuggestionSpeakers = ReturnType<typeof useSuggestionSpeakers>
