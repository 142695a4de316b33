import type { Contract, Handlers } from '../../shared/contract'
import { StancemarkError } from '../../shared/errors'
import type { Position, Speaker } from '../../shared/model'
import type { NotebookContext } from '../context'
import { foldLabel } from '../../shared/nameKey'
import { checkParent, withSubPositions } from './positionTree'
import type { StatementRef } from '../../shared/statementRow'
import { recodeBack, recodeStatements } from '../statements/recodeStatements'

type MergeMethods = 'mergeSpeakers' | 'mergePositions' | 'undoMergeSpeakers' | 'undoMergePositions'

/** What a speaker merge changed, enough to put it back. */
interface SpeakerMerge {
  keepId: string
  keepName: string
  merged: Speaker
  /** Its place among the registry's entries, so the file reads as before once it is back. */
  at: number
  addedAliases: string[]
  /** Speakers whose affiliation moved to the kept one. */
  members: string[]
  /** The kept speaker was a member of the merged one: its affiliation was cleared. */
  keepWasMember: boolean
  statements: StatementRef[]
}

/** What a position merge changed, enough to put it back. */
interface PositionMerge {
  keepId: string
  keepLabel: string
  merged: Position
  at: number
  /** Sub-positions that moved under the kept one. */
  children: string[]
  /** The kept position was below the merged one and took its place: where it was before. */
  keepParentBefore?: { parentId: string | undefined }
  statements: StatementRef[]
}

/** Undo is offered right after a merge; a long session's oldest merges are let go. */
const MERGES_KEPT = 100

const NO_MERGE = (what: string) =>
  `There is no merge of that ${what} to undo: it was undone already, or made before Stancemark last started.`
const REFUSED = 'The merge cannot be undone: '
const statementsChanged = (changedSince: number, total: number) =>
  `${REFUSED}${changedSince} of the ${total} statements it moved ${changedSince === 1 ? 'has' : 'have'} been changed since.`

function remember<T>(merges: Map<string, T>, id: string, merge: T) {
  merges.delete(id)
  merges.set(id, merge)
  if (merges.size > MERGES_KEPT) merges.delete(merges.keys().next().value!)
}

/** Puts an entry back at its old place among a record's entries, in place. */
/** Whether a position is at the top level or under a parent that is there and not below it. */
function hasParentAbove(positions: Record<string, Position>, id: string): boolean {
  const { parentId } = positions[id]
  if (!parentId) return true
  try {
    checkParent(positions, id, parentId)
    return true
  } catch {
    return false
  }
}

function insertAt<T>(record: Record<string, T>, at: number, id: string, value: T) {
  const entries = Object.entries(record)
  entries.splice(at, 0, [id, value])
  for (const key of Object.keys(record)) delete record[key]
  for (const [key, entry] of entries) record[key] = entry
}

/**
 * Merging speakers and positions, and undoing a merge: exactly what it changed is put back, or
 * nothing when those statements or names have changed since.
 */
