import { useEffect, useRef, useState, type FormEvent } from 'react'
import { messageOf } from '../../../src-main/shared/errors'
import { api } from '../../api'
import { routeHash } from '../../app/routes'
import { counted } from '../../ui/counted'
import { FormError } from '../../ui/FormError'
import { useRegistry } from '../registry/RegistryProvider'

interface CodeIndependentlyDialogProps {
  articleIds: string[]
  onClose: () => void
  /** The articles were given to the coders; says so in a sentence. */
  onAssigned: (message: string) => void
}

/** Gives the chosen articles to two or more coders, each to code them without seeing the others’ work. */
export function CodeIndependentlyDialog({
  articleIds,
  onClose,
  onAssigned,
}: CodeIndependentlyDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  const { coders, coder } = useRegistry()
  const [chosen, setChosen] = useState<Set<string>>(() =>
    coders.length === 2 ? new Set(coders.map((c) => c.id)) : new Set(coder ? [coder.id] : []),
  )
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  useEffect(() => dialog.current?.showModal(), [])

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  const assign = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    try {
      const coderIds = coders.filter((c) => chosen.has(c.id)).map((c) => c.id)
      const { articles } = await api.assignCoding({ articleIds, coderIds })
      onAssigned(
        `${counted(articles, 'article', 'articles')} to code independently by ${coders
          .filter((c) => chosen.has(c.id))
          .map((c) => c.name)
          .join(' and ')}.`,
      )
      dialog.current?.close()
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <dialog
      ref={dialog}
      className="import-dialog coding-dialog"
      aria-label="Code independently"
      onClose={onClose}
    >
      <h2>Code independently</h2>
      <p>
        {counted(articleIds.length, 'article', 'articles')} for two or more coders to code, each
        without seeing the others’ statements until all of them have marked it done. The text cannot
        be edited meanwhile. Statements already there stay, as their coder’s.
      </p>
      <form onSubmit={(e) => void assign(e)}>
        <fieldset className="coder-choices">
          <legend>Coders</legend>
          {coders.map((c) => (
            <label key={c.id} className="check">
              <input type="checkbox" checked={chosen.has(c.id)} onChange={() => toggle(c.id)} />
              <span className="coder-swatch" style={{ background: c.color }} aria-hidden />
              {c.name}
              {c.id === coder?.id && <span className="hint"> (you)</span>}
            </label>
          ))}
        </fieldset>
        {coders.length < 2 && (
          <p className="hint">
            This archive has one coder. Add another in{' '}
            <a href={routeHash({ view: 'settings' })} onClick={() => dialog.current?.close()}>
              Settings
            </a>{' '}
            first.
          </p>
        )}
        <FormError message={error} />
        <div className="dialog-actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || chosen.size < 2}>
            Give to{' '}
            {chosen.size < 2 ? 'two coders or more' : counted(chosen.size, 'coder', 'coders')}
          </button>
        </div>
      </form>
    </dialog>
  )
}
