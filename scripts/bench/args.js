/** Command-line options of `run.js`: `--files N`, `--quick`. */
export const QUICK_FILES = 2_000

/** @returns {{ files: number, quick: boolean, help: boolean }} */
export function parseArgs(argv) {
  const options = { files: Infinity, quick: false, help: false }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--quick') options.quick = true
    else if (arg === '--help' || arg === '-h') options.help = true
    else if (arg === '--files' || arg.startsWith('--files=')) {
      const value = Number(arg.includes('=') ? arg.slice(8) : argv[++i])
      if (!Number.isInteger(value) || value < 1) throw new Error(`--files needs a positive integer, got ${arg.includes('=') ? arg.slice(8) : argv[i]}`)
      options.files = value
    } else throw new Error(`Unknown option: ${arg}`)
  }
  if (options.quick && options.files === Infinity) options.files = QUICK_FILES
  return options
}

export const USAGE = `Usage: node scripts/bench/run.js [--files N] [--quick]

  --files N   bench only the first N files of the generated corpus
  --quick     bench the first ${QUICK_FILES} files (unless --files is given)`
