// A worker that answers each file with its length, and fails the one named `bad.txt`.
import { parentPort } from 'node:worker_threads'

parentPort?.on('message', ({ id, request: { bytes, file } }) => {
  parentPort?.postMessage(file === 'bad.txt' ? { id, error: `cannot parse ${file}` } : { id, result: bytes.length })
})
