import type { Editor } from '@tiptap/react'
import type { Statement } from '../../../src-main/shared/model'
import { newStatementId } from '../../editor/newStatementId'
import type { ArticleSession } from '../articles/useArticleSession'
import type { PlacedSuggestion } from './placeSuggestions'

/** Codes a suggestion's words as a statement of the speaker, its cue and mode taken over; its id. */
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