export function registryMerges(ctx: NotebookContext): Pick<Handlers<Contract>, MergeMethods> {
  const { archive, exclusive, changed } = ctx
  const catalog = () => archive.catalog
  const speakerMerges = new Map<string, SpeakerMerge>()
  const positionMerges = new Map<string, PositionMerge>()

  return {
    mergeSpeakers: (keepId, mergeId) =>
      exclusive(async () => {
        const keep = catalog().speakers[keepId]
        const merged = catalog().speakers[mergeId]
        if (!keep || !merged)
          throw new StancemarkError('not-found', 'Both speakers must be in the registry.')
        if (keepId === mergeId)
          throw new StancemarkError('invalid', 'A speaker cannot be merged with itself.')
        const at = Object.keys(catalog().speakers).indexOf(mergeId)
        const statements = await recodeStatements(ctx, 'speakerId', mergeId, keepId)
        const aliases = [...new Set([...keep.aliases, merged.name, ...merged.aliases])].filter(
          (a) => a !== keep.name,
        )
        catalog().speakers[keepId] = { ...keep, aliases }
        delete catalog().speakers[mergeId]
        const members: string[] = []
        for (const member of Object.values(catalog().speakers)) {
          if (member.affiliationId !== mergeId) continue
          members.push(member.id)
          member.affiliationId = keepId
          if (member.id === keepId) delete member.affiliationId
        }
        await archive.saveCatalog()
        remember(speakerMerges, mergeId, {
          keepId,
          keepName: keep.name,
          merged,
          at,
          addedAliases: aliases.filter((a) => !keep.aliases.includes(a)),
          members: members.filter((id) => id !== keepId),
          keepWasMember: members.includes(keepId),
          statements,
        })
        changed()
        return catalog().speakers[keepId]
      }),

    undoMergeSpeakers: (mergedId) =>
      exclusive(async () => {
        const merge = speakerMerges.get(mergedId)
        if (!merge) throw new StancemarkError('not-found', NO_MERGE('speaker'))
        const { merged, keepId } = merge
        const speakers = catalog().speakers
        const keep = speakers[keepId]
        if (!keep)
          throw new StancemarkError(
            'conflict',
            `${REFUSED}“${merge.keepName}” is no longer in the registry.`,
          )
        if (speakers[merged.id])
          throw new StancemarkError(
            'conflict',
            `${REFUSED}“${merged.name}” is in the registry again.`,
          )
        const keepAliases = keep.aliases.filter((a) => !merge.addedAliases.includes(a))
        for (const name of [merged.name, ...merged.aliases]) {
          const folded = foldLabel(name)
          const clash = Object.values(speakers).find((speaker) =>
            [speaker.name, ...(speaker.id === keepId ? keepAliases : speaker.aliases)].some(
              (other) => foldLabel(other) === folded,
            ),
          )
          if (clash)
            throw new StancemarkError(
              'conflict',
              `${REFUSED}another speaker, “${clash.name}”, now goes by “${name}”.`,
            )
        }
        const statements = await recodeBack(
          ctx,
          'speakerId',
          merge.statements,
          keepId,
          merged.id,
          statementsChanged,
        )
        // An organisation deleted since is no longer the merged speaker's.
        const { affiliationId, ...unaffiliated } = merged
        const back = affiliationId && !speakers[affiliationId] ? unaffiliated : merged
        insertAt(speakers, merge.at, merged.id, back)
        keep.aliases = keepAliases
        // Affiliations chosen since are the analyst's: only those the merge moved go back.
        for (const id of merge.members)
          if (speakers[id]?.affiliationId === keepId) speakers[id].affiliationId = merged.id
        if (merge.keepWasMember && keep.affiliationId === undefined) keep.affiliationId = merged.id
        await archive.saveCatalog()
        speakerMerges.delete(mergedId)
        changed()
        return { speaker: back, statements }
      }),

    mergePositions: (keepId, mergeId) =>
      exclusive(async () => {
        const positions = catalog().positions
        const keep = positions[keepId]
        const merged = positions[mergeId]
        if (!keep || !merged)
          throw new StancemarkError('not-found', 'Both positions must be in the codebook.')
        if (keepId === mergeId)
          throw new StancemarkError('invalid', 'A position cannot be merged with itself.')
        const at = Object.keys(positions).indexOf(mergeId)
        const statements = await recodeStatements(ctx, 'positionId', mergeId, keepId)
        const keepWasBelow = withSubPositions(positions, [mergeId]).has(keepId)
        const keepParentBefore = keepWasBelow ? { parentId: keep.parentId } : undefined
        const children: string[] = []
        for (const child of Object.values(positions)) {
          if (child.parentId !== mergeId || child.id === keepId) continue
          child.parentId = keepId
          children.push(child.id)
        }
        // Merging a position into one of its own sub-positions: that one takes its place.
        if (keepWasBelow) keep.parentId = merged.parentId
        delete positions[mergeId]
        await archive.saveCatalog()
        remember(positionMerges, mergeId, {
          keepId,
          keepLabel: keep.label,
          merged,
          at,
          children,
          keepParentBefore,
          statements,
        })
        changed()
        return keep
      }),

    undoMergePositions: (mergedId) =>
      exclusive(async () => {
        const merge = positionMerges.get(mergedId)
        if (!merge) throw new StancemarkError('not-found', NO_MERGE('position'))
        const { merged, keepId } = merge
        const positions = catalog().positions
        const keep = positions[keepId]
        if (!keep)
          throw new StancemarkError(
            'conflict',
            `${REFUSED}“${merge.keepLabel}” is no longer in the codebook.`,
          )
        const folded = foldLabel(merged.label)
        const clash = Object.values(positions).find((p) => foldLabel(p.label) === folded)
        if (positions[merged.id] || clash)
          throw new StancemarkError(
            'conflict',
            `${REFUSED}the codebook has a position “${(clash ?? merged).label}” again.`,
          )
        const statements = await recodeBack(
          ctx,
          'positionId',
          merge.statements,
          keepId,
          merged.id,
          statementsChanged,
        )
        insertAt(positions, merge.at, merged.id, merged)
        // Sub-positions moved since are where the analyst put them: only those left go back.
        for (const id of merge.children)
          if (positions[id]?.parentId === keepId) positions[id].parentId = merged.id
        if (merge.keepParentBefore && keep.parentId === merged.parentId)
          keep.parentId = merge.keepParentBefore.parentId
        // A parent deleted since, or moved below them meanwhile: they go to the top level.
        for (const id of [merged.id, keepId])
          if (!hasParentAbove(positions, id)) delete positions[id].parentId
        await archive.saveCatalog()
        positionMerges.delete(mergedId)
        changed()
        return { position: positions[merged.id], statements }
      }),
  }
}
