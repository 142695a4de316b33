import type { ReactNode } from 'react'
import type { StatementAnalysis } from '../../../src-main/shared/analysis'
import type { StatementFilter } from '../statements/useStatementFilter'

/** What a picture of the analysis draws, and what a press on one of its marks opens. */
export interface PictureProps {
  analysis: StatementAnalysis
  onOpen: (patch: Partial<StatementFilter>) => void
}

interface ChartProps {
  /** What the picture is, for a screen reader. */
  label: string
  width: number
  height: number
  /** What the picture leaves out (leftOut), shown above it; '' for nothing. */
  note: string
  children: ReactNode
}

/** A picture of the statements: an SVG on white, which Save SVG and Save PNG write as it is. */
export function Chart({ label, width, height, note, children }: ChartProps) {
  return (
    <>
      {note && <p className="chart-note">{note}</p>}
      <svg
        className="chart"
        // A figure, not an image: its marks are buttons a person can reach and press.
        role="figure"
        aria-label={label}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        xmlns="http://www.w3.org/2000/svg"
        fontFamily="system-ui, sans-serif"
        fontSize="12"
      >
        <rect width={width} height={height} fill="#ffffff" />
        {children}
      </svg>
    </>
  )
}
