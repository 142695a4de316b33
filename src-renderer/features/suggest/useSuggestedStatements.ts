import type { Editor } from '@tiptap/react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { nameKey } from '../../../src-main/shared/nameKey'
import type { Statement } from '../../../src-main/shared/model'
import type { StatementSpan } from '../../../src-main/shared/statementSpans'
import type { StatementSuggestion } from '../../../src-main/shared/suggestion'
import { api } from '../../api'
import { newStatementId } from '../../editor/newStatementId'
import { statementViewKey } from '../../editor/statementView'
import { suggestionViewKey, type SuggestionAction } from '../../editor/suggestionView'
import type { ArticleSession } from '../articles/useArticleSession'
import type { Registry } from '../registry/useRegistry'
import { learnedSpeaker } from './learnedSpeaker'
import { placeSuggestions, suggestionTitle, type PlacedSuggestion } from './placeSuggestions'
import { scrollIntoClearView } from './scrollIntoClearView'
import { speakerFinder } from '../../../src-main/shared/speakerFinder'
import { suggestedSpeaker } from './suggestedSpeaker'
import { suggestionKeyAction } from './suggestionKeyAction'
import { useSuggestions } from './useSuggestions'
import { messageOf } from '../../../src-main/shared/errors'

interface SuggestedStatementsOptions {
  editor: Editor
  articleId: string
  session: ArticleSession
  registry: Registry
  spans: StatementSpan[]
  editing: boolean
  readOnly: boolean
  /** Opens the statement form on an accepted suggestion, focused on the position. */
  onOpenForm: (statementId: string) => void
  /** A sentence for the analyst when something could not be done. */
  onHint: (hint: string | undefined) => void
}

/** Where an accepted statement's speaker came from, to learn the name if the analyst changes it. */
interface Accepted {
  proposedName: string
  /** The suggestion named a speaker already in the registry: its name is not learned for another. */
  registered: boolean
  /** The speaker created on accepting, removed again when the analyst chose someone else. */
  createdSpeakerId?: string
}

const WORDS_GONE =
  'The words of a suggestion changed while it was being accepted, so it was not coded: mark them yourself.'

/** Which speaker a suggestion is for, to accept all of theirs at once. */
const speakerKeyOf = (p: PlacedSuggestion): string =>
  p.speaker.id ?? `new:${nameKey(p.speaker.name)}`

/**
 * The suggested statements of the open article: their underlines, the current one, and accepting
 * (speaker, cue and mode taken over), rejecting and moving between them by key or button.
 */
