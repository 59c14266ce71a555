// Bundled for the browser by the check: the main entries must need no Node built-in.
import { parse } from '@corpus/core'
import { toCsv } from '@corpus/csv'
import { toJsonLd } from '@corpus/jsonld'
import { toMarkdown } from '@corpus/markdown'

const document = parse('PARIS, 3 mai (AFP) - Le ministre a visité Lyon.\n')
globalThis.corpusResult = [toJsonLd(document), toCsv([document]), toMarkdown(document)]
