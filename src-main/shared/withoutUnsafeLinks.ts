import { isSafeHref } from './isSafeHref'
import type { DocJSON } from './model'

/** The document with every link to anything but the web or an e-mail address unlinked, its words kept. */
export function withoutUnsafeLinks(doc: DocJSON): DocJSON {
  const marks = doc.marks?.filter(
    (mark) =>
      mark.type !== 'link' || (typeof mark.attrs?.href === 'string' && isSafeHref(mark.attrs.href)),
  )
  return {
    ...doc,
    ...(marks && { marks }),
    ...(doc.content && { content: doc.content.map(withoutUnsafeLinks) }),
  }
}
