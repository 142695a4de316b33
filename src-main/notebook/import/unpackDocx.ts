import { zipSync } from 'fflate'
import { zipDirectory } from '../storage/zipDirectory'
import { zipEntryChunks } from '../storage/zipEntryChunks'
import { importRefusal, unreadable, type ImportSubject } from './importRefusal'

const MB = 1024 * 1024

/**
 * The most Word XML one .docx may unpack to. Reading it takes ~100 times as much memory (a
 * document of short paragraphs, read by mammoth and cleaned in jsdom), and a long report's text
 * is a few MB of it.
 */
export const MAX_DOCX_TEXT_BYTES = 10 * MB

// The parts mammoth reads are XML. Images, fonts and embedded files it never reads for us (an
// article keeps no images), so they are not unpacked at all.
const isTextPart = (name: string) => /\.(xml|rels)$/i.test(name)

export const damagedDocx = (subject: ImportSubject) =>
  unreadable(
    'invalid',
    subject,
    'the Word document is damaged or is not a .docx file (older .doc files must be saved as .docx first).',
  )

const tooMuchText = (subject: ImportSubject) =>
  importRefusal(
    'too-large',
    subject,
    `unpacks to more than ${MAX_DOCX_TEXT_BYTES / MB} MB of text, more than Stancemark takes in one article; split it into smaller documents and import each.`,
  )

/**
 * A .docx's text parts, unpacked and packed again without compression, for mammoth to read: a
 * file whose text parts say they unpack to more than MAX_DOCX_TEXT_BYTES is refused before any
 * is unpacked, and one that unpacks to more than it says is refused as soon as it passes the limit.
 */
export function unpackDocx(docx: Uint8Array, subject: ImportSubject): Uint8Array {
  let declared = 0
  try {
    for (const entry of zipDirectory(docx))
      if (isTextPart(entry.name)) declared += entry.originalSize
  } catch {
    throw damagedDocx(subject)
  }
  if (declared > MAX_DOCX_TEXT_BYTES) throw tooMuchText(subject)
  const parts: Record<string, Uint8Array[]> = {}
  let unpacked = 0
  try {
    for (const { name, bytes } of zipEntryChunks(docx, isTextPart)) {
      unpacked += bytes.length
      // Leaving the loop stops the unpacking.
      if (unpacked > MAX_DOCX_TEXT_BYTES) break
      ;(parts[name] ??= []).push(bytes)
    }
  } catch {
    throw damagedDocx(subject)
  }
  if (unpacked > MAX_DOCX_TEXT_BYTES) throw tooMuchText(subject)
  const whole = Object.fromEntries(
    Object.entries(parts).map(([name, chunks]) => [name, Buffer.concat(chunks)]),
  )
  return zipSync(whole, { level: 0 })
}
