import { useState } from 'react'
import type { StatementExport } from '../../../src-main/shared/contract'
import { api } from '../../api'
import { saveExportedFile } from './saveExportedFile'
import { statementQuery, type StatementFilter } from '../statements/useStatementFilter'
import { messageOf } from '../../../src-main/shared/errors'

/** Without a `format`: W3C Web Annotation JSON-LD, from `exportAnnotations`. */
const CHOICES: { id: string; label: string; format?: StatementExport }[] = [
  { id: 'csv', label: 'Table (CSV)', format: { format: 'csv', excel: false } },
  { id: 'csv-excel', label: 'Table for Excel (CSV)', format: { format: 'csv', excel: true } },
  {
    id: 'csv-raw',
    label: 'Table with text as written, for R or pandas (CSV)',
    format: { format: 'csv', excel: false, rawText: true },
  },
  {
    id: 'two-mode-gexf',
    label: 'Speaker × position network (GEXF)',
    format: { format: 'gexf', network: 'speaker-position' },
  },
  {
    id: 'two-mode-graphml',
    label: 'Speaker × position network (GraphML)',
    format: { format: 'graphml', network: 'speaker-position' },
  },
  {
    id: 'one-mode-gexf',
    label: 'Speaker agreement and conflict (GEXF)',
    format: { format: 'gexf', network: 'speaker-speaker' },
  },
  {
    id: 'one-mode-graphml',
    label: 'Speaker agreement and conflict (GraphML)',
    format: { format: 'graphml', network: 'speaker-speaker' },
  },
  { id: 'web-annotation', label: 'W3C Web Annotations (JSON-LD)' },
]

/** Exports the statements the filter selects, dates included, as a table or a network. */
export function ExportStatementsMenu({
  filter,
  onDone,
}: {
  filter: StatementFilter
  onDone: (message: string) => void
}) {
  const [busy, setBusy] = useState(false)
  const run = async (id: string) => {
    const choice = CHOICES.find((c) => c.id === id)
    if (!choice) return
    setBusy(true)
    try {
      const query = statementQuery(filter)
      const file = choice.format
        ? await api.exportStatements(query, choice.format)
        : await api.exportAnnotations(query)
      const message = await saveExportedFile(file)
      if (message) onDone(message)
    } catch (error) {
      onDone(messageOf(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <select
      aria-label="Export these statements"
      className="export-menu"
      value=""
      disabled={busy}
      onChange={(e) => void run(e.currentTarget.value)}
    >
      <option value="">{busy ? 'Exporting…' : 'Export…'}</option>
      {CHOICES.map((choice) => (
        <option key={choice.id} value={choice.id}>
          {choice.label}
        </option>
      ))}
    </select>
  )
}
