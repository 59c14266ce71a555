import type { Dialect, DialectName } from './types.js'

/**
 * The named dialects. `rfc4180` is the standard (no BOM, CRLF, commas) and
 * leaves cells as written: French paragraphs legitimately start with a dash.
 * `excel` adds the BOM Excel needs to read UTF-8 and guards against formula
 * injection; `excel-fr` separates with semicolons, as Excel does where the
 * decimal mark is a comma; `tsv` is IANA `text/tab-separated-values`: no
 * quoting, tabs and line breaks inside a field escaped with backslashes, and
 * records ending with LF, so that `cut` and `awk -F'\t'` split every line right.
 */
export const DIALECTS: Record<DialectName, Dialect> = {
  rfc4180: { delimiter: ',', lineTerminator: '\r\n', bom: false, formulaGuard: false, escape: 'quote' },
  excel: { delimiter: ',', lineTerminator: '\r\n', bom: true, formulaGuard: true, escape: 'quote' },
  'excel-fr': { delimiter: ';', lineTerminator: '\r\n', bom: true, formulaGuard: true, escape: 'quote' },
  tsv: { delimiter: '\t', lineTerminator: '\n', bom: false, formulaGuard: false, escape: 'backslash' }
}
