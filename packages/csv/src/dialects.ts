import type { Dialect, Profile } from './types.js'

/**
 * The named dialects. `rfc4180` is the standard (no BOM, CRLF, commas) and
 * leaves cells as written: French paragraphs legitimately start with a dash.
 * `excel` adds the BOM Excel needs to read UTF-8 and guards against formula
 * injection; `excel-fr` separates with semicolons, as Excel does where the
 * decimal mark is a comma; `tsv` separates with tabs, quoting as CSV does.
 */
export const DIALECTS: Record<Profile, Dialect> = {
  rfc4180: { delimiter: ',', lineTerminator: '\r\n', bom: false, formulaGuard: false },
  excel: { delimiter: ',', lineTerminator: '\r\n', bom: true, formulaGuard: true },
  'excel-fr': { delimiter: ';', lineTerminator: '\r\n', bom: true, formulaGuard: true },
  tsv: { delimiter: '\t', lineTerminator: '\r\n', bom: false, formulaGuard: false }
}
