import { memo, useEffect, useRef } from 'react'
import type { Coder } from '../../../src-main/shared/model'
import type { TextSegment } from './textSegments'

interface CompareTextProps {
  text: string
  segments: TextSegment[]
  coders: Coder[]
  /** The unit being decided: its words are tinted and kept in view. */
  current: number
  /** Units decided: drawn quieter, so what is left stands out. */
  decided: ReadonlySet<number>
  onSelect: (unit: number) => void
}

/** Height of one coder's band under the words, in pixels. */
const BAND = 3

/** The article's text with each coder's statements as a band of their colour under the words. */
export const CompareText = memo(function CompareText({
  text,
  segments,
  coders,
  current,
  decided,
  onSelect,
}: CompareTextProps) {
  const root = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const first = root.current?.querySelector(`[data-unit~="${current}"]`)
    first?.scrollIntoView({ block: 'center', behavior: 'auto' })
  }, [current])

  return (
    <div className="compare-text" ref={root}>
      {segments.map((segment) => {
        const words = text.slice(segment.start, segment.end)
        if (segment.marks.length === 0) return <span key={segment.start}>{words}</span>
        const units = [...new Set(segment.marks.map((m) => m.unit))]
        const isCurrent = units.includes(current)
        const bands = segment.marks.map(({ coder }) => {
          const color = coders[coder]?.color ?? '#888'
          return {
            image: `linear-gradient(${color}, ${color})`,
            position: `0 calc(100% - ${coder * BAND}px)`,
          }
        })
        return (
          <span
            key={segment.start}
            data-unit={units.join(' ')}
            className={`compare-mark${isCurrent ? ' is-current' : ''}${units.every((u) => decided.has(u)) ? ' is-decided' : ''}`}
            style={{
              backgroundImage: bands.map((b) => b.image).join(', '),
              backgroundPosition: bands.map((b) => b.position).join(', '),
              backgroundSize: `100% ${BAND}px`,
              paddingBottom: coders.length * BAND - 1,
            }}
            onClick={() => onSelect(isCurrent ? current : units[0])}
          >
            {words}
          </span>
        )
      })}
    </div>
  )
})
