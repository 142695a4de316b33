import { StancemarkError } from '../../shared/errors'
import type { ArchiveNotices } from './archiveNotices'
import {
  type Catalog,
  type CatalogFile,
  emptyCatalog,
  migrate,
  registryInCatalog,
  SCHEMA_VERSION,
} from './catalog'
import { DamagedFileError, NewerFileError, type ValidatedJSONFile } from './jsonFile'
import { REGISTRY_FILE, REGISTRY_FORMAT, type Registry, type RegistryFile } from './registryFile'

/** What opening found of the catalog cache and the registry file. */
export interface ArchiveLayout {
  catalog: Catalog
  /** The catalog file was missing or damaged: the summaries are rebuilt from the article files. */
  cacheLost: boolean
  /** Said of a damaged catalog file (moved to quarantine). */
  cacheDamaged?: string
  /**
   * Where the registry came from: its file; a catalog of format 4 or before (the archive is
   * migrated, with a backup first); nowhere (lost, or a new archive).
   */
  registryFrom: 'file' | 'catalog' | 'none'
  /** Said of a damaged registry file (moved to quarantine). */
  registryDamaged?: string
  /** Whether the catalog file must be written again (migrated, or rebuilt). */
  catalogStale: boolean
}

type Read<T> = { data: T | null } | { error: DamagedFileError }

/** Reads a file; a newer one stops the open before anything is written. */
async function readChecked<T>(read: () => Promise<T | null>, newer: (e: NewerFileError) => Error) {
  try {
    return { data: await read() } as Read<T>
  } catch (error) {
    if (error instanceof NewerFileError) throw newer(error)
    if (error instanceof DamagedFileError) return { error } as Read<T>
    throw error
  }
}

const newerArchive = (dir: string, what: string, version: number, knows: number) =>
  new StancemarkError(
    'unsupported-format',
    `The archive in ${dir} was saved by a newer version of Stancemark (${what} format ${version}; this version reads up to format ${knows}). Update Stancemark to open it. Nothing in the archive was changed.`,
  )

/**
 * Reads the catalog cache and the registry file. Either of a newer format refuses the open before
 * anything is touched; a damaged one goes to quarantine. Up to format 4 the catalog held the
 * registry: that registry is the archive's (a registry.json beside it is what a migration cut
 * short wrote from it).
 */
export async function readLayout(
  dir: string,
  cacheFile: ValidatedJSONFile<CatalogFile>,
  registryFile: RegistryFile,
  notices: ArchiveNotices,
): Promise<ArchiveLayout> {
  const cache = await readChecked(
    () => cacheFile.read(),
    (e) => newerArchive(dir, 'archive', e.version, SCHEMA_VERSION),
  )
  const registry = await readChecked<Registry>(
    () => registryFile.read(),
    (e) => newerArchive(dir, `registry (${REGISTRY_FILE})`, e.version, REGISTRY_FORMAT),
  )
  const layout: ArchiveLayout = {
    catalog: emptyCatalog(),
    cacheLost: true,
    registryFrom: 'none',
    catalogStale: true,
  }
  if ('error' in cache) {
    const where = await notices.moveToQuarantine(cache.error.file)
    layout.cacheDamaged = `The archive index (stancemark.json) was damaged (${cache.error.reason}) and was ${where}.`
  } else if (cache.data) {
    const inCatalog = registryInCatalog(cache.data)
    Object.assign(layout.catalog, migrate(cache.data), inCatalog)
    layout.cacheLost = false
    layout.catalogStale = cache.data.schemaVersion !== SCHEMA_VERSION
    if (inCatalog) layout.registryFrom = 'catalog'
  }
  if ('error' in registry) {
    registryFile.forget()
    const where = await notices.moveToQuarantine(registry.error.file)
    layout.registryDamaged = `The speakers, positions and coders (${REGISTRY_FILE}) were damaged (${registry.error.reason}) and the file was ${where}`
  } else if (registry.data && layout.registryFrom === 'none') {
    Object.assign(layout.catalog, registry.data)
    layout.registryFrom = 'file'
  }
  return layout
}
