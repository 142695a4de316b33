import { createContext } from 'react'
import type { SampleRemoval } from '../../../../src-main/shared/contract'
import { counted } from '../../../ui/counted'

/** What the window does once the sample is gone: say what went, leave the article if it was open. */
export const SampleRemovedContext = createContext<(removal: SampleRemoval) => void>(() => {})

/** What removing the sample took away, in the analyst's words. */
export function removalMessage({ speakers, positions }: SampleRemoval): string {
  const entries = [
    speakers.length > 0 && counted(speakers.length, 'speaker', 'speakers'),
    positions.length > 0 && counted(positions.length, 'position', 'positions'),
  ].filter(Boolean)
  const withThem = entries.length > 0 ? `, with the ${entries.join(' and ')} only it used` : ''
  return `The sample article is in the trash${withThem}. Your own articles, speakers and positions are as they were.`
}
