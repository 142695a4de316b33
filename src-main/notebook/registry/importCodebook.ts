import { parse } from 'csv-parse/sync'
import { messageOf, StancemarkError } from '../../shared/errors'
import { Id, type Position } from '../../shared/model'
import type { CodebookImportReport } from '../../shared/statementQuery'
import type { Catalog } from '../storage/catalog'
import { foldLabel } from '../../shared/nameKey'
import { newId } from '../newId'
import { restoreFormula } from '../export/stringifyCsv'
import { checkParent } from './positionTree'
import { findPositionByLabel } from './positions'

interface Row {
  line: number
  id: string
  label: string
  parentLabel: string | undefined
  description: string | undefined
  color: string | undefined
}

function readRows(csv: string): { rows: Row[]; errors: string[] } {
  let records: { record: Record<string, string>; info: { lines: number } }[]
  try {
    records = parse(csv, {
      bom: true,
      columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      // Labels that began with = or + were written with an apostrophe before them: take it off.
      cast: (value: string) => restoreFormula(value),
    })
  } catch (error) {
    const reason = messageOf(error)
    throw new StancemarkError('invalid', `This file is not a CSV Stancemark can read: ${reason}`)
  }
  if (records.length > 0 && !('label' in records[0].record))
    throw new StancemarkError(
      'invalid',
      'This file has no “label” column. A codebook CSV has the columns id, label, parent_label, description and color, with their names in the first row.',
    )
  const rows: Row[] = []
  const errors: string[] = []
  const firstLine = new Map<string, number>()
  for (const { record, info } of records) {
    const say = (message: string) => errors.push(`Line ${info.lines}: ${message}`)
    const label = record.label ?? ''
    const color = record.color || undefined
    if (!label) say('the label is empty.')
    else if (label.length > 300) say(`the label is longer than 300 characters.`)
    else if (color && !/^#?[0-9a-f]{6}$/i.test(color))
      say(`the colour “${color}” of “${label}” is not written as #rrggbb (e.g. #2f6fde).`)
    else if ((record.description ?? '').length > 20_000)
      say(`the description of “${label}” is longer than 20,000 characters.`)
    else if (firstLine.has(foldLabel(label)))
      say(
        `“${label}” appears twice in the file (first on line ${firstLine.get(foldLabel(label))}).`,
      )
    else {
      firstLine.set(foldLabel(label), info.lines)
      rows.push({
        line: info.lines,
        id: record.id ?? '',
        label,
        parentLabel: 'parent_label' in record ? record.parent_label : undefined,
        description: 'description' in record ? record.description : undefined,
        color: color && (color.startsWith('#') ? color : `#${color}`).toLowerCase(),
      })
    }
  }
  return { rows, errors }
}

/**
 * Adds a codebook CSV to the catalog's codebook: positions matched by label (ignoring case and
 * accents) are updated, others added (keeping the file's id when it is free), parents first.
 */
export function importCodebook(catalog: Catalog, csv: string): CodebookImportReport {
  const { rows, errors } = readRows(csv)
  const report: CodebookImportReport = { added: 0, updated: 0, skipped: 0, errors }
  const byLabel = new Map(rows.map((row) => [foldLabel(row.label), row]))
  const done = new Map<Row, Position | undefined>()
  const failed = (row: Row, message: string) => {
    errors.push(`Line ${row.line}: ${message}`)
    done.set(row, undefined)
    return undefined
  }

  const siblingsEnd = (parentId: string | undefined) =>
    Math.max(
      -1,
      ...Object.values(catalog.positions)
        .filter((p) => p.parentId === parentId)
        .map((p) => p.order ?? -1),
    ) + 1

  function importRow(row: Row, visiting: Set<Row>): Position | undefined {
    if (done.has(row)) return done.get(row)
    if (visiting.has(row)) return failed(row, `the parents of “${row.label}” go round in a circle.`)
    visiting.add(row)
    let parentId: string | undefined
    if (row.parentLabel) {
      const parentRow = byLabel.get(foldLabel(row.parentLabel))
      if (parentRow === row) return failed(row, `“${row.label}” cannot be its own parent.`)
      const parent = parentRow
        ? importRow(parentRow, visiting)
        : findPositionByLabel(catalog, row.parentLabel)
      if (done.has(row)) return done.get(row)
      if (!parent)
        return failed(
          row,
          parentRow
            ? `its parent “${row.parentLabel}” was not imported.`
            : `its parent “${row.parentLabel}” is neither in the file nor in the codebook.`,
        )
      parentId = parent.id
    }
    const existing = findPositionByLabel(catalog, row.label)
    if (existing) {
      const next: Position = {
        ...existing,
        parentId: row.parentLabel === undefined ? existing.parentId : parentId,
        description: row.description ?? existing.description,
        color: row.color ?? existing.color,
      }
      if (next.parentId && next.parentId !== existing.parentId) {
        try {
          checkParent(catalog.positions, existing.id, next.parentId)
        } catch (error) {
          return failed(row, messageOf(error))
        }
      }
      const same =
        next.parentId === existing.parentId &&
        next.description === existing.description &&
        next.color === existing.color
      if (same) report.skipped++
      else report.updated++
      catalog.positions[existing.id] = next
      done.set(row, next)
      return next
    }
    const id = Id.safeParse(row.id).success && !catalog.positions[row.id] ? row.id : newId()
    const position: Position = {
      id,
      label: row.label,
      parentId,
      description: row.description ?? '',
      color: row.color ?? '#6b7280',
      order: siblingsEnd(parentId),
    }
    catalog.positions[id] = position
    report.added++
    done.set(row, position)
    return position
  }

  for (const row of rows) importRow(row, new Set())
  return report
}
