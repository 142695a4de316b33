import { cpus, totalmem } from 'node:os'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { STORE_LABELS, type StoreName } from './benchStore'
import type { Row } from './targets'
import type { Timing } from './timing'

export interface Machine {
  cpu: string
  cores: number
  ramGB: number
  node: string
  platform: string
}

export function machine(): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    ramGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  }
}

const STORES: StoreName[] = ['stancemark', 'naive', 'sqlite']
const HEAD = [
  'operation',
  'articles',
  ...STORES.map((s) => STORE_LABELS[s]),
  '÷ naive',
  '÷ SQLite',
  'target',
  '',
]

function figure(value: number): string {
  if (!Number.isFinite(value)) return '—'
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)
}

function cell(timing: Timing | undefined, unit: Row['unit']): string {
  if (!timing) return '—'
  if (timing.runs <= 1) return `${figure(timing.median)} ${unit ?? 'ms'}`
  return `${figure(timing.median)} / ${figure(timing.p95)} ${unit ?? 'ms'}`
}

function cells(row: Row): string[] {
  const times = (r: number | undefined) => (r === undefined ? '—' : `${figure(r)}×`)
  return [
    row.operation,
    row.size ? row.size.toLocaleString('en') : '',
    ...STORES.map((s) => cell(row.stores[s], row.unit)),
    times(row.ratios.naive),
    times(row.ratios.sqlite),
    row.target,
    row.verdict,
  ]
}

/** The table for a terminal: columns padded to their widest cell. */
export function textTable(rows: Row[]): string {
  const lines = [HEAD, ...rows.map(cells)]
  const widths = HEAD.map((_, i) => Math.max(...lines.map((line) => line[i].length)))
  return lines
    .map((line) =>
      line
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
}

/** The same table in Markdown, for docs/performance.md. */
export function markdownTable(rows: Row[]): string {
  const line = (c: string[]) => `| ${c.map((x) => x.replace(/\|/g, '\\|')).join(' | ')} |`
  return [line(HEAD), line(HEAD.map(() => '---')), ...rows.map((r) => line(cells(r)))].join('\n')
}

const START = '<!-- bench:start -->'
const END = '<!-- bench:end -->'

interface Results {
  when: string
  machine: Machine
  notes: string[]
  rows: Row[]
}

/**
 * With `keep`, the rows of the last run that this run did not measure (another size, or the
 * renderer alone) stay in the results, after this run's.
 */
async function withEarlier(file: string, rows: Row[], keep: boolean): Promise<Row[]> {
  if (!keep) return rows
  const earlier = JSON.parse(await readFile(file, 'utf8').catch(() => '{"rows":[]}')) as Results
  const measured = new Set(rows.map((r) => `${r.operation}@${r.size}`))
  return [...earlier.rows.filter((r) => !measured.has(`${r.operation}@${r.size}`)), ...rows]
}

/** Writes bench-results/latest.json and puts the table between the markers of docs/performance.md. */
export async function writeReport(
  root: string,
  thisRun: Row[],
  notes: string[],
  keep = false,
): Promise<Row[]> {
  const when = new Date().toISOString()
  const host = machine()
  const file = join(root, 'bench-results', 'latest.json')
  const rows = await withEarlier(file, thisRun, keep)
  await mkdir(join(root, 'bench-results'), { recursive: true })
  const results: Results = { when, machine: host, notes, rows }
  await writeFile(file, JSON.stringify(results, null, 2) + '\n')
  const doc = join(root, 'docs', 'performance.md')
  const text = await readFile(doc, 'utf8').catch(() => `${START}\n${END}\n`)
  const section = [
    START,
    '',
    `Last run ${when.slice(0, 16).replace('T', ' ')} UTC on ${host.cpu}, ${host.cores} cores, ${host.ramGB} GB RAM, Node ${host.node} (${host.platform}).`,
    '',
    'Each cell is median / p95 over repeated runs in one process (a single figure: measured once).',
    '`÷ naive` and `÷ SQLite` are Stancemark’s median over the baseline’s: below 1 is faster.',
    '',
    markdownTable(rows),
    '',
    ...notes.map((n) => `- ${n}`),
    '',
    END,
  ].join('\n')
  const [before] = text.split(START)
  const after = text.includes(END) ? text.split(END)[1] : '\n'
  // Formatted as `npm run lint` wants it (Prettier aligns the table's columns).
  const options = (await resolveConfig(doc)) ?? {}
  await writeFile(doc, await format(`${before}${section}${after}`, { ...options, filepath: doc }))
  return rows
}
