import { join } from 'node:path'
import { CatalogFile, registryInCatalog, SCHEMA_VERSION } from './catalog'
import { ValidatedJSONFile } from './jsonFile'
import { Registry, REGISTRY_FILE, REGISTRY_FORMAT } from './registryFile'

/**
 * The registry a backup (or an archive folder) holds: its registry.json, or in one made before
 * format 5, the catalog's. Undefined when neither can be read.
 */
export async function backupRegistry(
  folder: string,
): Promise<{ registry: Registry; file: string } | undefined> {
  const file = new ValidatedJSONFile(join(folder, REGISTRY_FILE), Registry, {
    version: REGISTRY_FORMAT,
  })
  const registry = await file.read().catch(() => null)
  if (registry) return { registry, file: REGISTRY_FILE }
  const catalog = await new ValidatedJSONFile(join(folder, 'stancemark.json'), CatalogFile, {
    version: SCHEMA_VERSION,
  })
    .read()
    .catch(() => null)
  const inCatalog = catalog && registryInCatalog(catalog)
  return inCatalog ? { registry: inCatalog, file: 'stancemark.json' } : undefined
}
