import type { Location } from './location.js'
import type { Diagnostic, RuleId, Severity } from './types.js'

/** Collects diagnostics for one text, attaching positions from its line index. */
export interface DiagnosticCollector {
  add(
    ruleId: RuleId,
    severity: Severity,
    message: string,
    span?: { start: number; end: number },
    expected?: string | null,
    fatal?: boolean
  ): void
  /** The diagnostics in order of position, whole-file ones first. */
  list(): Diagnostic[]
}

export function diagnostics(text: string, location: Location): DiagnosticCollector {
  const found: Diagnostic[] = []
  return {
    add(ruleId, severity, message, span, expected = null, fatal = false) {
      found.push({
        ruleId,
        severity,
        fatal,
        message,
        position: span ? location.toPosition(span.start, span.end) : null,
        actual: span ? text.slice(span.start, span.end) : null,
        expected
      })
    },
    list() {
      return found.sort((a, b) => (a.position?.start.offset ?? -1) - (b.position?.start.offset ?? -1))
    }
  }
}

/** Shortens `text` for a message. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/gu, ' ')
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}
