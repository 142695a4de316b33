import { useEffect, useRef, useState } from 'react'
import type { ProgressEvent } from '../../../src-main/shared/bridge'
import { api } from '../../api'
import type { ExportedFile } from '../../../src-main/shared/contract'
import { saveExportedFile } from '../export/saveExportedFile'
import { messageOf } from '../../../src-main/shared/errors'

export interface ExportStatus {
  text: string
  error?: boolean
}

/**
 * One export at a time, with "Exporting…" while it runs and a Cancel that drops the answer: a file
 * made in memory is then never saved or downloaded, so nothing half-done is left anywhere.
 */
export function useExportTask() {
  const [busy, setBusy] = useState<{
    label: string
    cancellable: boolean
    /** The kind of progress main tells for this export, if it tells any. */
    tracks?: ProgressEvent['task']
  }>()
  const [status, setStatus] = useState<ExportStatus>()
  const current = useRef(0)
  const [progress, setProgress] = useState<ProgressEvent>()
  useEffect(() => api.onProgress(setProgress), [])

  const run = async (
    label: string,
    work: () => Promise<string | undefined>,
    cancellable = false,
    tracks?: ProgressEvent['task'],
  ) => {
    const task = ++current.current
    setProgress(undefined)
    setBusy({ label, cancellable, tracks })
    setStatus(undefined)
    try {
      const text = await work()
      if (task === current.current && text) setStatus({ text })
    } catch (caught) {
      if (task === current.current) setStatus({ text: messageOf(caught), error: true })
    } finally {
      if (task === current.current) setBusy(undefined)
    }
  }

  return {
    /** What is being exported, while it is, and whether Cancel can stop it. */
    busy,
    /** How far it is, when the export tells (a vault's notes); undefined until it does. */
    progress: busy?.tracks && busy.tracks === progress?.task ? progress : undefined,
    status,
    setStatus,
    run,
    /** Makes a file, then saves or downloads it unless cancelled meanwhile. */
    download: (
      label: string,
      file: () => Promise<ExportedFile>,
      tracks?: ProgressEvent['task'],
    ) => {
      const task = current.current + 1
      return run(
        label,
        async () => {
          const made = await file()
          return task === current.current ? saveExportedFile(made) : undefined
        },
        true,
        tracks,
      )
    },
    cancel: () => {
      current.current++
      setBusy(undefined)
      setStatus({ text: 'Cancelled; nothing was saved.' })
    },
  }
}
