/** What the public types allow and refuse (checked by `tsc`, run by `pnpm typecheck`). */
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { Block, BlockType, Diagnostic, Document, ParseOptions, Quote, RuleId } from '../src/index.js'
import { parse } from '../src/index.js'
import type { FileParseOptions } from '../src/node/index.js'

describe('public types', () => {
  it('parse takes bytes or a string and gives a Document', () => {
    expectTypeOf(parse).parameter(0).toEqualTypeOf<string | Uint8Array | ArrayBuffer | ArrayBufferView>()
    expectTypeOf(parse).parameter(1).toEqualTypeOf<ParseOptions | undefined>()
    expectTypeOf(parse).returns.toEqualTypeOf<Document>()
  })

  it('narrows blocks by their type', () => {
    expectTypeOf<BlockType>().toEqualTypeOf<'paragraph' | 'heading' | 'dateline' | 'byline' | 'listItem' | 'boilerplate' | 'furniture' | 'fragment'>()
    expectTypeOf<Extract<Block, { type: 'furniture' }>['role']>().toEqualTypeOf<'publication' | 'author' | 'interface' | 'advertising' | 'related' | 'contact'>()
    expectTypeOf<Extract<Block, { type: 'heading' }>['number']>().toEqualTypeOf<number | null>()
    expectTypeOf<Extract<Block, { type: 'dateline' }>['dateline']['date']>().toEqualTypeOf<string | null>()
  })

  it('keeps dates honest: a precision, never a Date object', () => {
    expectTypeOf<Document['date']>().toEqualTypeOf<{ date: string; precision: 'year' | 'month' | 'day'; source: 'header' | 'dateline' | 'byline' | 'publication' } | null>()
    expectTypeOf<Quote['parent']>().toEqualTypeOf<number | null>()
    expectTypeOf<Diagnostic['severity']>().toEqualTypeOf<'error' | 'warning' | 'info'>()
    // Binary input is not decoded: no encoding is claimed for it.
    expectTypeOf<Document['source']['encoding']>().toEqualTypeOf<'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | null>()
  })

  it('lists the options the Node reader passes on to parse by name (parse-bytes.ts: add any new one there)', () => {
    expectTypeOf<keyof FileParseOptions>().toEqualTypeOf<'detectLanguage' | 'entities' | 'entityModel' | 'gazetteer'>()
  })

  it('types rule ids as the closed RuleId list (pinned in fixtures.test.ts)', () => {
    expectTypeOf<Diagnostic['ruleId']>().toEqualTypeOf<RuleId>()
  })

  it('refuses options that do not exist, in the types and at run time', () => {
    // @ts-expect-error: `language` is not an option; detection is `detectLanguage`.
    expect(() => parse('Texte.', { language: 'fr' })).toThrow(TypeError)
  })
})
