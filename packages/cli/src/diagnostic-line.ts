import type { Diagnostic } from '@corpus/core'

/** `file:line:column  severity  message  rule`, as compilers and linters print theirs; a diagnostic of the whole file has no line and column. */
export function diagnosticLine(file: string, diagnostic: Diagnostic): string {
  const place = diagnostic.position ? `${file}:${diagnostic.position.start.line}:${diagnostic.position.start.column}` : file
  return `${place}  ${diagnostic.severity}  ${diagnostic.message}  ${diagnostic.ruleId}`
}

/** A file that could not be read or written (`read-error`, `write-error`, `duplicate-id`), in the same form. */
export function failureLine(file: string, message: string, rule = 'read-error'): string {
  return `${file}  error  ${message}  ${rule}`
}
