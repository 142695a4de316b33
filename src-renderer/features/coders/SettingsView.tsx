import './coders.css'
import { useState, type FormEvent } from 'react'
import type { Coder } from '../../../src-main/shared/model'
import { messageOf } from '../../../src-main/shared/errors'
import { useArchiveStatus } from '../../app/archiveStatus'
import { FormError } from '../../ui/FormError'
import { useRegistry } from '../registry/RegistryProvider'
import { ColorChoices } from './ColorChoices'
import { CODER_COLORS } from '../../../src-main/shared/coderColors'
import { SuggestionSettings } from '../suggest/SuggestionSettings'
import { TeamSection } from '../team/TeamSection'

/**
 * Who codes on this machine (name and colour), the archive's other coders to switch to or add,
 * its suggestions (how they fared, and on or off), and the team the archive is shared with.
 */
export function SettingsView() {
  const { coder, coders } = useRegistry()
  return (
    <main className="settings" aria-label="Settings">
      <h1>Settings</h1>
      {coder && <YouForm key={coder.id} coder={coder} />}
      <CoderList coders={coders} current={coder} />
      <SuggestionSettings />
      <TeamSection />
    </main>
  )
}

/** The current coder's name and colour. */
function YouForm({ coder }: { coder: Coder }) {
  const { saveCoder } = useRegistry()
  const { readOnly } = useArchiveStatus()
  const [name, setName] = useState(coder.name)
  const [color, setColor] = useState(coder.color)
  const [message, setMessage] = useState<string>()
  const [error, setError] = useState<string>()
  const changed = name.trim() !== coder.name || color !== coder.color

  const save = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await saveCoder({ id: coder.id, name: name.trim(), color })
      setError(undefined)
      setMessage('Saved.')
    } catch (caught) {
      setError(messageOf(caught))
    }
  }
  return (
    <section className="settings-section" aria-labelledby="settings-you">
      <h2 id="settings-you">You code as</h2>
      <p className="hint">
        Every statement you mark here is recorded as this coder’s. The name and colour show in the
        compare view and the agreement report.
      </p>
      <form className="settings-form" aria-label="You code as" onSubmit={(e) => void save(e)}>
        <fieldset className="plain-fieldset" disabled={readOnly}>
          <label>
            Your name
            <input value={name} maxLength={100} onChange={(e) => setName(e.currentTarget.value)} />
          </label>
          <ColorChoices label="Your colour" value={color} onChange={setColor} />
          <button type="submit" className="primary" disabled={!changed || !name.trim()}>
            Save
          </button>
          {message && !changed && (
            <span className="hint" role="status">
              {message}
            </span>
          )}
        </fieldset>
        <FormError message={error} />
      </form>
    </section>
  )
}

/** Every coder of the archive: switch to one (to code as them on this machine), or add one. */
function CoderList({ coders, current }: { coders: Coder[]; current?: Coder }) {
  const { saveCoder, switchCoder } = useRegistry()
  const { readOnly } = useArchiveStatus()
  const [name, setName] = useState('')
  const [error, setError] = useState<string>()
  const [message, setMessage] = useState<string>()
  const unused = CODER_COLORS.find((c) => !coders.some((coder) => coder.color === c.color))

  const add = async (event: FormEvent) => {
    event.preventDefault()
    try {
      const added = await saveCoder({ name: name.trim(), color: unused?.color })
      setName('')
      setError(undefined)
      setMessage(`${added.name} is a coder of this archive now.`)
    } catch (caught) {
      setError(messageOf(caught))
    }
  }
  const switchTo = async (coder: Coder) => {
    try {
      await switchCoder(coder.id)
      setError(undefined)
      setMessage(`You code as ${coder.name} now.`)
    } catch (caught) {
      setError(messageOf(caught))
    }
  }
  return (
    <section className="settings-section" aria-labelledby="settings-coders">
      <h2 id="settings-coders">Coders of this archive</h2>
      <p className="hint">
        When two or more people code the same articles, each codes as themselves. On a shared
        computer, switch here to the coder who sits down to code.
      </p>
      <ul className="coder-list">
        {coders.map((coder) => (
          <li key={coder.id}>
            <span className="coder-swatch" style={{ background: coder.color }} aria-hidden />
            <span className="coder-name">{coder.name}</span>
            {coder.id === current?.id ? (
              <span className="hint">you, on this machine</span>
            ) : (
              <button type="button" disabled={readOnly} onClick={() => void switchTo(coder)}>
                Code as {coder.name}
              </button>
            )}
          </li>
        ))}
      </ul>
      <form
        className="settings-form inline-form"
        aria-label="Add a coder"
        onSubmit={(e) => void add(e)}
      >
        <label>
          New coder’s name
          <input
            value={name}
            maxLength={100}
            disabled={readOnly}
            onChange={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <button type="submit" disabled={readOnly || !name.trim()}>
          Add coder
        </button>
      </form>
      {message && (
        <p className="hint" role="status">
          {message}
        </p>
      )}
      <FormError message={error} />
    </section>
  )
}
