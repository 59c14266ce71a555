// A worker that stops, with exit code 3, when it is given its first file.
import process from 'node:process'
import { parentPort } from 'node:worker_threads'

parentPort?.once('message', () => process.exit(3))
