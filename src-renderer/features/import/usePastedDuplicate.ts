import { useCallback, useEffect, useRef, useState } from 'react'
import type { ArticleSummary } from '../../../src-main/shared/model'
import { api } from '../../api'

/** A pause in typing; a paste is one change, so the question goes at once after it. */
const ASK_AFTER_MS = 300

interface Answer {
  text: string
  duplicate: ArticleSummary | null
}

/**
 * The article already imported from the pasted text, asked of the archive once the text stops
 * changing; `check` asks at once (before an import) when the answer for this text is not in yet.
 */
export function usePastedDuplicate(text: string) {
  const [answer, setAnswer] = useState<Answer>()
  const latest = useRef(text)

  const ask = useCallback(async (asked: string): Promise<ArticleSummary | null> => {
    // Unanswered, the import goes ahead and says itself what is wrong with the text.
    const duplicate = await api.findDuplicate({ text: asked }).catch(() => null)
    // Only the answer for the text still in the box counts.
    if (asked === latest.current) setAnswer({ text: asked, duplicate })
    return duplicate
  }, [])

  useEffect(() => {
    latest.current = text
    if (!text.trim()) return
    const timer = setTimeout(() => void ask(text), ASK_AFTER_MS)
    return () => clearTimeout(timer)
  }, [text, ask])

  const known = answer?.text === text ? answer : undefined
  return {
    /** The article in the archive with this very text, once the archive has answered. */
    duplicate: known?.duplicate ?? undefined,
    check: async () => (known ? known.duplicate : ask(text)),
  }
}
