import { Buffer } from 'node:buffer'
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from 'node:fs'
import { ReadError, tooLarge } from './read-error.js'

// O_NONBLOCK so that opening a FIFO listed among the files returns at once instead of
// waiting for a writer; it changes nothing for regular files. Windows has no such flag.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/**
 * Reads a regular file's raw bytes, synchronously: for many small files
 * `readFileSync` is several times faster than `fs.promises.readFile`. Throws
 * Node's error, or a {@link ReadError} for a directory, a non-regular file or
 * a file of more than `maxSize` bytes (found from its size, before reading).
 */
export function readBytes(path: string, maxSize = Number.POSITIVE_INFINITY): Uint8Array {
  const fd = openSync(path, OPEN_FLAGS)
  try {
    const stats = fstatSync(fd)
    if (stats.isDirectory()) throw new ReadError(path, 'EISDIR', 'it is a directory')
    if (!stats.isFile()) throw new ReadError(path, 'EINVAL', 'it is not a regular file')
    if (stats.size > maxSize) throw tooLarge(path, stats.size, maxSize)
    // A file that reports no size (some virtual files) is read to its end the long way, and
    // one too large to read at once is left to `readFileSync`, which says so (ERR_FS_FILE_TOO_LARGE).
    return stats.size === 0 || stats.size > MAX_READ ? readFileSync(fd) : readKnownSize(fd, stats.size)
  } finally {
    closeSync(fd)
  }
}

// The most bytes one read into one buffer can take (2 GiB − 1).
const MAX_READ = 2 ** 31 - 1

/** Reads `size` bytes (fewer if the file shrank): the size is known already, so no second `fstat`. */
function readKnownSize(fd: number, size: number): Uint8Array {
  const bytes = Buffer.allocUnsafe(size)
  let filled = 0
  while (filled < size) {
    const read = readSync(fd, bytes, filled, size - filled, null)
    if (read === 0) break
    filled += read
  }
  return filled < size ? bytes.subarray(0, filled) : bytes
}
