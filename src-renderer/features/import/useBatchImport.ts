import { useCallback, useRef, useState } from 'react'
import type { ImportFileResult } from '../../../src-main/shared/contract'
import { api } from '../../api'
import type { ChosenFile } from './chosenFiles'
import { readFileBase64 } from './readFileBase64'
import { messageOf } from '../../../src-main/shared/errors'

const MB = 1024 * 1024
const MAX_BYTES = 20 * MB

export interface BatchImport {
  total: number
  /** Files finished so far, in order. */
  results: ImportFileResult[]
  /** The file being imported now. */
  current?: string
  /** The analyst stopped it: the files after `results` were not imported. */
  cancelled: boolean
  finished: boolean
}

/**
 * Imports many files one call per file, so the progress shown is real and Cancel stops between
 * two files. A file too large to send fails here, with the same words the archive would use.
 */
export function useBatchImport() {
  const [batch, setBatch] = useState<BatchImport>()
  const stop = useRef(false)

  const start = useCallback(async (files: ChosenFile[]) => {
    stop.current = false
    const results: ImportFileResult[] = []
    const show = (current?: string, finished = false) =>
      setBatch({
        total: files.length,
        results: [...results],
        current,
        cancelled: stop.current,
        finished,
      })
    for (const { file, path } of files) {
      if (stop.current) break
      show(path)
      if (file.size > MAX_BYTES) {
        const size = (Math.ceil((file.size / MB) * 10) / 10).toFixed(1)
        results.push({
          name: path,
          status: 'failed',
          message: `“${file.name}” is too large to import: it is ${size} MB, and Stancemark reads files up to 20 MB.`,
        })
        continue
      }
      try {
        const base64 = await readFileBase64(file)
        const answer = await api.importFiles({ files: [{ name: path, base64 }] })
        results.push(...answer.results)
      } catch (error) {
        const message = messageOf(error)
        results.push({ name: path, status: 'failed', message })
      }
    }
    show(undefined, true)
  }, [])

  const cancel = useCallback(() => {
    stop.current = true
    // Said at once: the file being read is finished, and none after it is begun.
    setBatch((shown) => (shown && !shown.finished ? { ...shown, cancelled: true } : shown))
  }, [])

  return { batch, start, cancel }
}
