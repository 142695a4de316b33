import { foldText } from './features/statements/foldText'

/** Something found by its label or another name (a speaker by an alias). */
interface Named {
  label: string
  aliases?: string[]
}

const isWordCharacter = (character: string | undefined) =>
  character !== undefined && /[\p{L}\p{N}]/u.test(character)

/** 0: the name starts with `wanted`; 1: a word in it does; 2: it holds it; undefined: not. */
function closeness(name: string, wanted: string): number | undefined {
  if (name.startsWith(wanted)) return 0
  let at = name.indexOf(wanted)
  if (at < 0) return undefined
  for (; at >= 0; at = name.indexOf(wanted, at + 1)) if (!isWordCharacter(name[at - 1])) return 1
  return 2
}

/**
 * The options whose label or an alias holds `query` (case and accents aside), best first: a name
 * that starts with it, then one with a word that does ("brenn" finds Anton Brenn before Obrenn),
 * then any other; otherwise in the options' order.
 */
export function matchOptions<T extends Named>(options: readonly T[], query: string): T[] {
  const wanted = foldText(query)
  const found: { option: T; closeness: number }[] = []
  for (const option of options) {
    let best: number | undefined
    for (const name of [option.label, ...(option.aliases ?? [])]) {
      const close = closeness(foldText(name), wanted)
      if (close !== undefined && (best === undefined || close < best)) best = close
    }
    if (best !== undefined) found.push({ option, closeness: best })
  }
  return found.sort((a, b) => a.closeness - b.closeness).map(({ option }) => option)
}
