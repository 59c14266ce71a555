import process from 'node:process'
import { keepHeapClose } from './heap.js'
import { main } from './main.js'
import { removeTemporaryFiles } from './temporary.js'

keepHeapClose()

// Interrupted (a terminal closed is one too): remove the temporary files, so
// nothing half-written stays, and exit with 128 + the signal's number, as a shell reports it.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129]
] as const) {
  process.once(signal, () => {
    removeTemporaryFiles()
    process.exit(code)
  })
}

// A reader that stops early (`| head`) closes the pipe: stop quietly, as other
// commands do, but not with 0, since not all was written: 141 (128 + SIGPIPE),
// the code of a command the closed pipe stops.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    removeTemporaryFiles()
    process.exit(141)
  })
}

try {
  process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() })
} catch (error) {
  removeTemporaryFiles()
  process.stderr.write(`corpus: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 2
}
