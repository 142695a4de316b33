import { memo, useEffect, useRef } from 'react'
import type { ComparedUnit } from '../../../src-main/shared/coding'
import type { Coder } from '../../../src-main/shared/model'
import { disagreementLine } from './disagreementLabels'

interface UnitListProps {
  units: ComparedUnit[]
  coders: Coder[]
  current: number
  onSelect: (unit: number) => void
}

/** Every unit in reading order, what its coders disagree on and whether it is decided; each goes to its place. */
export const UnitList = memo(function UnitList({
  units,
  coders,
  current,
  onSelect,
}: UnitListProps) {
  const list = useRef<HTMLOListElement>(null)
  useEffect(() => {
    list.current
      ?.querySelector(`[data-index="${current}"]`)
      ?.scrollIntoView({ block: 'nearest', behavior: 'auto' })
  }, [current])
  return (
    <ol className="unit-list" ref={list} aria-label="Units">
      {units.map((unit, index) => {
        const quote = unit.statements[0]?.quote ?? ''
        const decided = unit.dropped ? 'dropped' : unit.consensus ? 'decided' : 'to decide'
        return (
          <li key={unit.id} data-index={index}>
            <button
              type="button"
              className={`unit-item${index === current ? ' is-current' : ''}${unit.disagreements.length ? ' has-disagreement' : ''}`}
              aria-current={index === current ? 'true' : undefined}
              onClick={() => onSelect(index)}
            >
              <span className="unit-line">
                <span className="unit-disagreement">
                  {disagreementLine(unit.disagreements)}
                  {unit.disagreements.includes('one-coder') &&
                    `: ${coders.find((c) => c.id === unit.statements[0]?.coderId)?.name ?? ''}`}
                </span>
                <span className={`unit-decided is-${decided.replace(' ', '-')}`}>{decided}</span>
              </span>
              <span className="unit-quote-line">
                “{quote.length > 90 ? `${quote.slice(0, 90)}…` : quote}”
              </span>
            </button>
          </li>
        )
      })}
    </ol>
  )
})
