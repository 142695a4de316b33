import { userInfo } from 'node:os'
import type { CoderRef } from '../../shared/coding'
import { CODER_PALETTE } from '../../shared/coderColors'
import { StancemarkError } from '../../shared/errors'
import { Coder, type Statement } from '../../shared/model'
import { foldLabel } from '../../shared/nameKey'
import type { Catalog } from '../storage/catalog'
import { newId } from '../newId'

/** The first coder's name: the system's user name, capitalised, or "Coder" when it is unknown. */
export function systemCoderName(): string {
  let name = ''
  try {
    name = userInfo().username.trim()
  } catch {
    // No user name here (some containers): the coder is renamed in the settings.
  }
  const parsed = Coder.shape.name.safeParse(name)
  return parsed.success ? parsed.data.charAt(0).toUpperCase() + parsed.data.slice(1) : 'Coder'
}

/** The coder a statement is the work of: its own, or for a statement written before coders, the first. */
export function coderIdOf(
  statement: Pick<Statement, 'coderId'>,
  catalog: { readonly coders: readonly Pick<Coder, 'id'>[] },
): string {
  return statement.coderId ?? catalog.coders[0]?.id ?? ''
}

const coderCalled = (catalog: Catalog, name: string) =>
  catalog.coders.find((coder) => foldLabel(coder.name) === foldLabel(name))

/**
 * Gives an archive with no coder (a fresh one, or one made before coders) its first: every
 * statement without a coder is theirs. Answers whether the catalog changed.
 */
export function giveFirstCoder(catalog: Catalog): boolean {
  if (catalog.coders.length > 0) return false
  catalog.coders.push({ id: newId(), name: systemCoderName(), color: CODER_PALETTE[0] })
  return true
}

/** A new coder or one renamed or recoloured; a name another coder goes by (ignoring case) is refused. */
export function putCoder(
  catalog: Catalog,
  input: { id?: string; name: string; color?: string },
): Coder {
  const clash = coderCalled(catalog, input.name)
  if (clash && clash.id !== input.id)
    throw new StancemarkError('conflict', `There is already a coder called “${clash.name}”.`)
  const before = input.id ? catalog.coders.find((coder) => coder.id === input.id) : undefined
  if (input.id && !before)
    throw new StancemarkError('not-found', 'That coder is not in this archive.')
  const color =
    input.color ?? before?.color ?? CODER_PALETTE[catalog.coders.length % CODER_PALETTE.length]
  const coder = Coder.parse({ id: before?.id ?? newId(), name: input.name, color })
  if (before) catalog.coders[catalog.coders.indexOf(before)] = coder
  else catalog.coders.push(coder)
  return coder
}

/** The coder of a reference: an existing id, or a name (ignoring case), created when new. */
export function resolveCoder(catalog: Catalog, ref: CoderRef): Coder {
  if ('id' in ref) {
    const coder = catalog.coders.find((c) => c.id === ref.id)
    if (!coder) throw new StancemarkError('not-found', 'That coder is not in this archive.')
    return coder
  }
  return coderCalled(catalog, ref.name) ?? putCoder(catalog, { name: ref.name })
}

/** A coder known to the archive, or `not-found` in words. */
export function coderById(catalog: Catalog, id: string): Coder {
  return resolveCoder(catalog, { id })
}

/** Who codes on this machine: the coder chosen here while the archive knows them, else the first. */
export function currentCoder(catalog: Catalog, localCoder: string | undefined): Coder {
  const chosen = localCoder && catalog.coders.find((coder) => coder.id === localCoder)
  if (chosen) return chosen
  const first = catalog.coders[0]
  if (!first) throw new StancemarkError('internal', 'This archive has no coder yet.')
  return first
}

/** The current coder's id, for reads that show a coder only what they may see. */
export const readerOf = (archive: { catalog: Catalog; localCoder: string | undefined }): string =>
  currentCoder(archive.catalog, archive.localCoder).id

/** The coder of a statement's `coderId` (absent: the first coder), if the archive knows them. */
export const coderOf = (coderId: string | undefined, catalog: Catalog): Coder | undefined => {
  const id = coderIdOf({ coderId }, catalog)
  return catalog.coders.find((coder) => coder.id === id)
}
