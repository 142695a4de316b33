import type { Editor } from '@tiptap/react'
import type { Statement } from '../../../src-main/shared/model'
import { newStatementId } from '../../editor/newStatementId'
import type { ArticleSession } from '../articles/useArticleSession'
import type { PlacedSuggestion } from './placeSuggestions'

/**
 * Codes a suggestion's words as a statement of the speaker, its cue and mode taken over, and the
 * suggestion kept on it (the archive tells from it whether the analyst corrects it); its id.
 */
export function markSuggestion(
  editor: Editor,
  session: ArticleSession,
  p: PlacedSuggestion,
  speakerId: string,
): string {
  const id = newStatementId()
  const now = new Date().toISOString()
  const statement: Statement = {
    id,
    speakerId,
    cue: p.suggestion.cue || undefined,
    mode: p.suggestion.mode,
    suggested: {
      start: p.start,
      end: p.end,
      exact: p.suggestion.anchor.exact,
      speakerId,
      speakerName: p.suggestion.speaker.name,
      confidence: p.suggestion.confidence,
    },
    tags: [],
    note: '',
    createdAt: now,
    updatedAt: now,
  }
  session.putStatement(statement)
  editor.chain().setTextSelection({ from: p.from, to: p.to }).setStatement(id).run()
  editor.commands.setTextSelection(p.to)
  return id
}
