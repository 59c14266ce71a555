/**
 * Recognition passes over the sentences that can name nothing (no capital
 * past their first word) after a look at their first words. A gazetteer with
 * a name in lower case only turns that shortcut off: with and without it,
 * every text must give exactly the same mentions and entities.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateArticles } from '../../../scripts/bench/generate.js'
import { isLatin1Capital } from '../src/entities/tokens.js'
import { expectSameEntities as expectSame } from './differential.js'

const here = (path: string) => new URL(path, import.meta.url).pathname
const texts = (folder: string, name = (file: string) => file) =>
  existsSync(folder)
    ? readdirSync(folder, { withFileTypes: true })
        .map((entry) => folder + name(entry.name))
        .filter((path) => path.endsWith('.txt') && existsSync(path))
    : []

it('knows the capitals below U+0100 as lower case does', () => {
  const capitals = Array.from({ length: 0x100 }, (_, code) => String.fromCharCode(code)).filter((char) => char !== char.toLowerCase())
  expect(capitals.join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
  for (let code = 0; code < 0x100; code++) expect(isLatin1Capital(code), `U+${code.toString(16)}`).toBe(capitals.includes(String.fromCharCode(code)))
})

describe('the sentences passed over name nothing', () => {
  const files = [
    ...texts(here('../../../../shared/seeds/')),
    ...texts(here('../../../sample/')),
    ...texts(here('./fixtures/'), (name) => `${name}/input.txt`),
    ...texts(here('./entities/'), (name) => `${name}/input.txt`)
  ]

  it('in the seeds, the sample corpus, the fixtures and the hand-checked articles', () => {
    // Without the seeds (not in a user’s clone): 10 sample files, over 100 fixtures, 11 articles.
    expect(files.length).toBeGreaterThanOrEqual(120)
    for (const file of files) expectSame(readFileSync(file))
  }, 120_000)

  // 20,000 more in the slow suite (differential.slow.test.ts).
  it('in 200 generated articles', () => {
    let count = 0
    for (const { data } of generateArticles({ files: 200, bytes: 500_000 })) {
      expectSame(data)
      count++
    }
    expect(count).toBe(200)
  })

  // Names at a sentence’s start, names that run on in lower case, lower-case starts, cues; sentences mostly in lower case past their start.
  const PIECES = [
    'Lavrov', 'Sergueï Lavrov', 'M.', 'Cour internationale de justice', 'Conseil de sécurité', 'Mer Noire', 'mer Noire', 'Arabie saoudite',
    'Arabie Saoudite', 'région occupée du Karabakh', 'bande de Gaza', 'OTAN', 'L’OTAN', 'Le Drian', 'Paris', 'Niigata', 'X', 'Pays de Galles',
    'Selon', 'Dans', 'Erevan', 'Julien MOREL', 'Terre des hommes libres', 'Confédération nationale des syndicats agricoles', 'É', '𝐀bc', '😀'
  ]
  const LOWER = [
    ', ministre', ', le porte-parole', 'a déclaré', 'selon', 'ministère de la Défense', 'mer noire', 'l’armée', 'le', 'à', 'près de', 'la ville de',
    'sur', 'réseau social', 'et', 'de', 'des', 'il', 'pays', 'dit', 'nationale', 'hommes libres', 'e\u0301', ',', ':', '«', '»', '—', ' '
  ]
  const ENDS = ['.', '. ', '?', '!', '…', '\n', '\n\n', '']
  const sentence = fc
    .tuple(fc.constantFrom(...PIECES, ...LOWER), fc.array(fc.constantFrom(...LOWER, ...LOWER, ...LOWER, ...PIECES), { maxLength: 12 }), fc.constantFrom(...ENDS))
    .map(([first, rest, end]) => [first, ...rest].join(' ') + end)
  const article = fc.array(sentence, { maxLength: 8 }).map((sentences) => sentences.join(' '))

  it('in random texts of names, cues and sentence ends', () => {
    fc.assert(fc.property(article, (text) => expectSame(text)), { numRuns: 1000 })
  })
})
