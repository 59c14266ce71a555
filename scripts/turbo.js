// Runs turbo for the repository's scripts: `node scripts/turbo.js [--quiet] <turbo arguments>`.
// Turborepo's telemetry is off (TURBO_TELEMETRY_DISABLED, which turbo.json cannot
// set and which an inline variable in a package.json script sets on POSIX shells
// only). With --quiet, what turbo prints is kept and shown only if it fails: a
// command that builds first (`start`) then prints only its own output.
import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import process from 'node:process'

const args = process.argv.slice(2)
const quiet = args[0] === '--quiet'
const turbo = createRequire(import.meta.url).resolve('turbo/bin/turbo')
const child = spawn(process.execPath, [turbo, ...(quiet ? args.slice(1) : args)], {
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  stdio: quiet ? ['inherit', 'pipe', 'pipe'] : 'inherit'
})
const output = []
if (quiet) for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk) => output.push(chunk))
child.on('error', (error) => {
  console.error(`turbo could not start: ${error.message}`)
  process.exitCode = 1
})
child.on('close', (code, signal) => {
  if (code !== 0 && quiet) process.stderr.write(Buffer.concat(output))
  process.exitCode = code ?? (signal ? 1 : 0)
})
