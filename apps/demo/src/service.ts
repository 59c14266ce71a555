import { parse as parseBytes, type Document } from '@corpus/core'
import type { TableName } from '@corpus/csv'
import { exportOf, type Format } from './exports.js'
import { segments, type Segment } from './segments.js'
import { blocksPage, documentView, highlights, type BlocksPage, type Cursor, type DocumentView } from './view.js'

/** How many characters of an export the page shows; the download holds it all. */
export const PREVIEW_LENGTH = 100_000

/**
 * What the page asks of the worker. Each request names its file and carries
 * it (a `Blob` is passed by reference), so a fresh worker, after a cancel,
 * parses it again when it does not know it.
 */
export type Request =
  | { kind: 'open'; id: number; name: string; file: Blob }
  | { kind: 'blocks'; id: number; name: string; file: Blob; from: Cursor; through?: number }
  | { kind: 'export'; id: number; name: string; file: Blob; format: Format; table?: TableName }

/** An export ready to download, and the start of it to show. */
export interface ExportView {
  name: string
  blob: Blob
  preview: string
  /** Its whole length in characters. */
  length: number
}

/** The answer to each kind of request. */
export interface Answers {
  open: DocumentView
  blocks: BlocksPage
  export: ExportView
}

/** The worker's reply: the answer, or why there is none. */
export type Response = { ok: true; value: Answers[keyof Answers] } | { ok: false; reason: string }

interface Parsed {
  document: Document
  cut?: Segment[][]
}

/**
 * The worker's work, without the worker: answers each request, and turns
 * whatever it throws into a reason. Documents are kept by id, their segments
 * cut at the first page asked for.
 */
export function createService(parse: typeof parseBytes = parseBytes): (request: Request) => Promise<Response> {
  const parsed = new Map<number, Parsed>()
  const open = async ({ id, name, file }: Request): Promise<Parsed> => {
    const known = parsed.get(id)
    if (known) return known
    const fresh = { document: parse(new Uint8Array(await file.arrayBuffer()), { file: name }) }
    parsed.set(id, fresh)
    return fresh
  }
  const answer = async (request: Request): Promise<Answers[keyof Answers]> => {
    const item = await open(request)
    const { document } = item
    switch (request.kind) {
      case 'open':
        return documentView(request.name, document)
      case 'blocks':
        item.cut ??= segments(document.children.map(({ position }) => ({ start: position.start.offset, end: position.end.offset })), highlights(document))
        return blocksPage(document, item.cut, request.from, request.through)
      case 'export': {
        const output = exportOf(document, request.format, request.table)
        return { name: output.name, blob: new Blob([output.text], { type: output.type }), preview: output.text.slice(0, PREVIEW_LENGTH), length: output.text.length }
      }
    }
  }
  return async (request) => {
    try {
      return { ok: true, value: await answer(request) }
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) }
    }
  }
}
