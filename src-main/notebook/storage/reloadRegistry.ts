import { StancemarkError } from '../../shared/errors'
import type { ArchiveNotices } from './archiveNotices'
import type { Catalog } from './catalog'
import { DamagedFileError, NewerFileError } from './jsonFile'
import { putRegistry, REGISTRY_FILE, REGISTRY_FORMAT, type RegistryFile } from './registryFile'

export interface ReloadedRegistry {
  /** The registry we had must be written back: the file a sync left is damaged or gone. */
  rewrite: boolean
  /** Set when the file is of a newer format: this version leaves it as it is. */
  refused?: StancemarkError
}

/**
 * Takes into the archive the registry.json a sync wrote. A damaged file goes to quarantine and a
 * missing one is made again, both from the registry the archive had; a newer one stays as it is,
 * and changes to the registry are refused until Stancemark is updated.
 */
export async function reloadRegistry(
  file: RegistryFile,
  catalog: Catalog,
  notices: ArchiveNotices,
): Promise<ReloadedRegistry> {
  try {
    const registry = await file.read()
    if (!registry) {
      notices.tell(
        'registry-gone',
        `A sync removed the speakers, positions and coders (${REGISTRY_FILE}); they were written again as this archive had them.`,
      )
      return { rewrite: true }
    }
    putRegistry(catalog, registry)
    return { rewrite: false }
  } catch (error) {
    if (error instanceof NewerFileError) {
      const message = `A sync brought speakers, positions and coders (${REGISTRY_FILE}) saved by a newer version of Stancemark (format ${error.version}; this version reads up to format ${REGISTRY_FORMAT}). They are left as they are, and changes to them wait until Stancemark is updated.`
      notices.tell('newer:registry', message)
      return { rewrite: false, refused: new StancemarkError('unsupported-format', message) }
    }
    if (!(error instanceof DamagedFileError)) throw error
    file.forget()
    await notices.quarantine(
      error.file,
      `The speakers, positions and coders a sync brought (${REGISTRY_FILE}) could not be read; those this archive had were kept`,
      error.reason,
    )
    return { rewrite: true }
  }
}
