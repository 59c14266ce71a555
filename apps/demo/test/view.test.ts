import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from '@corpus/core'
import { documentView, showcase } from '../src/view.js'

const SAMPLE = new URL('../../../sample/', import.meta.url)
const view = (quotes: number, dates: number, diagnosticCount: number) => ({ quotes, dates, diagnosticCount })

describe('showcase', () => {
  it('picks the document with the most kinds of quotations, dates and diagnostics, then the most of them', () => {
    expect(showcase([view(9, 9, 0), view(1, 1, 1), view(2, 1, 1), view(0, 30, 2)])).toBe(2)
    expect(showcase([view(0, 0, 0), view(0, 3, 0), view(2, 1, 0)])).toBe(2)
  })

  it('picks the first of equals, and the first of none', () => {
    expect(showcase([view(1, 2, 1), view(2, 1, 1)])).toBe(0)
    expect(showcase([view(0, 0, 0), view(0, 0, 0)])).toBe(0)
    expect(showcase([])).toBe(0)
  })

  it('picks, of the sample articles, one with quotations, dates and diagnostics', () => {
    const names = readdirSync(SAMPLE)
      .filter((name) => name.endsWith('.txt'))
      .sort()
    const views = names.map((name) => documentView(name, parse(readFileSync(new URL(name, SAMPLE)), { file: name })))
    const picked = views[showcase(views)]
    expect(picked?.quotes).toBeGreaterThan(0)
    expect(picked?.dates).toBeGreaterThan(0)
    expect(picked?.diagnosticCount).toBeGreaterThan(0)
  })
})
