/// <reference lib="webworker" />
import { createService, type Request } from './service.js'

// Parsing and exporting run here, off the page's thread: the page stays responsive, and a cancel ends the worker.
const respond = createService()
const scope = self as unknown as DedicatedWorkerGlobalScope
scope.onmessage = async (event: MessageEvent<Request>) => scope.postMessage(await respond(event.data))
