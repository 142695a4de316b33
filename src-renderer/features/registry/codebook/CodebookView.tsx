import { useMemo, useRef, useState } from 'react'
import { api } from '../../../api'
import { saveExportedFile } from '../../export/saveExportedFile'
import { FindInList } from '../FindInList'
import { useMergeNotice } from '../MergeNotice'
import { useAttempt } from '../useAttempt'
import { useStatementCounts } from '../useStatementCounts'
import { useRegistry } from '../RegistryProvider'
import { PositionEditor } from './PositionEditor'
import { codebookOutline, type OutlineNode } from '../../../../src-main/shared/codebookOutline'
import { findPositions } from './findPositions'
import { isMoveKey, keyboardMove, type Placement } from './keyboardMove'
import { counted } from '../../../ui/counted'

/** The position codebook as a tree: drag to reorder or re-parent, edit, merge, share as CSV. */
export function CodebookView() {
  const registry = useRegistry()
  const counts = useStatementCounts().byPosition
  const nodes = useMemo(() => codebookOutline(registry.positions), [registry.positions])
  const [selectedId, setSelectedId] = useState<string>()
  const [dragged, setDragged] = useState<string>()
  const [newLabel, setNewLabel] = useState('')
  const [query, setQuery] = useState('')
  // Back to the position that was merged, unless the analyst has gone on meanwhile.
  const mergeNotice = useMergeNotice((restoredId, keptId) =>
    setSelectedId((current) =>
      current === undefined || current === keptId ? restoredId : current,
    ),
  )
  const shown = useMemo(() => findPositions(nodes, query), [nodes, query])
  // Moving a position among some of its siblings would put it where the analyst cannot see.
  const finding = shown !== nodes
  const fileInput = useRef<HTMLInputElement>(null)
  const items = useRef(new Map<string, HTMLLIElement>())
  const selected = registry.positions.find((p) => p.id === selectedId)

  const { attempt, message } = useAttempt(registry.refresh)

  /** Moves are saved one after another; while more wait, the codebook the last one answered. */
  const moves = useRef({ queue: Promise.resolve<OutlineNode[] | undefined>(undefined), waiting: 0 })

  /**
   * Moves a position where `place` puts it in the codebook as it is when the move's turn comes:
   * as shown, or as the move before left it while that was being saved (two quick Alt+↓ presses
   * are two places down, not one).
   */
  const move = (id: string, place: (outline: OutlineNode[]) => Placement | undefined) => {
    const shown = nodes
    const line = moves.current
    line.waiting += 1
    line.queue = line.queue.then(async (before) => {
      let after = before
      await attempt(async () => {
        const placement = place(before ?? shown)
        if (!placement) return undefined
        const codebook = await api.movePosition(id, placement.parent, placement.index)
        after = codebookOutline(codebook)
        requestAnimationFrame(() => items.current.get(id)?.focus())
        return undefined
      })
      line.waiting -= 1
      return line.waiting > 0 ? after : undefined
    })
  }

  /** Puts the dragged position under `parent` at `index` among its siblings as they are shown. */
  const drop = (parent: string | null, index: number) => {
    const id = dragged
    setDragged(undefined)
    if (!id || id === parent) return
    const from = nodes.find((node) => node.position.id === id)
    // The service counts siblings without the moved one: a move down the same list is one less.
    const sameList = from && (from.position.parentId ?? null) === parent && from.index < index
    const at = sameList ? index - 1 : index
    move(id, () => ({ parent, index: at }))
  }

  /**
   * Arrows walk the tree; with Alt they move the position: up, down, into the one above, out
   * (not while finding: the positions around it may not be shown).
   */
  const onTreeKey = (event: React.KeyboardEvent, at: number) => {
    const { position } = shown[at]
    const key = event.key
    let handled = true
    if (event.altKey && isMoveKey(key)) {
      if (!finding) move(position.id, (outline) => keyboardMove(outline, position.id, key))
    } else if (!event.altKey && (key === 'ArrowUp' || key === 'ArrowDown')) {
      const next = shown[at + (key === 'ArrowUp' ? -1 : 1)]
      if (next) items.current.get(next.position.id)?.focus()
    } else if (key === 'Enter' || key === ' ') setSelectedId(position.id)
    else handled = false
    if (handled) event.preventDefault()
  }

  return (
    <div className="registry-view">
      <nav className="registry-list codebook" aria-label="Codebook">
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault()
            const typed = newLabel
            const label = typed.trim()
            if (!label) return
            const shown = selectedId
            void attempt(async () => {
              const position = await registry.createPosition(label)
              // Unless the analyst has gone on to another position or label while it was saved.
              setSelectedId((current) => (current === shown ? position.id : current))
              setNewLabel((current) => (current === typed ? '' : current))
              return `Added “${position.label}”.`
            })
          }}
        >
          <input
            aria-label="New position"
            placeholder="New position"
            value={newLabel}
            onChange={(e) => setNewLabel(e.currentTarget.value)}
          />
          <button type="submit">Add</button>
        </form>
        <div className="toolbar">
          <button
            type="button"
            onClick={() =>
              void attempt(
                async () => (await saveExportedFile(await api.exportCodebook())) ?? undefined,
              )
            }
          >
            Export CSV
          </button>
          <button type="button" onClick={() => fileInput.current?.click()}>
            Import CSV
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".csv,text/csv"
            hidden
            aria-label="Codebook CSV file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0]
              e.currentTarget.value = ''
              if (!file) return
              void attempt(async () => {
                const report = await api.importCodebook({ csv: await file.text() })
                const problems =
                  report.errors.length > 0 ? ` Not imported: ${report.errors.join(' ')}` : ''
                return `From “${file.name}”: ${report.added} added, ${report.updated} updated, ${report.skipped} unchanged.${problems}`
              })
            }}
          />
        </div>
        {message}
        <FindInList
          label="Find a position"
          placeholder="Find a position"
          query={query}
          onQuery={setQuery}
          count={
            finding
              ? `${shown.length.toLocaleString()} of ${counted(nodes.length, 'position', 'positions')} shown · clear the search to move them`
              : counted(nodes.length, 'position', 'positions')
          }
        />
        <ul className="position-tree" role="tree" aria-label="Positions">
          {shown.map(({ position, depth, index }, at) => (
            <li
              key={position.id}
              ref={(element) => {
                if (element) items.current.set(position.id, element)
                else items.current.delete(position.id)
              }}
              tabIndex={0}
              onKeyDown={(event) => onTreeKey(event, at)}
              role="treeitem"
              aria-level={depth + 1}
              aria-selected={position.id === selectedId}
              draggable={!finding}
              onDragStart={() => setDragged(position.id)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault()
                const box = e.currentTarget.getBoundingClientRect()
                const y = e.clientY - box.top
                // Top quarter: before it; bottom quarter: after it; middle: inside it.
                if (y < box.height / 4) drop(position.parentId ?? null, index)
                else if (y > (box.height * 3) / 4) drop(position.parentId ?? null, index + 1)
                else drop(position.id, Number.MAX_SAFE_INTEGER)
              }}
              style={{ paddingLeft: 8 + depth * 18 }}
              className={position.id === selectedId ? 'is-selected' : undefined}
              onClick={() => setSelectedId(position.id)}
            >
              <span className="swatch" style={{ background: position.color }} aria-hidden />
              <span className="position-label">{position.label}</span>
              <span className="count" title="Statements">
                {counts(position.id)?.toLocaleString()}
              </span>
            </li>
          ))}
        </ul>
        {finding && shown.length === 0 && (
          <p className="empty-hint">No position’s label or description holds “{query.trim()}”.</p>
        )}
      </nav>
      <main className="registry-detail">
        {mergeNotice.notice}
        {selected ? (
          <PositionEditor
            key={selected.id}
            position={selected}
            statementCount={counts(selected.id)}
            onDeleted={() => setSelectedId(undefined)}
            onMerged={(done) => {
              mergeNotice.merged(done)
              // The kept position opens in its place, unless the analyst has gone on meanwhile.
              const mergedId = selected.id
              setSelectedId((current) => (current === mergedId ? done.keptId : current))
            }}
          />
        ) : (
          <>
            <h1 className="visually-hidden">Codebook</h1>
            <p className="empty-hint">
              Choose a position to edit it. Drag positions to reorder them or drop one onto another
              to make it a sub-position; from the keyboard, Alt+↑/↓ moves one, Alt+→ puts it under
              the one above, Alt+← takes it out again.
            </p>
          </>
        )}
      </main>
    </div>
  )
}
