import { sha256 as digest } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'

/** SHA-256 of `bytes` as lowercase hex; synchronous and runs in any JavaScript engine. */
export function sha256(bytes: Uint8Array): string {
  return bytesToHex(digest(bytes))
}
