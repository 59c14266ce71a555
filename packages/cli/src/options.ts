import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from './io.js'
import { didYouMean, suggest } from './suggest.js'

type Options = NonNullable<ParseArgsConfig['options']>

/** The options every command takes. */
export const COMMON = {
  help: { type: 'boolean', short: 'h' },
  quiet: { type: 'boolean', short: 'q' }
} as const satisfies Options

/** `node:util`'s `parseArgs`, strict, with its errors as usage errors said in this command's words. */
export function parseCommand<T extends Options>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: true })
  } catch (error) {
    throw new UsageError(problemOf(args, options) ?? (error instanceof Error ? error.message : String(error)))
  }
}

/**
 * What is wrong with `args` for `options`, as a user would say it: the first
 * unknown option (with what it may have meant), option missing its value, or
 * option given a value it does not take. `parseArgs`'s own messages say it in
 * its terms (`Unknown option '--outt'. To specify a positional argument…`).
 */
function problemOf(args: readonly string[], options: Options): string | undefined {
  const { tokens } = parseArgs({ args: [...args], options, strict: false, allowPositionals: true, tokens: true })
  const names = Object.keys(options).map((name) => `--${name}`)
  for (const token of tokens) {
    if (token.kind !== 'option') continue
    const { rawName, value } = token
    const type = Object.hasOwn(options, token.name) ? options[token.name]?.type : undefined
    // A short option (`-x`) looks like no long one.
    if (type === undefined) return `unknown option ${rawName}${rawName.startsWith('--') ? didYouMean(suggest(rawName, names)) : ''}`
    if (type === 'boolean' && value !== undefined) return `${rawName} takes no value, not \`${value}\``
    if (type === 'string' && value === undefined) return `${rawName} needs a value`
    if (type === 'string' && !token.inlineValue && value !== undefined && value.length > 1 && value.startsWith('-')) {
      return `${rawName} needs a value, not \`${value}\` (a value that begins with a dash is written ${rawName}=${value})`
    }
  }
  return undefined
}

/** The value of an option that takes one of `choices`. */
export function choice<T extends string>(name: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback
  const found = choices.find((item) => item === value)
  if (found === undefined) throw new UsageError(`--${name} must be one of ${choices.join(', ')}, not \`${value}\``)
  return found
}

/** A comma-separated list of values, each one of `choices`. */
export function choices<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T[] | undefined {
  if (value === undefined) return undefined
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => choice(name, item, allowed, item as T))
}

/** A whole number of at least `min`. */
export function integer(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined
  // Digits only: `Number` would also take `0x4`, `1e1` and ` 4 `.
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isSafeInteger(number) || number < min) throw new UsageError(`--${name} must be a whole number of at least ${min}, not \`${value}\``)
  return number
}

/** The inputs a command reads: at least one. */
export function inputsOf(positionals: readonly string[]): readonly string[] {
  if (positionals.length === 0) throw new UsageError('no input: name files, folders, patterns, or - for standard input')
  return positionals
}

/** `1 file`, `2,000 files`. */
export const plural = (count: number, noun: string) => `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`
