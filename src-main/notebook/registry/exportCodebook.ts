import type { ExportedFile } from '../../shared/contract'
import type { Catalog } from '../storage/catalog'
import { stringifyCsv } from '../export/stringifyCsv'
import { codebookOrder } from './positionTree'

export const CODEBOOK_COLUMNS = ['id', 'label', 'parent_label', 'description', 'color'] as const

/** The codebook as CSV (see `stringifyCsv`), parents before children; `importCodebook` reads it back. */
export function exportCodebook(catalog: Catalog): ExportedFile {
  const { positions } = catalog
  const rows = codebookOrder(positions).map((position) => [
    position.id,
    position.label,
    (position.parentId && positions[position.parentId]?.label) || '',
    position.description,
    position.color,
  ])
  const content = stringifyCsv([[...CODEBOOK_COLUMNS], ...rows])
  return { filename: 'codebook.csv', mediaType: 'text/csv', content, encoding: 'utf8' }
}
