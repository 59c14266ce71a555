import type { ParseArgsConfig } from 'node:util'
import type { ReadSettings } from './inputs.js'
import { UsageError } from './io.js'

/** Files larger than this are reported and skipped unless `--max-file-size` says otherwise: 64 MiB. */
export const DEFAULT_MAX_FILE_SIZE = 64 * 1024 ** 2

/** The options of every command that reads inputs. */
export const INPUT_OPTIONS = {
  'max-file-size': { type: 'string' },
  'follow-symlinks': { type: 'boolean' }
} as const satisfies NonNullable<ParseArgsConfig['options']>

/**
 * Their lines in a command's `--help`: `indent`, each option padded to
 * `width`, its text wrapped at 79 columns (below the option when it is wider).
 */
export function inputUsage(indent: string, width: number): string {
  const room = 79 - indent.length - width
  const wrap = (text: string) => text.split(' ').reduce<string[]>((lines, word) => {
    const last = lines.at(-1)
    if (last !== undefined && last.length + 1 + word.length <= room) lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
    return lines
  }, [])
  const margin = `${indent}${' '.repeat(width)}`
  return [
    ['--max-file-size <size>', 'skip (and report) larger files: bytes, or 500kB, 64MiB… (default 64MiB)'],
    ['--follow-symlinks', 'follow symbolic links that lead outside the input folders (by default skipped and reported)']
  ]
    .map(([option = '', text = '']) => {
      const [first = '', ...rest] = wrap(text)
      const head = option.length < width ? `${indent}${option.padEnd(width)}${first}` : `${indent}${option}\n${margin}${first}`
      return [head, ...rest.map((line) => `${margin}${line}`)].join('\n')
    })
    .join('\n')
}

/** How to read the inputs, from the values of {@link INPUT_OPTIONS}. */
export function inputSettings(values: { 'max-file-size'?: string | undefined; 'follow-symlinks'?: boolean | undefined }): Required<Pick<ReadSettings, 'maxFileSize' | 'followSymlinks'>> {
  return { maxFileSize: byteSize('max-file-size', values['max-file-size']) ?? DEFAULT_MAX_FILE_SIZE, followSymlinks: values['follow-symlinks'] === true }
}

// As GNU tools count: kB, MB, GB in powers of 1000; K, M, G and KiB, MiB, GiB in powers of 1024. Any case.
const UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, kb: 1e3, mb: 1e6, gb: 1e9, k: 1024, kib: 1024, m: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gib: 1024 ** 3 }

/** A size in bytes: a whole number, with or without a unit (`500kB`, `64MiB`, `1 GB`), of at least 1 byte. */
export function byteSize(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const match = /^(\d+) ?([a-z]*)$/i.exec(value)
  const unit = match ? UNITS[(match[2] ?? '').toLowerCase()] : undefined
  const bytes = match && unit !== undefined ? Number(match[1]) * unit : Number.NaN
  if (!Number.isSafeInteger(bytes) || bytes < 1) throw new UsageError(`--${name} must be a size of at least 1 byte, in bytes or with a unit (500kB, 64MiB, 1GB), not \`${value}\``)
  return bytes
}
