import { counted } from '../../../ui/counted'
import { RemoveSampleButton } from './RemoveSampleButton'

/** Above the sample article: what it is, that it counts, and how to be rid of it. */
export function SampleNote({ statements }: { statements: number }) {
  return (
    <div className="banner sample-offer" role="note" aria-label="Sample article">
      <span>
        <strong>Sample article.</strong> A new archive opens with it to show how coded statements
        look; its {counted(statements, 'statement counts', 'statements count')} in every total, the
        explorer and the analysis until you remove it.
      </span>
      <span className="banner-actions">
        <RemoveSampleButton />
      </span>
    </div>
  )
}
