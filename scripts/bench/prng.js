/**
 * A small seeded pseudo-random generator (mulberry32) and helpers on top of it.
 * Same seed, same sequence: the generated corpus is reproducible.
 */

/** @param {number} seed */
export function createRandom(seed) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  const random = {
    /** A float in [0, 1). */
    next,
    /** True with probability `p`. */
    chance: (p) => next() < p,
    /** An integer in [min, max]. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    /** One item of a non-empty array. */
    pick: (items) => items[Math.floor(next() * items.length)],
    /** One key of `{ key: weight }`, drawn by weight. */
    weighted(weights) {
      const entries = Object.entries(weights)
      let total = 0
      for (const [, weight] of entries) total += weight
      let roll = next() * total
      for (const [key, weight] of entries) {
        roll -= weight
        if (roll < 0) return key
      }
      return entries[entries.length - 1][0]
    },
    /** A standard normal deviate (Box–Muller). */
    normal() {
      const u = 1 - next()
      const v = next()
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
    },
    /** `length` lowercase hex digits. */
    hex(length) {
      let out = ''
      while (out.length < length) out += Math.floor(next() * 0x10000).toString(16).padStart(4, '0')
      return out.slice(0, length)
    }
  }
  return random
}
