import { describe, expect, it } from 'vitest'
import { decode, parse } from '../src/index.js'

const bytes = (...values: number[]) => new Uint8Array(values)

describe('decode', () => {
  it('reads UTF-8 and drops its byte order mark', () => {
    expect(decode(bytes(0xef, 0xbb, 0xbf, 0x43, 0xc3, 0xa9))).toEqual({ text: 'Cé', encoding: 'utf-8', bom: true, binary: null, invalid: [] })
  })

  it('reads UTF-16 in both byte orders when a byte order mark says which', () => {
    expect(decode(bytes(0xff, 0xfe, 0xab, 0x00, 0x20, 0x00)).text).toBe('« ')
    expect(decode(bytes(0xfe, 0xff, 0x00, 0xab, 0x00, 0x20)).encoding).toBe('utf-16be')
  })

  it('falls back to Windows-1252, C1 range included, and says where UTF-8 broke', () => {
    expect(decode(bytes(0x41, 0xe9, 0x20, 0x80, 0x85, 0x92, 0x9c))).toEqual({
      text: 'Aé €…’œ',
      encoding: 'windows-1252',
      bom: false,
      binary: null,
      invalid: [{ byte: 1, offset: 1 }]
    })
  })

  it('reads UTF-8 with a stray byte as UTF-8, the stray byte alone as Windows-1252', () => {
    // `Café « oui »` in UTF-8 with a lone Windows-1252 `é` (E9) after it, behind a byte order mark.
    const utf8 = [...new TextEncoder().encode('Café « oui »')]
    expect(decode(bytes(0xef, 0xbb, 0xbf, ...utf8, 0x20, 0xe9, 0x2e))).toEqual({
      text: 'Café « oui » é.',
      encoding: 'utf-8',
      bom: true,
      binary: null,
      invalid: [{ byte: 3 + utf8.length + 1, offset: 13 }]
    })
  })

  it('reads bytes with as many faults as UTF-8 sequences as Windows-1252', () => {
    // `É«` (C9 AB) is also a well-formed UTF-8 sequence; `é` (E9) before a space is not.
    expect(decode(bytes(0xc9, 0xab, 0x20, 0xe9, 0x20)).encoding).toBe('windows-1252')
    expect(decode(bytes(0xc9, 0xab, 0x20, 0xe9, 0x20)).text).toBe('É« é ')
  })

  it('names binary formats', () => {
    expect(decode(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a)).binary).toBe('PNG image')
    expect(decode(bytes(0x50, 0x4b, 0x03, 0x04, 0x14)).binary).toBe('ZIP archive')
    expect(decode(bytes(0x41, 0x00, 0x42)).binary).toBe('binary data (NUL bytes)')
    expect(decode(bytes(0x41, 0x42)).binary).toBe(null)
  })

  it('takes bytes where more than one in ten is a control character for binary data; tabs and line breaks do not count', () => {
    // 100 bytes: `every` fifth one ESC (U+001B), the rest `A`.
    const withControls = (every: number, control: number) => bytes(...Array.from({ length: 100 }, (_, i) => (i % every === 0 ? control : 0x41)))
    expect(decode(withControls(5, 0x1b)).binary).toBe('binary data (control characters)')
    expect(decode(withControls(10, 0x1b)).binary).toBe(null)
    expect(decode(withControls(2, 0x09)).binary).toBe(null)
    expect(decode(withControls(2, 0x0d)).text).toHaveLength(100)
  })
})

describe('parse, on bad input', () => {
  it('reports binary input as one fatal error and reads nothing', () => {
    const document = parse(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), { file: 'photo.txt' })
    expect(document.children).toEqual([])
    expect(document.text).toBe('')
    expect(document.diagnostics).toEqual([
      {
        ruleId: 'binary-input',
        severity: 'error',
        fatal: true,
        message: 'Unexpected binary input (PNG image): the file is not text and was not read',
        position: null,
        actual: null,
        expected: null
      }
    ])
    expect(document.source).toMatchObject({ file: 'photo.txt', ordinal: null, sourceId: null, byteLength: 8 })
  })

  it('reports an empty file and a blank one', () => {
    expect(parse('').diagnostics.map((diagnostic) => diagnostic.message)).toEqual(['Empty file: there is no article to read'])
    expect(parse(' \n\u00a0\n').diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['empty-file'])
  })

  it('hashes the raw bytes', () => {
    expect(parse('abc').source.sha256).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('reads the ordinal and source id from the file name, and accepts any other name', () => {
    expect(parse('Texte.', { file: '042_0123456789abcdef.txt' }).source).toMatchObject({ ordinal: 42, sourceId: '0123456789abcdef' })
    expect(parse('Texte.', { file: 'notes.txt' }).source).toMatchObject({ file: 'notes.txt', ordinal: null, sourceId: null })
  })
})

describe('decode, UTF-16 without a byte order mark', () => {
  it('reads it in either byte order, a character with a NUL low byte included', () => {
    const text = `Le prix « ${'Ā'} » est remis à Nantes.`.repeat(3)
    const little = new Uint8Array(text.length * 2)
    for (let i = 0; i < text.length; i++) {
      little[2 * i] = text.charCodeAt(i) & 0xff
      little[2 * i + 1] = text.charCodeAt(i) >> 8
    }
    const big = little.map((_, i) => little[i ^ 1] ?? 0)
    expect(decode(little)).toEqual({ text, encoding: 'utf-16le', bom: false, binary: null, invalid: [] })
    expect(decode(big)).toEqual({ text, encoding: 'utf-16be', bom: false, binary: null, invalid: [] })
  })

  it('leaves bytes with NULs of no such pattern binary, claiming no encoding', () => {
    expect(decode(new Uint8Array([0x41, 0x00, 0x00, 0x42, 0x43, 0x44]))).toEqual({ text: '', encoding: null, bom: false, binary: 'binary data (NUL bytes)', invalid: [] })
  })
})
