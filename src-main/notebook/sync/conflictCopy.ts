import { createHash } from 'node:crypto'
import type { Article } from '../../shared/model'
import { canonicalJson } from './sameValue'

const SUFFIX = ' (their version)'
const MAX_TITLE = 500

/**
 * Their version of an article whose text both sides edited, kept beside ours as an article of
 * its own. Its id comes from what it holds, so the same merge on two machines makes one copy.
 */
export function conflictCopy(ours: Article, theirs: Article): Article {
  const digest = createHash('sha256').update(canonicalJson(theirs)).digest('hex').slice(0, 12)
  const copy: Article = {
    ...theirs,
    id: `${ours.id.slice(0, 40)}-${digest}`,
    meta: {
      ...theirs.meta,
      title: `${theirs.meta.title.slice(0, MAX_TITLE - SUFFIX.length)}${SUFFIX}`,
    },
    // A copy is never the sample, even when the sample was what both sides edited.
    origin: theirs.origin.kind === 'sample' ? { ...theirs.origin, kind: 'paste' } : theirs.origin,
    copyOf: ours.id,
  }
  // Their conflicts stay with the article they are about.
  delete copy.conflicts
  return copy
}
