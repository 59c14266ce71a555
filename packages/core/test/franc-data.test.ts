/**
 * `src/language.ts` reads franc-min's data files (`franc-min/data.js`,
 * `franc-min/expressions.js`), which are not franc-min's public API: the
 * version is pinned exactly in package.json, and this test says what the code
 * relies on, so that a new version that changes the data fails here, loudly,
 * instead of quietly changing the languages found.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { data } from 'franc-min/data.js'
import { expressions } from 'franc-min/expressions.js'
import { describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const CHANGED = 'franc-min’s data changed shape (src/language.ts reads it by a deep path, not a public API): check src/language.ts against the new data before moving the exact version pinned in package.json'

describe('franc-min’s data, as src/language.ts reads it', () => {
  it('is the exact version package.json pins', () => {
    const pinned = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> }).dependencies['franc-min']
    const installed = (JSON.parse(readFileSync(require.resolve('franc-min/package.json'), 'utf8')) as { version: string }).version
    expect(pinned, 'franc-min must be pinned to an exact version (no ^ or ~): its data files are read by a deep path').toMatch(/^\d+\.\d+\.\d+$/)
    expect(installed, `the installed franc-min is not the pinned one: ${CHANGED}`).toBe(pinned)
  })

  it('holds, for each script of several languages, their trigram models', () => {
    expect(Object.keys(data), CHANGED).toEqual(['Latin', 'Cyrillic', 'Arabic', 'Devanagari'])
    for (const [script, languages] of Object.entries(data)) {
      const codes = Object.keys(languages)
      // Languages are numbered in a Uint8Array: fewer than 256 a script.
      expect(codes.length, `${script}: ${CHANGED}`).toBeGreaterThan(1)
      expect(codes.length, `${script}: ${CHANGED}`).toBeLessThan(256)
      const letters = new Set<string>()
      for (const [code, model] of Object.entries(languages)) {
        expect(code, `${script}: ${CHANGED}`).toMatch(/^[a-z]{3}$/)
        expect(typeof model, `${script} ${code}: ${CHANGED}`).toBe('string')
        const trigrams = model.split('|')
        // Ranks are held in an Int16Array, and a model is franc's 300 most frequent trigrams.
        expect(trigrams.length, `${script} ${code}: ${CHANGED}`).toBe(300)
        for (const trigram of trigrams) {
          // Three UTF-16 code units, read with charCodeAt.
          if (trigram.length !== 3) expect.fail(`${script} ${code} has the trigram ${JSON.stringify(trigram)}, not three code units: ${CHANGED}`)
          for (const letter of trigram) letters.add(letter)
        }
      }
      // A script's letters are numbered in a Uint8Array, 0 meaning none.
      expect(letters.size, `${script}: ${CHANGED}`).toBeLessThan(255)
    }
  })

  it('has a global regular expression for each script, those of one language named by it', () => {
    expect(Object.keys(expressions).length, CHANGED).toBe(20)
    for (const [name, expression] of Object.entries(expressions)) {
      expect(expression, `${name}: ${CHANGED}`).toBeInstanceOf(RegExp)
      // Counted with String.prototype.match, which counts every match only with the g flag.
      expect(expression.flags, `${name}: ${CHANGED}`).toContain('g')
      if (!Object.hasOwn(data, name)) expect(name, `${name}, a script of one language, is named by an ISO 639-3 code: ${CHANGED}`).toMatch(/^[a-z]{3}$/)
    }
    for (const script of Object.keys(data)) expect(Object.hasOwn(expressions, script), `${script} has models but no expression: ${CHANGED}`).toBe(true)
  })
})
