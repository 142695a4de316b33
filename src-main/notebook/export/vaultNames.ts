import { markdownFilename } from './markdownFilename'

/**
 * Note names for one folder of the vault: each a safe file name from its title, made unique
 * (ignoring case, as Windows and macOS do) by " (2)", " (3)"… in the order they are asked for.
 */
export function vaultNames() {
  const taken = new Set<string>()
  return (title: string): string => {
    const base = markdownFilename(title).slice(0, -'.md'.length)
    let name = base
    for (let n = 2; taken.has(name.toLocaleLowerCase()); n++) name = `${base} (${n})`
    taken.add(name.toLocaleLowerCase())
    return name
  }
}
