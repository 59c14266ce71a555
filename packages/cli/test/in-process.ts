/** Runs a `corpus` command in this process, with streams of its own: as the binary does, without starting one. */
import { PassThrough } from 'node:stream'
import { main } from '../src/main.js'

export interface Outcome {
  code: number
  stdout: string
  stderr: string
}

/** `corpus <args>` in `cwd`, with `input` on its standard input. */
export async function corpusCommand(args: readonly string[], cwd: string, input = ''): Promise<Outcome> {
  const stdin = new PassThrough()
  stdin.end(input)
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
  stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk))
  const code = await main(args, { stdin, stdout, stderr, cwd })
  return { code, stdout: out, stderr: err }
}
