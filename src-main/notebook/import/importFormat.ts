import { READABLE_FORMATS, unreadable, type ImportSubject } from './importRefusal'

export type ImportFormat = 'text' | 'markdown' | 'html' | 'docx' | 'pdf'

const FORMATS: Record<string, ImportFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
  pdf: 'pdf',
}

// Extensions people are likely to try, so the refusal can say what the file seems to be.
const OTHER_KINDS: Record<string, string> = {
  doc: 'an older Word document (.doc); save it as .docx first',
  odt: 'an OpenDocument text',
  rtf: 'a rich-text (RTF) document',
  epub: 'an EPUB e-book',
  pages: 'a Pages document',
  xls: 'an Excel spreadsheet',
  xlsx: 'an Excel spreadsheet',
  csv: 'a spreadsheet (CSV)',
  ppt: 'a PowerPoint presentation',
  pptx: 'a PowerPoint presentation',
  png: 'an image',
  jpg: 'an image',
  jpeg: 'an image',
  gif: 'an image',
  webp: 'an image',
  zip: 'a ZIP archive',
  eml: 'an e-mail message',
  msg: 'an e-mail message',
}

/** How to read a file, from the extension of its name; other files are refused. */
export function importFormat(subject: ImportSubject): ImportFormat {
  const match = /\.([^./\\]+)$/.exec(subject.name)
  const extension = match?.[1].toLowerCase()
  if (extension === undefined) {
    throw unreadable(
      'unsupported-format',
      subject,
      `its name does not end in .txt, .md, .html, .docx or .pdf, so we cannot tell what kind of file it is. ${READABLE_FORMATS}`,
    )
  }
  const format = FORMATS[extension]
  if (format) return format
  const kind = OTHER_KINDS[extension]
  const reason = kind
    ? `it looks like ${kind}.`
    : `files ending in .${extension} are not supported.`
  throw unreadable('unsupported-format', subject, `${reason} ${READABLE_FORMATS}`)
}
