// A worker that throws outside any request when it is given its first file.
import { parentPort } from 'node:worker_threads'

parentPort?.once('message', () => {
  throw new Error('the worker broke')
})
