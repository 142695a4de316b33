import type { Backups } from '../storage/backups'
import type { Catalog } from '../storage/catalog'
import { localTime } from '../storage/localTime'
import type { Registry } from '../storage/registryFile'

/**
 * After the registry was lost, the speakers and positions come back from the newest backup that
 * has them. Answers what happened, in words for the analyst.
 */
export async function recoverRegistry(catalog: Catalog, backups: Backups): Promise<string> {
  const recovered = await backups.latestRegistry()
  if (!recovered) return 'no backup had the speakers and positions'
  catalog.speakers = recovered.registry.speakers
  catalog.positions = recovered.registry.positions
  if (recovered.registry.coders.length) catalog.coders = recovered.registry.coders
  const when = localTime(recovered.backup.createdAt)
  return `speakers and positions were recovered from the backup of ${when} (changes to them since then are lost)`
}

/** A backup's speakers and positions put back over those of the same id (others stay). */
export function restoreRegistry(catalog: Catalog, from: Registry): void {
  Object.assign(catalog.speakers, from.speakers)
  Object.assign(catalog.positions, from.positions)
  // Coders the backup knew and the archive has since lost come back; the others stay as they are.
  for (const coder of from.coders)
    if (!catalog.coders.some((c) => c.id === coder.id)) catalog.coders.push(coder)
}
