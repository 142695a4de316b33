type Field = 'speaker' | 'position'

const typed = new Map<string, Partial<Record<Field, string>>>()

/**
 * Speaker and position names typed in a statement's form and not chosen, by statement: the form
 * shows them again when it reopens, until they are chosen or cleared, while this window is open.
 */
export const unchosenNames = {
  of(statementId: string): Partial<Record<Field, string>> {
    return typed.get(statementId) ?? {}
  },
  set(statementId: string, field: Field, text: string | undefined) {
    const next = { ...typed.get(statementId), [field]: text?.trim() || undefined }
    if (next.speaker || next.position) typed.set(statementId, next)
    else typed.delete(statementId)
  },
  forget(statementId: string) {
    typed.delete(statementId)
  },
}
