import { useCallback, useState } from 'react'
import type { SampleInfo } from '../../../../src-main/shared/contract'
import { api } from '../../../api'

/**
 * The sample to offer to remove, once an import has brought the archive its first own articles
 * (`imported` of them, all there are besides the sample); no offer after later imports.
 */
export function useSampleOffer() {
  const [offer, setOffer] = useState<SampleInfo>()
  const imported = useCallback(async (count: number) => {
    if (count === 0) return
    const sample = await api.getSample().catch(() => null)
    if (sample && sample.ownArticles === count) setOffer(sample)
  }, [])
  const dismiss = useCallback(() => setOffer(undefined), [])
  return { offer, imported, dismiss }
}