export function useSuggestedStatements(options: SuggestedStatementsOptions) {
  const { editor, articleId, session, registry, spans, editing, readOnly } = options
  const { suggestions, status, error, refresh, drop, remove } = useSuggestions(articleId)
  const [current, setCurrent] = useState(0)
  const accepted = useRef(new Map<string, Accepted>())
  const created = useRef(new Map<string, string>())
  /**
   * Accepts and rejects run one after another, each on the suggestion in focus when its turn
   * comes: a key pressed again while one is under way (a new speaker being saved) acts on the next
   * suggestion rather than being lost or coding the same words twice.
   */
  const queue = useRef<Promise<void>>(Promise.resolve())
  /** Suggestions accepted or rejected, until the list without them is drawn. */
  const handled = useRef(new Set<StatementSuggestion>())

  const where = useMemo(
    () =>
      editing
        ? []
        : placeSuggestions(
            editor.state.doc,
            suggestions,
            spans,
            statementViewKey.getState(editor.state)?.plain,
          ),
    // spans change whenever the document does.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
    [editor, suggestions, spans, editing],
  )
  // A speaker made on accepting one suggestion is the speaker of the others by that name.
  const placed = useMemo(() => {
    const byName = speakerFinder(registry.speakers)
    return where.map((p) => ({
      ...p,
      speaker: suggestedSpeaker(p.suggestion, registry.speakers, byName),
    }))
  }, [where, registry.speakers])
  const index = Math.min(current, Math.max(placed.length - 1, 0))
  const focused: PlacedSuggestion | undefined = placed[index]
  /** The list as last drawn, for the accepts and rejects waiting their turn. */
  const drawn = useRef({ placed, index })

  useEffect(() => {
    if (editor.isDestroyed) return
    const look = {
      suggestions: placed.map((p) => ({
        from: p.from,
        to: p.to,
        title: suggestionTitle({ ...p.suggestion, speaker: p.speaker }),
      })),
      current: placed.length > 0 ? index : undefined,
    }
    editor.view.dispatch(editor.state.tr.setMeta(suggestionViewKey, look))
  }, [editor, placed, index])

  /** The suggestion brought into view clear of the toolbar above the text and the bar below it. */
  const scrollTo = (at: number) => {
    const element = editor.view.dom.querySelector(`[data-suggestion="${at}"]`)
    const column = editor.view.dom.closest('.reading-column')
    if (element)
      scrollIntoClearView(element, {
        above: column?.querySelector('.article-controls'),
        below: column?.querySelector('.suggestion-bar'),
      })
  }
  /** From the suggestion last moved to: a second J before the list is redrawn goes on from there. */
  const move = (step: number) => {
    const { placed: list, index: from } = drawn.current
    if (list.length === 0) return
    const next = (from + step + list.length) % list.length
    drawn.current = { placed: list, index: next }
    setCurrent(next)
    requestAnimationFrame(() => scrollTo(next))
  }

  /** The registry speaker for a suggestion: by id, by name or alias, or created with its kind. */
  const speakerFor = async (s: StatementSuggestion): Promise<{ id: string; created: boolean }> => {
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

  const mark = (p: PlacedSuggestion, speaker: { id: string; created: boolean }): string => {
    const id = newStatementId()
    const now = new Date().toISOString()
    const statement: Statement = {
      id,
      speakerId: speaker.id,
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
    accepted.current.set(id, {
      proposedName: p.suggestion.speaker.name,
      registered: Boolean(p.suggestion.speaker.id),
      createdSpeakerId: speaker.created ? speaker.id : undefined,
    })
    return id
  }

  /** The suggestion the keys act on now, leaving out those handled since the list was drawn. */
  const inFocus = (): { focused?: PlacedSuggestion; at: number; live: PlacedSuggestion[] } => {
    const { placed, index } = drawn.current
    const live = placed.filter((p) => !handled.current.has(p.suggestion))
    const before = placed.slice(0, index).filter((p) => handled.current.has(p.suggestion)).length
    const at = Math.max(Math.min(index - before, live.length - 1), 0)
    return { focused: live[at], at, live }
  }

  const attempt = (work: () => Promise<void>) => {
    if (readOnly) {
      options.onHint('This archive is read-only here: suggestions cannot be accepted or rejected.')
      return
    }
    queue.current = queue.current.then(async () => {
      try {
        options.onHint(undefined)
        await work()
      } catch (caught) {
        options.onHint(messageOf(caught))
      }
    })
  }

  const removeHandled = (done: StatementSuggestion[]) => {
    for (const s of done) handled.current.add(s)
    remove(done)
  }

  /** Where a suggestion's words are now: the text may have changed while its speaker was saved. */
  const placedNow = (p: PlacedSuggestion): PlacedSuggestion | undefined => {
    const view = statementViewKey.getState(editor.state)
    return placeSuggestions(editor.state.doc, [p.suggestion], view?.spans ?? [], view?.plain)[0]
  }

  const accept = (openForm: boolean) =>
    attempt(async () => {
      const { focused, at } = inFocus()
      if (!focused) return
      const speaker = await speakerFor(focused.suggestion)
      const now = placedNow(focused)
      removeHandled([focused.suggestion])
      if (!now) return options.onHint(WORDS_GONE)
      const id = mark(now, speaker)
      if (openForm) options.onOpenForm(id)
      else requestAnimationFrame(() => scrollTo(at))
    })

  const acceptSpeaker = () =>
    attempt(async () => {
      const { focused, live } = inFocus()
      if (!focused) return
      const key = speakerKeyOf(focused)
      const theirs = live.filter((p) => speakerKeyOf(p) === key)
      const speaker = await speakerFor(focused.suggestion)
      const now = theirs.flatMap((p) => placedNow(p) ?? [])
      for (const p of now) mark(p, speaker)
      removeHandled(theirs.map((p) => p.suggestion))
      if (now.length < theirs.length) options.onHint(WORDS_GONE)
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
        .catch((caught: unknown) => options.onHint(messageOf(caught)))
    })

  const act = (action: SuggestionAction): boolean => {
    if (placed.length === 0) return false
    if (action === 'next') move(1)
    else if (action === 'previous') move(-1)
    else if (action === 'accept') void accept(true)
    else if (action === 'accept-as-is') void accept(false)
    else if (action === 'reject') void reject()
    else void acceptSpeaker()
    return true
  }
  const actRef = useRef(act)
  useEffect(() => {
    actRef.current = act
    drawn.current = { placed, index }
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
      await refresh()
    } catch (caught) {
      options.onHint(messageOf(caught))
    }
  }

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
    learnSpeaker,
    speakerCount: focused
      ? placed.filter((p) => speakerKeyOf(p) === speakerKeyOf(focused)).length
      : 0,
  }
}

export type SuggestedStatements = ReturnType<typeof useSuggestedStatements>
