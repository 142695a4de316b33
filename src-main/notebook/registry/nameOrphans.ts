import type { ArticleSummary } from '../../shared/model'
import type { Catalog } from '../storage/catalog'

const RECREATED =
  'Recreated by Stancemark: statements use this entry, but the registry had lost it. Give it its name.'

function freeName(taken: Set<string>, base: string): string {
  for (let n = 1; ; n++) {
    const name = `${base} ${n}`
    if (!taken.has(name)) {
      taken.add(name)
      return name
    }
  }
}

/**
 * Gives every speaker and position that the statements of these articles use but the registry
 * lacks (after the catalog was lost, or an article file came from elsewhere) an entry named
 * “Unnamed speaker 1”, ..., so the statements keep their coding and the analyst can name them.
 * Only summaries read from article files need this: the catalog is written whole, registry and
 * summaries together. Answers what it did, in words for the analyst, if it did anything.
 */
export function nameOrphans(catalog: Catalog, summaries: ArticleSummary[]): string | undefined {
  const speakers = new Set(Object.keys(catalog.speakers))
  const positions = new Set(Object.keys(catalog.positions))
  const orphans = { speakers: new Set<string>(), positions: new Set<string>() }
  for (const summary of summaries) {
    for (const id of summary.speakerIds) if (!speakers.has(id)) orphans.speakers.add(id)
    for (const id of summary.positionIds) if (!positions.has(id)) orphans.positions.add(id)
  }
  const made: string[] = []
  if (orphans.speakers.size > 0) {
    const speakerNames = new Set(Object.values(catalog.speakers).map((s) => s.name))
    for (const id of orphans.speakers) {
      const name = freeName(speakerNames, 'Unnamed speaker')
      catalog.speakers[id] = { id, name, aliases: [], kind: 'person', notes: RECREATED }
      made.push(name)
    }
  }
  if (orphans.positions.size > 0) {
    const labels = new Set(Object.values(catalog.positions).map((p) => p.label))
    for (const id of orphans.positions) {
      const label = freeName(labels, 'Unnamed position')
      catalog.positions[id] = { id, label, description: RECREATED, color: '#6b7280' }
      made.push(label)
    }
  }
  if (made.length === 0) return undefined
  const names = made.map((name) => `“${name}”`).join(', ')
  return `Statements use speakers or positions that the registry had lost; they are now listed as ${names}. Give them their names under Speakers and Codebook.`
}
