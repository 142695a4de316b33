import type { Editor } from '@tiptap/react'
import { useEffect, useRef } from 'react'
import { messageOf } from '../../../src-main/shared/errors'
import { nameKey } from '../../../src-main/shared/nameKey'
import type { StatementSuggestion } from '../../../src-main/shared/suggestion'
import { api } from '../../api'
import { statementViewKey } from '../../editor/statementView'
import type { SuggestionAction } from '../../editor/suggestionView'
import type { ArticleSession } from '../articles/useArticleSession'
import { markSuggestion } from './markSuggestion'
import { placeSuggestions, type PlacedSuggestion } from './placeSuggestions'
import { suggestionKeyAction } from './suggestionKeyAction'
import type { PlacedSuggestions } from './usePlacedSuggestions'
import type { SuggestionSpeakers } from './useSuggestionSpeakers'

const WORDS_GONE =
  'The words of a suggestion changed while it was being accepted, so it was not coded: mark them yourself.'

/** Which speaker a suggestion is for, to accept all of theirs at once. */
export const speakerKeyOf = (p: PlacedSuggestion): string =>
  p.speaker.id ?? `new:${nameKey(p.speaker.name)}`

interface SuggestionActionsOptions {
  editor: Editor
  articleId: string
  session: ArticleSession
  readOnly: boolean
  suggestions: StatementSuggestion[]
  /** Takes suggestions handled off the list. */
  remove: (gone: readonly StatementSuggestion[]) => void
  placing: PlacedSuggestions
  speakers: SuggestionSpeakers
  onOpenForm: (statementId: string) => void
  onHint: (hint: string | undefined) => void
}

/**
 * Accepting, rejecting and moving between suggestions, by key or button. They run one after
 * another, each on the suggestion in focus when its turn comes: a key pressed again while one is
 * under way (a new speaker being saved) acts on the next rather than being lost or coding twice.
 */
export function useSuggestionActions(options: SuggestionActionsOptions) {
  const { editor, articleId, session, readOnly, suggestions, placing, speakers, onHint } = options
  const queue = useRef<Promise<void>>(Promise.resolve())
  /** Suggestions accepted or rejected, until the list without them is drawn. */
  const handled = useRef(new Set<StatementSuggestion>())

  /** The suggestion the keys act on now, leaving out those handled since the list was drawn. */
  const inFocus = (): { focused?: PlacedSuggestion; at: number; live: PlacedSuggestion[] } => {
    const { placed, index } = placing.drawn.current
    const live = placed.filter((p) => !handled.current.has(p.suggestion))
    const before = placed.slice(0, index).filter((p) => handled.current.has(p.suggestion)).length
    const at = Math.max(Math.min(index - before, live.length - 1), 0)
    return { focused: live[at], at, live }
  }

  const attempt = (work: () => Promise<void>) => {
    if (readOnly) {
      onHint('This archive is read-only here: suggestions cannot be accepted or rejected.')
      return
    }
    queue.current = queue.current.then(async () => {
      try {
        onHint(undefined)
        await work()
      } catch (caught) {
        onHint(messageOf(caught))
      }
    })
  }

  const removeHandled = (done: StatementSuggestion[]) => {
    for (const s of done) handled.current.add(s)
    options.remove(done)
  }

  /** Where a suggestion's words are now: the text may have changed while its speaker was saved. */
  const placedNow = (p: PlacedSuggestion): PlacedSuggestion | undefined => {
    const view = statementViewKey.getState(editor.state)
    return placeSuggestions(editor.state.doc, [p.suggestion], view?.spans ?? [], view?.plain)[0]
  }

  const mark = (p: PlacedSuggestion, speaker: { id: string; created: boolean }) => {
    const id = markSuggestion(editor, session, p, speaker.id)
    speakers.remember(id, p.suggestion, speaker)
    return id
  }

  const accept = (openForm: boolean) =>
    attempt(async () => {
      const { focused, at } = inFocus()
      if (!focused) return
      const speaker = await speakers.speakerFor(focused.suggestion)
      const now = placedNow(focused)
      removeHandled([focused.suggestion])
      if (!now) return onHint(WORDS_GONE)
      const id = mark(now, speaker)
      if (openForm) options.onOpenForm(id)
      else requestAnimationFrame(() => placing.scrollTo(at))
    })

  const acceptSpeaker = () =>
    attempt(async () => {
      const { focused, live } = inFocus()
      if (!focused) return
      const key = speakerKeyOf(focused)
      const theirs = live.filter((p) => speakerKeyOf(p) === key)
      const speaker = await speakers.speakerFor(focused.suggestion)
      const now = theirs.flatMap((p) => placedNow(p) ?? [])
      for (const p of now) mark(p, speaker)
      removeHandled(theirs.map((p) => p.suggestion))
      if (now.length < theirs.length) onHint(WORDS_GONE)
    })

  const reject = () =>
    attempt(async () => {
      const { focused } = inFocus()
      if (!focused) return
      const { suggestion, start, end } = focused
      removeHandled([suggestion])
      // Recorded in the background, between saves: the next key acts at once rather than being lost.
      void session
        .besideSaves(() =>
          api.rejectSuggestion(articleId, { exact: suggestion.anchor.exact, start, end }),
        )
        .catch((caught: unknown) => onHint(messageOf(caught)))
    })

  const act = (action: SuggestionAction): boolean => {
    if (placing.placed.length === 0) return false
    if (action === 'next') placing.move(1)
    else if (action === 'previous') placing.move(-1)
    else if (action === 'accept') void accept(true)
    else if (action === 'accept-as-is') void accept(false)
    else if (action === 'reject') void reject()
    else void acceptSpeaker()
    return true
  }
  const actRef = useRef(act)
  useEffect(() => {
    actRef.current = act
    for (const s of handled.current) if (!suggestions.includes(s)) handled.current.delete(s)
  })

  // Keys pressed outside the text (after a click on the page or the suggestions bar) act too.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || editor.storage.readMostly.editing) return
      const action = suggestionKeyAction(event)
      if (action && actRef.current(action)) event.preventDefault()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [editor])

  return { act, actRef }
}
