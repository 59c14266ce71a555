import type { Document } from '@corpus/core'

export interface Score {
  gold: number
  found: number
  right: number
  precision: number
  recall: number
  f1: number
}

export declare const KINDS: readonly ['person', 'place', 'organization']
export declare const GOLD_DIR: string

/** Scores `parse` on every hand-checked article of `dir`. */
export declare function evaluate(parse: (input: Uint8Array, options: { detectLanguage: boolean }) => Document, dir?: string): { scores: Record<'person' | 'place' | 'organization', Score>; errors: string[] }
