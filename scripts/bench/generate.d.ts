import type { Buffer } from 'node:buffer'

export declare const GENERATOR_VERSION: number
export declare const DEFAULTS: { files: number; bytes: number; seed: number }

export interface CorpusSettings {
  files?: number
  bytes?: number
  seed?: number
}

/** The corpus's files, in order, without touching the disk. */
export declare function generateArticles(settings?: CorpusSettings): Generator<{ name: string; data: Buffer }>

/** Makes sure `dir` holds the corpus for these settings; generates it if not. */
export declare function ensureCorpus(settings?: CorpusSettings & { force?: boolean; dir?: string; sampleDir?: string; log?: (message: string) => void }): { generated: boolean; manifest: Record<string, unknown> }
