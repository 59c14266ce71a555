/** Runs a bench script in a child process and resolves with the message it sends. */
import { clearTimeout, setTimeout } from 'node:timers'
import { fork } from 'node:child_process'
import process from 'node:process'
import { URL, fileURLToPath } from 'node:url'

/**
 * @param {string} script file name in this folder (`child.js`, `retained.js`)
 * @param {string[]} args
 * @param {{ execArgv?: string[], timeoutMs?: number, env?: Record<string, string> }} [options]
 * @returns {Promise<object>} the child's message, or `{ error }`
 */
export function runChild(script, args, { execArgv = [], timeoutMs = 30 * 60_000, env = {} } = {}) {
  return new Promise((resolve) => {
    // The child's output goes to stderr: stdout is kept for the table.
    const child = fork(fileURLToPath(new URL(script, import.meta.url)), args, { execArgv, env: { ...process.env, ...env }, stdio: ['ignore', 2, 2, 'ipc'] })
    let message = null
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('message', (value) => {
      message = value
    })
    child.on('error', (error) => {
      message ??= { error: error.message }
    })
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      if (message) resolve(message)
      else resolve({ error: signal ? `killed by ${signal}${signal === 'SIGKILL' ? ' (time limit?)' : ''}` : `exited with code ${code}` })
    })
  })
}
