// Electronegativity over the built app (out/): fails on any finding above LOW that
// scripts/electronegativity.config.json does not keep with a reason.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const root = fileURLToPath(new URL('..', import.meta.url))
const config = JSON.parse(readFileSync(new URL('./electronegativity.config.json', import.meta.url)))
const BLOCKING = new Set(['MEDIUM', 'HIGH', 'CRITICAL'])

/** Rows of a CSV file whose fields may be quoted, with "" for a quote inside one. */
function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  const endField = () => {
    row.push(field.trim())
    field = ''
  }
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (quoted && char === '"' && text[i + 1] === '"') field += text[++i]
    else if (char === '"') quoted = !quoted
    else if (quoted || (char !== ',' && char !== '\n')) field += char
    else if (char === ',') endField()
    else {
      endField()
      rows.push(row)
      row = []
    }
  }
  endField()
  rows.push(row)
  return rows.filter((cells) => cells.some((cell) => cell !== ''))
}

if (!existsSync(join(root, 'out', 'main', 'index.js'))) {
  console.error('check:electron reads the built app: run `npm run build` first.')
  process.exit(1)
}
const electronVersion = require('electron/package.json').version
const cli = join(
  require.resolve('@doyensec/electronegativity/package.json').replace(/package\.json$/, ''),
  'dist',
  'index.js',
)
const folder = mkdtempSync(join(tmpdir(), 'stancemark-electronegativity-'))
const report = join(folder, 'findings.csv')
const run = spawnSync(
  process.execPath,
  [
    ...['--require', join(root, 'scripts', 'electronegativityOffline.cjs'), cli],
    ...['--input', join(root, 'out'), '--relative', '--verbose', 'false'],
    ...['--electron-version', electronVersion, '--output', report],
    ...['--exclude-checks', Object.keys(config.excludedChecks).join(',')],
  ],
  { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'en-US' } },
)
if (run.status !== 0 || !existsSync(report)) {
  console.error(`Electronegativity did not run (exit ${run.status}):\n${run.stdout}\n${run.stderr}`)
  process.exit(1)
}
const [header, ...rows] = parseCsv(readFileSync(report, 'utf8'))
rmSync(folder, { recursive: true, force: true })
const column = (name) => header.indexOf(name)
const findings = rows.map((row) => ({
  issue: row[column('issue')],
  severity: row[column('severity')],
  confidence: row[column('confidence')],
  file: row[column('filename')],
  location: row[column('location')],
  description: row[column('description')],
}))
const kept = (finding) =>
  config.keptFindings.some((keep) => keep.issue === finding.issue && keep.file === finding.file)
const blocking = findings.filter((finding) => BLOCKING.has(finding.severity) && !kept(finding))
const summary = `Electronegativity (Electron ${electronVersion}): ${findings.length} findings, ${findings.filter(kept).length} kept with a reason in scripts/electronegativity.config.json, ${blocking.length} above LOW to fix.`
if (blocking.length > 0) {
  console.error(summary)
  for (const f of blocking)
    console.error(`  ${f.severity} ${f.issue} at out/${f.file}:${f.location}: ${f.description}`)
  process.exit(1)
}
console.log(summary)
