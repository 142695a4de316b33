import { useRef, useState } from 'react'
import { messageOf } from '../../../src-main/shared/errors'
import type { ConflictList, RegistryConflictChoice } from '../../../src-main/shared/sync'
import { api } from '../../api'
import { useArchiveStatus } from '../../app/archiveStatus'
import { FormError } from '../../ui/FormError'

type Row = ConflictList['registry'][number]

const KINDS: Record<Row['kind'], string> = {
  speaker: 'Speaker',
  position: 'Position',
  coder: 'Coder',
}

/** A field of an entry as the analyst knows it. */
const FIELDS: Record<string, string> = {
  name: 'name',
  label: 'label',
  kind: 'kind',
  role: 'role',
  notes: 'notes',
  description: 'description',
  color: 'colour',
  parentId: 'parent',
  affiliationId: 'affiliation',
  order: 'place in the codebook',
}

const shown = (value: unknown) =>
  value === undefined || value === null || value === ''
    ? '(empty)'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value)

/** The registry's conflicts: each entry's field with both values, kept or taken in one click. */
export function RegistryConflicts({
  conflicts,
  onSettled,
}: {
  conflicts: ConflictList['registry']
  onSettled: () => Promise<void>
}) {
  const { readOnly } = useArchiveStatus()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  const list = useRef<HTMLUListElement>(null)

  const settle = async (choice: RegistryConflictChoice) => {
    setBusy(true)
    setError(undefined)
    try {
      await api.settleRegistryConflict(choice)
      await onSettled()
      // The keyboard goes on to the next conflict, or to the heading once none is left.
      const next = list.current?.querySelector<HTMLButtonElement>('button')
      if (next) next.focus()
      else document.getElementById('registry-conflicts')?.focus()
    } catch (caught) {
      setError(messageOf(caught))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section aria-labelledby="registry-conflicts">
      <h2 id="registry-conflicts" tabIndex={-1}>
        Speakers, positions and coders
      </h2>
      <FormError message={error} />
      <ul className="conflict-panel-list" ref={list}>
        {conflicts.map((row) => {
          const label = `${KINDS[row.kind]} “${row.name}”: ${FIELDS[row.field] ?? row.field}`
          const choice = (take: RegistryConflictChoice['take']) => ({
            kind: row.kind,
            id: row.id,
            field: row.field,
            take,
          })
          return (
            <li key={`${row.kind}:${row.id}:${row.field}`}>
              <div className="conflict-item" role="group" aria-label={label}>
                <p className="conflict-what">
                  {label} was changed on two machines; the later change is kept.
                </p>
                <div className="conflict-sides">
                  <div className="conflict-version">
                    <p className="conflict-version-label">Kept</p>
                    <p className="conflict-value">{shown(row.kept)}</p>
                  </div>
                  <div className="conflict-version">
                    <p className="conflict-version-label">Other</p>
                    <p className="conflict-value">{shown(row.other)}</p>
                  </div>
                </div>
                <div className="conflict-actions">
                  <button
                    type="button"
                    disabled={busy || readOnly}
                    onClick={() => void settle(choice('kept'))}
                  >
                    Keep this
                  </button>
                  <button
                    type="button"
                    disabled={busy || readOnly}
                    onClick={() => void settle(choice('other'))}
                  >
                    Take the other
                  </button>
                </div>
              </div>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
