import type { Editor } from '@tiptap/react'
import { useCallback, useState, type ReactElement } from 'react'
import type { Speaker, Statement } from '../../../src-main/shared/model'
import {
  statementViewKey,
  type StatementViewOptions,
  type TextPoint,
} from '../../editor/statementView'
import { StatementChooser } from './StatementChooser'

interface OpenStatementsOptions {
  editor: Editor
  statements: Record<string, Statement>
  speakers: Speaker[]
  /** Opens one statement in the form; `focus` when asked from the keyboard, to go on coding there. */
  onSelect: (selected: { id: string; focus: boolean }) => void
  onHint: (hint: string | undefined) => void
}

/** How a statement's words begin, to tell it from others on the same words. */
const beginning = (quote: string) =>
  quote.length <= 60 ? quote : `${quote.slice(0, quote.lastIndexOf(' ', 60) + 1 || 60).trimEnd()}…`

/**
 * Opening the statements on the words clicked, or at the caret with E: one opens in the form; where
 * statements share the words, a chooser lists them (who, and how the words begin) to pick one.
 */
export function useOpenStatements(options: OpenStatementsOptions): {
  open: StatementViewOptions['onOpen']
  chooser: ReactElement | null
} {
  const { editor, statements, speakers, onSelect, onHint } = options
  const [choosing, setChoosing] = useState<{ ids: string[]; at: TextPoint; focus: boolean }>()

  const open: StatementViewOptions['onOpen'] = (ids, at, by) => {
    const known = ids.filter((id) => Object.hasOwn(statements, id))
    if (by === 'key')
      onHint(
        known.length === 0
          ? 'There is no statement at the caret: select words and press M to mark one.'
          : undefined,
      )
    if (known.length === 1) onSelect({ id: known[0], focus: by === 'key' })
    else if (known.length > 1) setChoosing({ ids: known, at, focus: by === 'key' })
  }

  const close = useCallback(
    (back: boolean) => {
      setChoosing(undefined)
      if (back) editor.view.focus()
    },
    [editor],
  )

  if (!choosing) return { open, chooser: null }
  const names = new Map(speakers.map((s) => [s.id, s.name]))
  const spans = statementViewKey.getState(editor.state)?.spans ?? []
  const choices = choosing.ids.map((id) => {
    const speakerId = statements[id]?.speakerId
    return {
      id,
      speaker: (speakerId && names.get(speakerId)) || 'Speaker not set',
      quote: beginning(spans.find((s) => s.id === id)?.quote ?? ''),
    }
  })
  const chooser = (
    <StatementChooser
      choices={choices}
      at={choosing.at}
      onChoose={(id) => {
        setChoosing(undefined)
        onSelect({ id, focus: choosing.focus })
        // Chosen with the mouse, the keyboard stays in the text, as after a click on a statement.
        if (!choosing.focus) editor.view.focus()
      }}
      onClose={close}
    />
  )
  return { open, chooser }
}
