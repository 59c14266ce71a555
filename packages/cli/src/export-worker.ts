// A worker thread of `corpus export --jobs`: exports the files it is sent,
// whole, writing their files and its own CSV parts (see export-job.ts).
import { Jobs, type JobFile, type JobResult, type JobSettings, type PerDocument } from './export-job.js'
import { serve, started } from './serve.js'

/** What the command asks of a worker: a batch of files, to stop a format, or to close its parts. */
export type ExportRequest = { kind: 'batch'; files: JobFile[] } | { kind: 'stop'; format: PerDocument } | { kind: 'close' }

const jobs = new Jobs(started.data as JobSettings, started.number)

serve(async (request: ExportRequest): Promise<JobResult[]> => {
  if (request.kind === 'stop') jobs.stop(request.format)
  else if (request.kind === 'close') jobs.close()
  else {
    const results: JobResult[] = []
    for (const file of request.files) results.push(await jobs.run(file))
    return results
  }
  return []
})
