import type { Speaker } from './model'
import { foldLabel, nameKey } from './nameKey'

/**
 * Who a name means among these speakers, by name or alias: as written (case, accents and spacing
 * aside), else in another spelling of it ("Zelensky" for "Zelenskiy"); never a near miss. The one
 * rule for the service, the suggestions and the window, so they always name the same speaker.
 */
export function speakerFinder(speakers: Iterable<Speaker>): (name: string) => Speaker | undefined {
  const written = new Map<string, Speaker>()
  const spelled = new Map<string, Speaker>()
  for (const speaker of speakers)
    for (const name of [speaker.name, ...speaker.aliases]) {
      const folded = foldLabel(name)
      if (folded && !written.has(folded)) written.set(folded, speaker)
      const key = nameKey(name)
      if (key && !spelled.has(key)) spelled.set(key, speaker)
    }
  return (name) => {
    const folded = foldLabel(name)
    return (folded && written.get(folded)) || spelled.get(nameKey(name) || '\u0000')
  }
}
