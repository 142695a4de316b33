import { useCallback, useEffect, useMemo, useState } from 'react'
import type { AdjudicationDecision } from '../../../src-main/shared/contract'
import { messageOf } from '../../../src-main/shared/errors'
import { api } from '../../api'
import { useArchiveStatus } from '../../app/archiveStatus'
import { routeHash } from '../../app/routes'
import { FormError } from '../../ui/FormError'
import { CompareText } from './CompareText'
import { UnitDecisions } from './UnitDecisions'
import { UnitList } from './UnitList'
import { textSegments } from './textSegments'
import { useComparison } from './useComparison'
import { useCompareKeys } from './useCompareKeys'
import './compare.css'

/**
 * A double-coded article whose coders are all done: their statements over the text in their
 * colours, every unit with what they disagree on, and the consensus decided unit by unit.
 */
export function CompareView({ articleId }: { articleId: string }) {
  const { value: comparison, error, refresh } = useComparison(articleId)
  const { readOnly } = useArchiveStatus()
  const [current, setCurrent] = useState(0)
  const [editing, setEditing] = useState(false)
  const [decideError, setDecideError] = useState<string>()
  const units = useMemo(() => comparison?.units ?? [], [comparison])
  const coders = useMemo(() => comparison?.coders ?? [], [comparison])
  const segments = useMemo(
    () =>
      comparison
        ? textSegments(
            comparison.text.length,
            units,
            coders.map((c) => c.id),
          )
        : [],
    [comparison, units, coders],
  )
  const decided = useMemo(
    () => new Set(units.flatMap((u, i) => (u.consensus || u.dropped ? [i] : []))),
    [units],
  )
  const unit = units[Math.min(current, units.length - 1)]

  const select = useCallback((index: number) => {
    setEditing(false)
    setCurrent(index)
  }, [])

  const decide = async (decision: Omit<AdjudicationDecision, 'unitId'>, advance = true) => {
    if (!unit || readOnly) return
    try {
      await api.adjudicate(articleId, [{ unitId: unit.id, ...decision }])
      setDecideError(undefined)
      setEditing(false)
      await refresh()
      // On to the next unit still to decide after this one, if any.
      if (advance) {
        const next = units.findIndex((u, i) => i > current && !u.consensus && !u.dropped)
        if (next >= 0) setCurrent(next)
      }
    } catch (caught) {
      setDecideError(messageOf(caught))
    }
  }

  useCompareKeys({
    active: !editing && unit !== undefined,
    take: (coder) => {
      const chosen = coders[coder]
      if (chosen && unit?.statements.some((s) => s.coderId === chosen.id))
        void decide({ take: chosen.id })
    },
    edit: () => !readOnly && setEditing(true),
    drop: () => void decide({ drop: true }),
    move: (by) => select(Math.max(0, Math.min(units.length - 1, current + by))),
  })
  useEffect(() => {
    if (current >= units.length && units.length > 0) setCurrent(units.length - 1)
  }, [current, units.length])

  if (error && !comparison)
    return (
      <main className="compare" aria-label="Compare">
        <h1>Compare</h1>
        <p className="form-error" role="alert">
          {error}
        </p>
        <a href={routeHash({ view: 'articles', articleId })}>Back to the article</a>
      </main>
    )
  if (!comparison)
    return (
      <main className="compare" aria-label="Compare">
        <h1 className="visually-hidden">Compare</h1>
        <p className="loading">Comparing the coders’ statements…</p>
      </main>
    )

  const disagreeing = units.filter((u) => u.disagreements.length > 0).length
  return (
    <main className="compare" aria-label="Compare">
      <header className="compare-head">
        <h1>
          <span className="compare-kicker">Compare</span> {comparison.title || 'Untitled article'}
        </h1>
        <ul className="coder-legend" aria-label="Coders">
          {coders.map((coder, index) => (
            <li key={coder.id}>
              <span className="coder-swatch" style={{ background: coder.color }} aria-hidden />
              <kbd aria-hidden>{index + 1}</kbd> {coder.name}
            </li>
          ))}
        </ul>
        <p className="compare-progress" role="status">
          {units.length} units · {disagreeing} with disagreements · {decided.size} of {units.length}{' '}
          decided
          {comparison.coding?.adjudicated &&
            ' · adjudicated: the explorer and analysis read the consensus'}
        </p>
        <a href={routeHash({ view: 'articles', articleId })}>Open the article</a>
      </header>
      <div className="compare-body">
        <section className="compare-reading" aria-label="Text with each coder’s statements">
          <CompareText
            text={comparison.text}
            segments={segments}
            coders={coders}
            current={current}
            decided={decided}
            onSelect={select}
          />
        </section>
        <aside className="compare-side" aria-label="Adjudication">
          {unit ? (
            <UnitDecisions
              unit={unit}
              index={current}
              total={units.length}
              coders={coders}
              editing={editing}
              readOnly={readOnly}
              onDecide={(decision) => void decide(decision)}
              onEdit={setEditing}
            />
          ) : (
            <p className="empty-hint">No coder marked a statement in this article.</p>
          )}
          <FormError message={decideError} />
          <h2 className="unit-list-head">Units</h2>
          <UnitList units={units} coders={coders} current={current} onSelect={select} />
        </aside>
      </div>
    </main>
  )
}
