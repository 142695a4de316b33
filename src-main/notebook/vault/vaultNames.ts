import { markdownFilename } from '../export/markdownFilename'

/** How file systems that ignore case (Windows, macOS) compare names. */
export const fileNameKey = (name: string) => name.normalize('NFC').toLocaleLowerCase()

/**
 * Note names for one folder of the vault: each a safe file name from its title, made unique
 * (ignoring case, as Windows and macOS do) by " (2)", " (3)"… in the order they are asked for,
 * never one of the `taken` names.
 */
export function vaultNames(taken: Iterable<string> = []) {
  const used = new Set([...taken].map(fileNameKey))
  return (title: string): string => {
    const base = markdownFilename(title).slice(0, -'.md'.length)
    let name = base
    for (let n = 2; used.has(fileNameKey(name)); n++) name = `${base} (${n})`
    used.add(fileNameKey(name))
    return name
  }
}
