/** Markdown tables and number formats. */

/**
 * @param {string[]} header
 * @param {Array<Array<string | number>>} rows
 * @param {Array<'l' | 'r'>} [align]
 */
export function markdownTable(header, rows, align = header.map((_, index) => (index === 0 ? 'l' : 'r'))) {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell).replace(/\|/g, '\\|')))
  const widths = header.map((_, column) => Math.max(3, ...cells.map((row) => row[column]?.length ?? 0)))
  const line = (row) => `| ${row.map((cell, column) => (align[column] === 'r' ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join(' | ')} |`
  const rule = `| ${widths.map((width, column) => (align[column] === 'r' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n')
}

/** A number with `digits` significant-looking decimals: 1,234 · 12.3 · 0.123. */
export function num(value, digits = 1) {
  if (value === null || value === undefined || Number.isNaN(value)) return '–'
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

export const int = (value) => num(value, 0)

export const mib = (kib) => kib / 1024
