import { getSystemErrorMap } from 'node:util'

/** A file could not be read. */
export class ReadError extends Error {
  /** `ReadError`, for logs and `error.name` checks. */
  override readonly name = 'ReadError'
  /** The path that was being read. */
  readonly path: string
  /**
   * Error code in Node's style (`ENOENT`, `EACCES`, `EISDIR`, `EINVAL`, …),
   * `EFBIG` for a file over the size limit, `ERR_PARSE` when parsing failed,
   * `UNKNOWN` when there was none.
   */
  readonly code: string

  constructor(path: string, code: string, reason: string, options?: ErrorOptions) {
    super(`Cannot read '${path}': ${reason}`, options)
    this.path = path
    this.code = code
  }
}

/** Turns whatever a read threw into a {@link ReadError} naming `path`. */
export function toReadError(path: string, cause: unknown): ReadError {
  if (cause instanceof ReadError) return cause
  const code = stringProperty(cause, 'code') ?? 'UNKNOWN'
  return new ReadError(path, code, reasonOf(cause), { cause })
}

/** A file whose parse threw (a parser bug): a {@link ReadError} with code `ERR_PARSE`, the error as its cause. */
export function parseError(path: string, cause: unknown): ReadError {
  return new ReadError(path, 'ERR_PARSE', `it could not be parsed: ${stringProperty(cause, 'message') ?? String(cause)}`, { cause })
}

/** A file over the size limit, found before it is read. */
export function tooLarge(path: string, size: number, limit: number): ReadError {
  return new ReadError(path, 'EFBIG', `${bytes(size)}, over the size limit of ${bytes(limit)}: skipped`)
}

const bytes = (count: number) => `${count.toLocaleString('en-US')} byte${count === 1 ? '' : 's'}`

/**
 * Why `cause` happened, in words. Node's messages repeat the code and the path
 * (`ENOENT: no such file or directory, open '/a'`): the system's own
 * description of the errno reads better after our prefix.
 */
export function reasonOf(cause: unknown): string {
  const errno = typeof cause === 'object' && cause !== null && 'errno' in cause ? cause.errno : undefined
  const described = typeof errno === 'number' ? getSystemErrorMap().get(errno)?.[1] : undefined
  return described ?? stringProperty(cause, 'message') ?? String(cause)
}

function stringProperty(value: unknown, key: 'code' | 'message'): string | undefined {
  if (typeof value !== 'object' || value === null || !(key in value)) return undefined
  const property: unknown = (value as Record<typeof key, unknown>)[key]
  return typeof property === 'string' ? property : undefined
}
