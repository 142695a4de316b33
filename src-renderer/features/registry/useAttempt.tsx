import { useState } from 'react'
import { messageOf } from '../../../src-main/shared/errors'

interface Message {
  text: string
  error?: boolean
}

/**
 * Runs a change to the registry and says how it went: its own sentence when it worked, the
 * service's message when it did not; the registry is refreshed either way it ends well.
 */
export function useAttempt(refresh: () => Promise<unknown>) {
  const [message, setMessage] = useState<Message>()
  const attempt = async (work: () => Promise<string | undefined>) => {
    try {
      const text = await work()
      if (text) setMessage({ text })
      await refresh()
    } catch (error) {
      setMessage({ text: messageOf(error), error: true })
    }
  }
  const shown = message && (
    <p className={message.error ? 'form-error' : 'hint'} role={message.error ? 'alert' : 'status'}>
      {message.text}
    </p>
  )
  return { attempt, message: shown }
}
