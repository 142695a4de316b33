import { stringify } from 'csv-stringify/sync'
import type { ExportedFile } from '../shared/contract'
import type { Catalog } from './catalog'
import { codebookOrder } from './positionTree'

export const CODEBOOK_COLUMNS = ['id', 'label', 'parent_label', 'description', 'color'] as const

/** The codebook as CSV (RFC 4180: CRLF, quotes where needed; UTF-8), parents before children. */
export function exportCodebook(catalog: Catalog): ExportedFile {
  const { positions } = catalog
  const records = codebookOrder(positions).map((position) => ({
    id: position.id,
    label: position.label,
    parent_label: (position.parentId && positions[position.parentId]?.label) || '',
    description: position.description,
    color: position.color,
  }))
  const content = stringify(records, {
    header: true,
    columns: [...CODEBOOK_COLUMNS],
    record_delimiter: '\r\n',
  })
  return { filename: 'codebook.csv', mediaType: 'text/csv', content, encoding: 'utf8' }
}
