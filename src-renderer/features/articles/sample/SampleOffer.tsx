import type { SampleInfo } from '../../../../src-main/shared/contract'
import { counted } from '../../../ui/counted'
import { RemoveSampleButton } from './RemoveSampleButton'

interface SampleOfferProps {
  sample: SampleInfo
  /** The analyst keeps the sample: the offer goes. */
  onKeep: () => void
}

/** Offered once the analyst's first own article is in: the sample can go now, in one click. */
export function SampleOffer({ sample, onKeep }: SampleOfferProps) {
  return (
    <div className="banner sample-offer" role="region" aria-label="Sample article">
      <span>
        Your own article is in. The sample article “{sample.title}” is still here, and its{' '}
        {counted(sample.statements, 'statement counts', 'statements count')} in every total, the
        explorer and the analysis.
      </span>
      <span className="banner-actions">
        <RemoveSampleButton />
        <button type="button" onClick={onKeep}>
          Keep it
        </button>
      </span>
    </div>
  )
}
