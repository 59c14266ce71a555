import { createHash } from 'node:crypto'
import { UsageError } from './io.js'

/** The share `K/N` of the input: the K-th of N. */
export interface Shard {
  index: number
  count: number
}

/** `--shard K/N`: 1 ≤ K ≤ N. */
export function shardOf(value: string | undefined): Shard | null {
  if (value === undefined) return null
  const match = /^(\d+)\/(\d+)$/.exec(value)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) throw new UsageError(`--shard must be K/N with 1 ≤ K ≤ N (1/4, say), not \`${value}\``)
  return { index, count }
}

/**
 * Whether a file whose files are named `stem` is in the shard: the first 32
 * bits of the SHA-256 of the lower-cased stem, modulo N. It depends on the
 * name alone, so a file stays in its shard as others are added; and files
 * whose names would clash (the same stem, in any case) fall in the same
 * shard, which names them as a single run does.
 */
export function inShard(stem: string, shard: Shard): boolean {
  return createHash('sha256').update(stem.toLowerCase()).digest().readUInt32BE(0) % shard.count === shard.index - 1
}
