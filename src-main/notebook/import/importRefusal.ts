import { StancemarkError, type ErrorCode } from '../../shared/errors'

/** Where an import came from, as a person would name it in a message. */
export interface ImportSubject {
  kind: 'paste' | 'file'
  name: string
}

export const READABLE_FORMATS = 'Stancemark reads .txt, .md, .html, .docx and .pdf files.'

/** “report.docx” or “The pasted text”: how a message names what the analyst tried to import. */
function subjectOf(subject: ImportSubject): string {
  return subject.kind === 'paste' ? 'The pasted text' : `“${subject.name}”`
}

/** A refusal written for a person: it names the file, then says what is wrong with it. */
export function importRefusal(
  code: ErrorCode,
  subject: ImportSubject,
  problem: string,
): StancemarkError {
  return new StancemarkError(code, `${subjectOf(subject)} ${problem}`)
}

/** “report.docx” is not an article we can read: <reason> */
export function unreadable(
  code: ErrorCode,
  subject: ImportSubject,
  reason: string,
): StancemarkError {
  return importRefusal(code, subject, `is not an article we can read: ${reason}`)
}
