import type { Position, Speaker, SpeakerKind, Stance } from '../../src-main/shared/model'
import type { SeededRandom } from './seededRandom'

// Invented names and places: the synthetic archive is our own text, about no real event.
// prettier-ignore
const FIRST = ['Mara', 'Tomas', 'Ilsa', 'Davor', 'Renata', 'Oskar', 'Lena', 'Emil', 'Vera', 'Anton', 'Nadia', 'Pavel', 'Iris', 'Karel', 'Sofia', 'Jonas', 'Elif', 'Milan', 'Greta', 'Bruno']
// prettier-ignore
const LAST = ['Velin', 'Ostrak', 'Marek', 'Sorel', 'Kadan', 'Brenn', 'Holt', 'Vasko', 'Lind', 'Teren', 'Dunay', 'Roska', 'Fenn', 'Calder', 'Morav', 'Weiss', 'Tarn', 'Iskra', 'Bolen', 'Savic']
// prettier-ignore
const ACCENTED: Record<string, string> = {Ostrak: 'Ostrák', Marek: 'Márek', Savic: 'Savić', Dunay: 'Dunaj', Roska: 'Roška', Iskra: 'Ískra'}
// prettier-ignore
const ROLES = ['minister of water', 'spokesperson', 'mayor of Orsk', 'river analyst', 'union leader', 'harbour master', 'deputy speaker', 'border commissioner', 'professor of hydrology', 'opposition leader']
// prettier-ignore
const ORGANISATIONS = ['Ministry of Water', 'Senna Basin Council', 'Kestran Port Authority', 'Union of River Fishers', 'Delta Farmers Cooperative', 'Orsk City Hall', 'Border Transit Agency', 'Veloria Chamber of Commerce', 'Green Senna Trust', 'Joint River Commission']
// prettier-ignore
const MEDIA = ['Senna Courier', 'Kestran Daily', 'Delta Observer', 'Northern Wire', 'Riverside Gazette', 'Valley Radio']
// prettier-ignore
const GROUPS = ['Delta residents', 'Upstream farmers', 'Ferry workers', 'Harbour traders', 'Fishing crews', 'Student protesters']
const KINDS: SpeakerKind[] = ['person', 'organisation', 'media', 'group']
const KIND_WEIGHTS = [0.6, 0.2, 0.1, 0.1]

// prettier-ignore
const THEMES = ['Water sharing', 'Border transit', 'Fisheries', 'River trade', 'Environment', 'Security', 'Infrastructure', 'Governance']
// prettier-ignore
const ASPECTS = ['quota', 'timeline', 'funding', 'oversight', 'local consultation', 'legal basis', 'public access', 'compensation', 'joint patrols', 'inspections', 'licences', 'data sharing']
// prettier-ignore
const COLORS = ['#2f6fde', '#d1495b', '#edae49', '#00798c', '#66a182', '#8d6a9f', '#c2703d', '#3d5a80']

export interface SyntheticPosition extends Position {
  /** How the text names it: "the funding of fisheries". */
  phrase: string
}

export interface SyntheticSpeaker extends Speaker {
  /** How often they are quoted, relative to the others. */
  weight: number
  /** Positions they talk about, each with the way they lean on it. */
  leanings: { position: SyntheticPosition; stance: Stance }[]
}

function unique(name: string, taken: Set<string>): string {
  let candidate = name
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name} ${n}`
  taken.add(candidate.toLowerCase())
  return candidate
}

/** A codebook of `count` positions in two levels: themes, and aspects of each theme under it. */
export function syntheticPositions(random: SeededRandom, count: number): SyntheticPosition[] {
  const themes = Math.max(1, Math.min(THEMES.length, Math.ceil(count / 4)))
  const positions: SyntheticPosition[] = []
  for (let t = 0; t < themes && positions.length < count; t++) {
    const label = THEMES[t]
    positions.push({
      id: random.id(),
      label,
      description: `Statements on ${label.toLowerCase()} as a whole.`,
      color: COLORS[t % COLORS.length],
      order: t,
      phrase: label.toLowerCase(),
    })
  }
  const parents = [...positions]
  const taken = new Set(positions.map((p) => p.label.toLowerCase()))
  for (let i = 0; positions.length < count; i++) {
    const parent = parents[i % parents.length]
    const aspect = ASPECTS[Math.floor(i / parents.length) % ASPECTS.length]
    const label = unique(`${parent.label}: ${aspect}`, taken)
    positions.push({
      id: random.id(),
      label,
      parentId: parent.id,
      description: `The ${aspect} of ${parent.phrase}.`,
      color: parent.color,
      order: Math.floor(i / parents.length),
      phrase: `the ${aspect} of ${parent.phrase}`,
    })
  }
  return positions
}

/** `count` speakers of every kind, some with aliases (a surname, an accented spelling) and an affiliation. */
export function syntheticSpeakers(
  random: SeededRandom,
  count: number,
  positions: SyntheticPosition[],
): SyntheticSpeaker[] {
  const taken = new Set<string>()
  const speakers: SyntheticSpeaker[] = []
  const organisations: SyntheticSpeaker[] = []
  for (let rank = 0; rank < count; rank++) {
    const kind = random.weighted(KINDS, KIND_WEIGHTS)
    const aliases: string[] = []
    const alias = (candidate: string) => {
      if (!taken.has(candidate.toLowerCase())) aliases.push(candidate)
      taken.add(candidate.toLowerCase())
    }
    let name: string
    if (kind === 'person') {
      const last = random.pick(LAST)
      name = unique(`${random.pick(FIRST)} ${last}`, taken)
      if (random.chance(0.5)) alias(last)
      if (ACCENTED[last] && random.chance(0.5)) alias(name.replace(last, ACCENTED[last]))
    } else {
      const names = kind === 'organisation' ? ORGANISATIONS : kind === 'media' ? MEDIA : GROUPS
      name = unique(random.pick(names), taken)
      if (kind === 'organisation' && random.chance(0.4))
        alias(
          name
            .split(' ')
            .filter((w) => /^[A-Z]/.test(w))
            .map((w) => w[0])
            .join(''),
        )
    }
    const leanings = random
      .sample(positions, Math.min(positions.length, random.int(3, 6)))
      .map((position) => ({
        position,
        stance: random.weighted<Stance>(['supports', 'opposes', 'neutral'], [0.45, 0.4, 0.15]),
      }))
    const affiliation =
      kind === 'person' && organisations.length > 0 && random.chance(0.5)
        ? random.pick(organisations)
        : undefined
    const speaker: SyntheticSpeaker = {
      id: random.id(),
      name,
      aliases,
      kind,
      role: kind === 'person' ? random.pick(ROLES) : undefined,
      affiliationId: affiliation?.id,
      notes: '',
      weight: 1 / (rank + 1),
      leanings,
    }
    speakers.push(speaker)
    if (kind === 'organisation') organisations.push(speaker)
  }
  return speakers
}
