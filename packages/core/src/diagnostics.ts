import type { Location } from './location.js'
import type { Diagnostic, RuleId, Severity } from './types.js'

/**
 * Collects diagnostics for one text, attaching positions from its line index.
 * A message may be given as a function, called only for a diagnostic that is
 * listed: a flood of one rule then costs no strings.
 */
export interface DiagnosticCollector {
  add(
    ruleId: RuleId,
    severity: Severity,
    message: string | (() => string),
    span?: { start: number; end: number },
    expected?: string | null,
    fatal?: boolean
  ): void
  /** The diagnostics in order of position, whole-file ones first. */
  list(): Diagnostic[]
}

/**
 * How many diagnostics of one rule a file keeps. Past it, one
 * `too-many-diagnostics` says how many more there were and where the first of
 * them stands: a flood of one mistake (3 MB of `"`) stays a few hundred objects.
 */
export const MAX_PER_RULE = 100

/** The diagnostics of one rule past the cap: how many, the first one's span and severity. */
interface Overflow {
  ruleId: RuleId
  severity: Severity
  span: { start: number; end: number } | undefined
  count: number
}

export function diagnostics(text: string, location: Location): DiagnosticCollector {
  const found: Diagnostic[] = []
  const counts = new Map<RuleId, number>()
  const overflows = new Map<RuleId, Overflow>()
  const toDiagnostic = (
    ruleId: RuleId,
    severity: Severity,
    message: string,
    span: { start: number; end: number } | undefined,
    expected: string | null,
    fatal: boolean
  ): Diagnostic => ({
    ruleId,
    severity,
    fatal,
    message,
    position: span ? location.toPosition(span.start, span.end) : null,
    actual: span ? text.slice(span.start, span.end) : null,
    expected
  })
  return {
    add(ruleId, severity, message, span, expected = null, fatal = false) {
      const count = (counts.get(ruleId) ?? 0) + 1
      counts.set(ruleId, count)
      if (count <= MAX_PER_RULE) found.push(toDiagnostic(ruleId, severity, typeof message === 'string' ? message : message(), span, expected, fatal))
      else {
        const overflow = overflows.get(ruleId)
        if (overflow) overflow.count++
        else overflows.set(ruleId, { ruleId, severity, span, count: 1 })
      }
    },
    list() {
      const closing = [...overflows.values()].map(({ ruleId, severity, span, count }) =>
        toDiagnostic(
          'too-many-diagnostics',
          severity,
          `Too many \`${ruleId}\` diagnostics: ${MAX_PER_RULE} are listed, ${count} more are not (the first of them here)`,
          span,
          null,
          false
        )
      )
      return [...found, ...closing].sort((a, b) => (a.position?.start.offset ?? -1) - (b.position?.start.offset ?? -1))
    }
  }
}

/** Shortens `text` for a message. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/gu, ' ')
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}
