import Graph from 'graphology'
import type { Stance } from '../../shared/model'
import { addToTally, emptyTally, type StanceTally } from '../../shared/stanceTally'
import type { Catalog } from '../storage/catalog'
import { eachMatched, type MatchedArticle } from '../statements/matchStatements'
import { positionPath } from './positionPath'

type Tallies = Map<string, StanceTally>

const tallyOf = (tallies: Tallies, key: string) => {
  let tally = tallies.get(key)
  if (!tally) tallies.set(key, (tally = emptyTally()))
  return tally
}

const stanceCounts = (tally: StanceTally) => ({
  statements: tally.total,
  supports: tally.supports,
  opposes: tally.opposes,
  neutral: tally.neutral,
  no_stance: tally.none,
})

/** Every node attribute a speaker has: analysts filter and size by them in Gephi and visone. */
function addSpeaker(graph: Graph, catalog: Catalog, id: string, tally: StanceTally): void {
  const speaker = catalog.speakers[id]
  const affiliation = speaker.affiliationId ? catalog.speakers[speaker.affiliationId] : undefined
  graph.addNode(`speaker:${id}`, {
    label: speaker.name,
    category: 'speaker',
    kind: speaker.kind,
    role: speaker.role ?? '',
    affiliation: affiliation?.name ?? '',
    aliases: speaker.aliases.join('; '),
    ...stanceCounts(tally),
  })
}

/**
 * The two-mode network: a node per speaker and per position, an edge between them weighted by
 * their statements, with the statements' stances on it.
 */
export function speakerPositionNetwork(
  matched: readonly MatchedArticle[],
  catalog: Catalog,
): Graph {
  const speakers: Tallies = new Map()
  const positions: Tallies = new Map()
  const pairs: Tallies = new Map()
  for (const { statement } of eachMatched(matched)) {
    const { speakerId, positionId, stance } = statement
    if (!speakerId || !catalog.speakers[speakerId]) continue
    if (!positionId || !catalog.positions[positionId]) continue
    addToTally(tallyOf(speakers, speakerId), stance)
    addToTally(tallyOf(positions, positionId), stance)
    addToTally(tallyOf(pairs, `${speakerId} ${positionId}`), stance)
  }
  const graph = new Graph({ type: 'undirected' })
  for (const [id, tally] of speakers) addSpeaker(graph, catalog, id, tally)
  for (const [id, tally] of positions) {
    const position = catalog.positions[id]
    graph.addNode(`position:${id}`, {
      label: position.label,
      category: 'position',
      path: positionPath(catalog.positions, id),
      color: position.color,
      ...stanceCounts(tally),
    })
  }
  for (const [key, tally] of pairs) {
    const [speakerId, positionId] = key.split(' ')
    graph.addUndirectedEdgeWithKey(key, `speaker:${speakerId}`, `position:${positionId}`, {
      weight: tally.total,
      net_stance: Math.round(tally.net * 1000) / 1000,
      ...stanceCounts(tally),
    })
  }
  return graph
}

/**
 * The one-mode network: two speakers are linked by congruence where they take the same stance on
 * a position, and by conflict where one supports what the other opposes; the weight is how many
 * positions, named on the edge.
 */
export function speakerSpeakerNetwork(matched: readonly MatchedArticle[], catalog: Catalog): Graph {
  const speakers: Tallies = new Map()
  // position → stance → the speakers who took it
  const sides = new Map<string, Map<Stance, Set<string>>>()
  for (const { statement } of eachMatched(matched)) {
    const { speakerId, positionId, stance } = statement
    if (!speakerId || !catalog.speakers[speakerId]) continue
    addToTally(tallyOf(speakers, speakerId), stance)
    if (!positionId || !catalog.positions[positionId] || !stance) continue
    let byStance = sides.get(positionId)
    if (!byStance) sides.set(positionId, (byStance = new Map()))
    let who = byStance.get(stance)
    if (!who) byStance.set(stance, (who = new Set()))
    who.add(speakerId)
  }
  const links = new Map<string, { a: string; b: string; type: string; positions: string[] }>()
  const link = (a: string, b: string, type: 'congruence' | 'conflict', positionId: string) => {
    const [first, second] = a < b ? [a, b] : [b, a]
    const key = `${type} ${first} ${second}`
    let found = links.get(key)
    if (!found) links.set(key, (found = { a: first, b: second, type, positions: [] }))
    if (!found.positions.includes(positionId)) found.positions.push(positionId)
  }
  for (const [positionId, byStance] of sides) {
    for (const who of byStance.values()) {
      const list = [...who]
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) link(list[i], list[j], 'congruence', positionId)
    }
    for (const a of byStance.get('supports') ?? [])
      for (const b of byStance.get('opposes') ?? []) if (a !== b) link(a, b, 'conflict', positionId)
  }
  const graph = new Graph({ type: 'undirected', multi: true })
  for (const [id, tally] of speakers) addSpeaker(graph, catalog, id, tally)
  for (const [key, { a, b, type, positions }] of links) {
    graph.addUndirectedEdgeWithKey(key, `speaker:${a}`, `speaker:${b}`, {
      relation: type,
      weight: positions.length,
      positions: positions.map((id) => catalog.positions[id].label).join('; '),
    })
  }
  return graph
}
