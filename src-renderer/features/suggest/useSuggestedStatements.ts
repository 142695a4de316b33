import type { Editor } from '@tiptap/react'
import type { StatementSpan } from '../../../src-main/shared/statementSpans'
import type { ArticleSession } from '../articles/useArticleSession'
import { speakerKeyOf, useSuggestionActions } from './useSuggestionActions'
import { usePlacedSuggestions } from './usePlacedSuggestions'
import { useSuggestions } from './useSuggestions'
import { useSuggestionSpeakers } from './useSuggestionSpeakers'

interface SuggestedStatementsOptions {
  editor: Editor
  articleId: string
  session: ArticleSession
  spans: StatementSpan[]
  editing: boolean
  readOnly: boolean
  /** Opens the statement form on an accepted suggestion, focused on the position. */
  onOpenForm: (statementId: string) => void
  /** A sentence for the analyst when something could not be done. */
  onHint: (hint: string | undefined) => void
}

/**
 * The suggested statements of the open article: their underlines, the current one, and accepting
 * (speaker, cue and mode taken over), rejecting and moving between them by key or button.
 */
export function useSuggestedStatements(options: SuggestedStatementsOptions) {
  const { editor, articleId, session, spans, editing } = options
  const { suggestions, status, error, refresh, drop, remove } = useSuggestions(articleId)
  const placing = usePlacedSuggestions(editor, suggestions, spans, editing)
  const speakers = useSuggestionSpeakers(session, refresh, options.onHint)
  const { act, actRef } = useSuggestionActions({
    ...options,
    suggestions,
    remove,
    placing,
    speakers,
  })
  const { placed, index, focused } = placing

  return {
    placed,
    current: index,
    focused,
    status,
    error,
    act,
    /** For the editor's keys: the newest `act`, read when a key is pressed. */
    actRef,
    refresh,
    drop,
    learnSpeaker: speakers.learnSpeaker,
    speakerCount: focused
      ? placed.filter((p) => speakerKeyOf(p) === speakerKeyOf(focused)).length
      : 0,
  }
}

export type SuggestedStatements = ReturnType<typeof useSuggestedStatements>
