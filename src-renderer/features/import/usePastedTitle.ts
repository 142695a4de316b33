import { useDeferredValue, useMemo, useState } from 'react'
import { pastedTitle } from '../../../src-main/shared/pastedTitle'
import { textParagraphs } from '../../../src-main/shared/textParagraphs'

/**
 * The title of an article being pasted: the one the analyst types, or else the text's first line,
 * as the archive will take it; and whether that line leaves the text (shown as a choice only when
 * it can: a first line that is the whole title with more text after it).
 */
export function usePastedTitle(text: string | undefined) {
  const [typed, setTyped] = useState<string>()
  const [choice, setChoice] = useState<boolean>()
  // Reading a long text's paragraphs waits for a pause in typing.
  const settled = useDeferredValue(text)
  const found = useMemo(
    () => (settled === undefined ? undefined : pastedTitle(textParagraphs(settled))),
    [settled],
  )
  return {
    title: typed ?? found?.title ?? '',
    setTitle: setTyped,
    firstLineIsTitle: found?.firstLine ? (choice ?? found.headline) : undefined,
    setFirstLineIsTitle: setChoice,
  }
}
