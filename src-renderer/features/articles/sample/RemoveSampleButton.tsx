import { useContext, useState } from 'react'
import { api } from '../../../api'
import { useArchiveStatus } from '../../../app/archiveStatus'
import { SampleRemovedContext } from './sampleRemoved'
import { messageOf } from '../../../../src-main/shared/errors'

/** One click: the sample article to the trash, with the speakers and positions only it uses. */
export function RemoveSampleButton() {
  const { readOnly, readOnlyMessage } = useArchiveStatus()
  const removed = useContext(SampleRemovedContext)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const remove = async () => {
    setBusy(true)
    setError(undefined)
    try {
      removed(await api.removeSample())
    } catch (caught) {
      setError(messageOf(caught))
      setBusy(false)
    }
  }
  return (
    <>
      <button
        type="button"
        disabled={readOnly || busy}
        title={
          readOnly
            ? readOnlyMessage
            : 'Moves it to the trash, with the speakers and positions only it uses'
        }
        onClick={() => void remove()}
      >
        {busy ? 'Removing…' : 'Remove the sample'}
      </button>
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </>
  )
}
