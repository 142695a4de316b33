import './coders.css'
import type { ArticleSummary } from '../../../src-main/shared/model'
import { useRegistry } from '../registry/RegistryProvider'
import { codingState } from './codingState'

/** An article's double coding in a word or three, in the library's list. */
export function CodingBadge({ coding }: { coding: ArticleSummary['coding'] }) {
  const { coder } = useRegistry()
  const state = codingState(coding, coder?.id)
  if (!state) return null
  return (
    <span
      className={`coding-badge coding-${state.stage}`}
      title={
        state.yoursToCode ? 'Double coding: yours to code, then mark it done' : 'Double coding'
      }
    >
      {state.label}
      {state.yoursToCode && ' · yours'}
    </span>
  )
}
