// A worker thread of `corpus export --jobs`: exports the files it is sent,
// whole, writing their files and its own CSV parts (see export-job.ts).
import { Jobs, type JobFile, type JobResult, type JobSettings, type PerDocument, type WriteFailure } from './export-job.js'
import { serve, started } from './serve.js'

/** What the command asks of a worker: a batch of files, to stop a format, or to close its parts. */
export type ExportRequest = { kind: 'batch'; files: JobFile[] } | { kind: 'stop'; format: PerDocument } | { kind: 'close' }

/** A worker's answer: the results of a batch (none for the other requests), and whether its CSV parts failed. */
export interface ExportReply {
  results: JobResult[]
  csvFailure: WriteFailure | null
}

const jobs = new Jobs(started.data as JobSettings, started.number)

serve(async (request: ExportRequest): Promise<ExportReply> => {
  const results: JobResult[] = []
  if (request.kind === 'stop') jobs.stop(request.format)
  else if (request.kind === 'close') jobs.close()
  else for (const file of request.files) results.push(await jobs.run(file))
  return { results, csvFailure: jobs.csvFailure }
})
