import { plural } from './options.js'

/** What a run did with one format. */
export interface Outcome {
  /** Files written: one per document, the corpus file, or the CSV tables (their metadata aside). */
  written: number
  /** Documents whose file was not written (for the CSV tables: documents left out of them). */
  failed: number
  /** Why the format stopped (its disk full, say), or `null` while it goes on. */
  stopped: string | null
}

/** What a run read. */
export interface Reading {
  /** Documents read. */
  read: number
  /** Of them, those with an error diagnostic (a binary file, say). */
  withErrors: number
  /** Inputs that could not be read: files, and folders or patterns that gave none. */
  notRead: number
  /** Documents kept from the earlier export, unchanged (`--update`). */
  unchanged: number
}

/** One format's line: where it wrote, and how much. */
export interface FormatLine {
  format: string
  folder: string
  outcome: Outcome
  /** `files` (one per document), `corpus` (one file), or `tables`. */
  kind: 'files' | 'corpus' | 'tables'
}

/**
 * The summary of a run: what was read, then per format what was written and
 * what was not. A run that read no document wrote nothing, and says so.
 */
export function summary({ read, withErrors, notRead, unchanged }: Reading, formats: readonly FormatLine[]): string {
  const notes = [...(withErrors > 0 ? [`${withErrors.toLocaleString('en-US')} with errors`] : []), ...(notRead > 0 ? [`${plural(notRead, 'input')} not read`] : [])]
  const kept = unchanged > 0 ? `, ${plural(unchanged, 'document')} unchanged` : ''
  const first = `${plural(read, 'document')} read${notes.length > 0 ? ` (${notes.join(', ')})` : ''}${kept}`
  if (read + unchanged === 0) return `${first}: nothing written.\n`
  return `${[`${first}.`, ...formats.map(formatLine)].join('\n')}\n`
}

function formatLine({ format, folder, outcome, kind }: FormatLine): string {
  const what =
    kind === 'tables'
      ? outcome.written > 0
        ? `${plural(outcome.written, 'table')} and their metadata in ${folder}${outcome.failed > 0 ? `, ${plural(outcome.failed, 'document')} left out` : ''}`
        : `no table written in ${folder}`
      : kind === 'corpus'
        ? outcome.written > 0
          ? `${plural(outcome.written, 'file')} (the whole corpus) in ${folder}`
          : `the corpus file not written in ${folder}`
        : `${plural(outcome.written, 'file')} in ${folder}${outcome.failed > 0 ? `, ${plural(outcome.failed, 'document')} not written` : ''}`
  return `${format.padEnd(9)} ${what}`
}
