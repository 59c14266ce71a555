/** Command-line options of `run.js`: `--files N`, `--quick`; read by `node:util`'s `parseArgs`, as the `corpus` command reads its own. */
import { parseArgs as parseOptions } from 'node:util'

export const QUICK_FILES = 2_000

/** @returns {{ files: number, quick: boolean, help: boolean }} */
export function parseArgs(argv) {
  const { values } = parseOptions({
    args: argv,
    options: { files: { type: 'string' }, quick: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    strict: true,
    allowPositionals: false
  })
  let files = Infinity
  if (values.files !== undefined) {
    files = Number(values.files)
    if (!Number.isInteger(files) || files < 1) throw new Error(`--files needs a positive integer, got ${values.files}`)
  }
  if (values.quick && files === Infinity) files = QUICK_FILES
  return { files, quick: values.quick, help: values.help }
}

export const USAGE = `Usage: node scripts/bench/run.js [--files N] [--quick]

  --files N   bench only the first N files of the generated corpus
  --quick     bench the first ${QUICK_FILES} files (unless --files is given)`
