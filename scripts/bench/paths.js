/** Where things are: the repository root, the sample and the generated corpus. */
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const SAMPLE_DIR = join(ROOT, 'sample')
export const CORPUS_DIR = join(ROOT, 'bench-corpus')
export const MANIFEST = 'manifest.json'
