/**
 * CSV text for exports: RFC 4180 quoting, a header of `# key: value` comment lines naming the
 * scenario, seed and model version, so a file on its own says where its numbers come from.
 */

/** A cell of an exported table. */
export type CsvCell = string | number | null

/** What every exported file states about its origin. */
export interface ExportProvenance {
  scenario: string
  seed: number
  modelVersion: string
  /** Extra lines, e.g. the number of Monte Carlo draws. */
  extra?: Record<string, string | number>
}

/**
 * Quote one cell. Cells that a spreadsheet would run as a formula (starting with =, +, -, @) are
 * prefixed with a quote mark, so a hostile run name cannot execute when the file is opened.
 */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return ''
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : ''
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Build CSV text: provenance comment lines, then the header row and the rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], provenance?: ExportProvenance): string {
  const lines: string[] = []
  if (provenance) {
    lines.push(`# scenario: ${provenance.scenario.replace(/[\r\n]+/g, ' ')}`)
    lines.push(`# seed: ${provenance.seed}`)
    lines.push(`# model version: ${provenance.modelVersion}`)
    for (const [key, value] of Object.entries(provenance.extra ?? {})) lines.push(`# ${key}: ${String(value).replace(/[\r\n]+/g, ' ')}`)
  }
  lines.push(header.map(csvCell).join(','))
  for (const row of rows) lines.push(row.map(csvCell).join(','))
  return `${lines.join('\r\n')}\r\n`
}
