/**
 * Exact output for a few core fixtures: `fixtures/<case>/schema.jsonld` (the
 * schema.org vocabulary with annotations) and the N-Quads of both vocabularies. Run
 * with `UPDATE_FIXTURES=1` to write them after a deliberate change, then read the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { parse } from '@corpus/core'
import { describe, expect, it } from 'vitest'
import { toJsonLd } from '../src/index.js'
import { FIXTURES } from './support/inputs.js'
import { toNQuads } from './support/loader.js'

const CASES = ['byline-par-with-date', 'dateline-trailing', 'furniture-web-page', 'header-month', 'quotes-nested', 'repost-signature']
const update = process.env.UPDATE_FIXTURES === '1'
const OPTIONS = { base: 'https://archives.example/presse/', corpus: { id: 'https://archives.example/presse/', name: 'Presse régionale' } }

describe.each(CASES)('fixture %s', (name) => {
  const document = parse(readFileSync(`${FIXTURES}${name}/input.txt`), { file: `${name}.txt` })
  const folder = new URL(`fixtures/${name}/`, import.meta.url)

  async function check(file: string, actual: string) {
    const path = new URL(file, folder)
    if (update) {
      mkdirSync(folder, { recursive: true })
      writeFileSync(path, actual)
    }
    expect(existsSync(path), `${name}/${file} is missing: run with UPDATE_FIXTURES=1`).toBe(true)
    expect(actual).toBe(readFileSync(path, 'utf8'))
  }

  it('gives the expected JSON-LD', async () => {
    await check('schema.jsonld', `${JSON.stringify(toJsonLd(document, { ...OPTIONS, annotations: true }), null, 2)}\n`)
  })

  it('gives the expected N-Quads (schema.org vocabulary, with annotations)', async () => {
    await check('schema.nq', await toNQuads(toJsonLd(document, { ...OPTIONS, annotations: true })))
  })

  it('gives the same N-Quads with a referenced context', async () => {
    expect(await toNQuads(toJsonLd(document, { ...OPTIONS, annotations: true, context: 'reference' }))).toBe(await toNQuads(toJsonLd(document, { ...OPTIONS, annotations: true })))
  })

  it('gives the expected N-Quads (Dublin Core vocabulary)', async () => {
    await check('dcterms.nq', await toNQuads(toJsonLd(document, { ...OPTIONS, vocabulary: 'dcterms' })))
  })
})
