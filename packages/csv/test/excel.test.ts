import { parse } from '@corpus/core'
import { describe, expect, it } from 'vitest'
import { toCsv } from '../src/index.js'

// Paragraphs that a spreadsheet would run as formulas.
const TEXT = ['=1+1', '+33 1 23 45 67 89', '-10 degrés cette nuit à Briançon', '@SUM(A1:A9)', '- Oui, répond-il.'].join('\n')
const document = parse(TEXT, { file: '012_5f3a9c0e7b1d2468.txt' })

function blockTexts(profile: 'excel' | 'excel-fr' | 'rfc4180'): string {
  return toCsv([document], { dialect: profile, tables: ['blocks'], columns: { blocks: { include: ['text'] } } }).blocks ?? ''
}

describe('the excel profiles', () => {
  it('start with a BOM and neutralise cells a spreadsheet would run', () => {
    expect(document.children.map((block) => block.value)).toEqual(TEXT.split('\n'))
    expect(blockTexts('excel')).toBe("\ufefftext\r\n'=1+1\r\n'+33 1 23 45 67 89\r\n'-10 degrés cette nuit à Briançon\r\n'@SUM(A1:A9)\r\n\"'- Oui, répond-il.\"\r\n")
    expect(blockTexts('excel-fr')).toBe("\ufefftext\r\n'=1+1\r\n'+33 1 23 45 67 89\r\n'-10 degrés cette nuit à Briançon\r\n'@SUM(A1:A9)\r\n'- Oui, répond-il.\r\n")
  })

  it('leave rfc4180 as written: French paragraphs legitimately start with a dash', () => {
    expect(blockTexts('rfc4180')).toBe('text\r\n=1+1\r\n+33 1 23 45 67 89\r\n-10 degrés cette nuit à Briançon\r\n@SUM(A1:A9)\r\n"- Oui, répond-il."\r\n')
  })
})
