/**
 * Every table written from the sample corpus and core's fixtures, in every
 * profile, passes the checks of a Frictionless and of a CSVW validator
 * (types, required values, primary and unique keys, foreign keys), read back
 * as its metadata's dialect says. No such validator installs from the npm
 * registry or Debian, so `support/validate.ts` applies their rules; the cases
 * below show that it rejects what they reject.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { DialectName } from '../src/index.js'
import { writeCsvTables } from '../src/node/index.js'
import { inputs } from './support/inputs.js'
import { scratchFolders } from './support/scratch.js'
import { csvwProblems, frictionlessProblems, type Files } from './support/validate.js'

const all = inputs()
const folder = scratchFolders()

type Descriptor = Parameters<typeof frictionlessProblems>[0]
type Metadata = Parameters<typeof csvwProblems>[0]

it('checks a corpus with quotations inside others, and outermost ones', () => {
  const quotes = all.flatMap((input) => input.document.quotes)
  expect(quotes.filter((quote) => quote.parent !== null).length).toBeGreaterThan(0)
  expect(quotes.filter((quote) => quote.parent === null).length).toBeGreaterThan(0)
})

describe.each(['rfc4180', 'excel', 'excel-fr', 'tsv'] satisfies DialectName[])('%s', (profile) => {
  it('writes tables that pass the Frictionless and CSVW checks', async () => {
    const out = folder()
    const written = await writeCsvTables(
      all.map((input) => input.document),
      out,
      { dialect: profile }
    )
    const files: Files = Object.fromEntries(written.files.map((file) => [file.path, readFileSync(join(out, file.path), 'utf8')]))
    const descriptor = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as Descriptor
    const metadata = JSON.parse(readFileSync(join(out, 'csv-metadata.json'), 'utf8')) as Metadata
    expect(frictionlessProblems(descriptor, files)).toEqual([])
    expect(csvwProblems(metadata, files)).toEqual([])
  })
})

// A quotation inside another, and an outermost one, keyed as before quote_id.
const NESTED = 'doc_id,quote_index,parent_index\r\ndoc-a,0,\r\ndoc-a,1,0\r\n'

describe('the Frictionless checks', () => {
  const resource = (schema: Descriptor['resources'][number]['schema'], text = NESTED): [Descriptor, Files] => [{ resources: [{ name: 'quotes', path: 'quotes.csv', schema }] }, { 'quotes.csv': text }]
  const fields = [
    { name: 'doc_id', type: 'string', constraints: { required: true } },
    { name: 'quote_index', type: 'integer' },
    { name: 'parent_index', type: 'integer' }
  ]

  it('reject a foreign key with a null member, as frictionless does', () => {
    const [descriptor, files] = resource({ fields, primaryKey: ['doc_id', 'quote_index'], foreignKeys: [{ fields: ['doc_id', 'parent_index'], reference: { resource: 'quotes', fields: ['doc_id', 'quote_index'] } }] })
    expect(frictionlessProblems(descriptor, files)).toEqual(['quotes row 2: foreign key doc_id, parent_index has a null member: values "doc-a, None" not found in the lookup table "quotes"'])
  })

  it('skip a row whose one-column foreign key is empty: it references nothing', () => {
    const text = 'quote_id,parent_id\r\na#0,\r\na#1,a#0\r\na#2,a#9\r\n'
    const [descriptor, files] = resource({ fields: [{ name: 'quote_id', type: 'string' }, { name: 'parent_id', type: 'string' }], primaryKey: ['quote_id'], foreignKeys: [{ fields: ['parent_id'], reference: { resource: 'quotes', fields: ['quote_id'] } }] }, text)
    expect(frictionlessProblems(descriptor, files)).toEqual(['quotes row 4: values "a#9" not found in the lookup table "quotes"'])
  })

  it('reject a repeated or empty primary key, a value not of its type, a missing required value', () => {
    const [descriptor, files] = resource({ fields: [...fields, { name: 'month', type: 'yearmonth' }], primaryKey: ['doc_id', 'quote_index'] }, 'doc_id,quote_index,parent_index,month\r\ndoc-a,0,,2024-13\r\n,0,x,2024-01\r\ndoc-a,0,,\r\ndoc-a,,,\r\n')
    expect(frictionlessProblems(descriptor, files)).toEqual([
      'quotes row 2: month "2024-13" is not of type yearmonth',
      'quotes row 3: doc_id is required',
      'quotes row 3: parent_index "x" is not of type integer',
      'quotes row 3: primary key doc_id, quote_index has a null member',
      'quotes row 4: primary key doc_id, quote_index repeats doc-a, 0',
      'quotes row 5: primary key doc_id, quote_index has a null member'
    ])
  })

  it('reject a repeated unique key', () => {
    const [descriptor, files] = resource({ fields, uniqueKeys: [['doc_id', 'quote_index']] }, 'doc_id,quote_index,parent_index\r\ndoc-a,0,\r\ndoc-a,0,\r\n')
    expect(frictionlessProblems(descriptor, files)).toEqual(['quotes row 3: unique key doc_id, quote_index repeats doc-a, 0'])
  })
})

describe('the CSVW checks', () => {
  const table = (foreignKeys: NonNullable<Metadata['tables'][number]['tableSchema']['foreignKeys']>, text = NESTED): [Metadata, Files] => [
    {
      tables: [
        {
          url: 'quotes.csv',
          tableSchema: {
            columns: [
              { name: 'doc_id', datatype: 'string', required: true },
              { name: 'quote_index', datatype: 'integer' },
              { name: 'parent_index', datatype: 'integer' }
            ],
            primaryKey: ['doc_id', 'quote_index'],
            foreignKeys
          }
        }
      ]
    },
    { 'quotes.csv': text }
  ]

  it('reject a foreign key with a null member', () => {
    const [metadata, files] = table([{ columnReference: ['doc_id', 'parent_index'], reference: { resource: 'quotes.csv', columnReference: ['doc_id', 'quote_index'] } }])
    expect(csvwProblems(metadata, files)).toEqual(['quotes.csv row 2: foreign key doc_id, parent_index has a null member: values "doc-a, None" not found in the lookup table "quotes.csv"'])
  })

  it('reject an empty one-column foreign key too: CSVW has no exemption for it', () => {
    const [metadata, files] = table([{ columnReference: 'parent_index', reference: { resource: 'quotes.csv', columnReference: 'quote_index' } }])
    expect(csvwProblems(metadata, files)).toEqual(['quotes.csv row 2: foreign key parent_index has a null member: values "None" not found in the lookup table "quotes.csv"'])
  })

  it('reject a reference that matches more than one row, and a repeated primary key', () => {
    const [metadata, files] = table([{ columnReference: 'quote_index', reference: { resource: 'quotes.csv', columnReference: 'quote_index' } }], 'doc_id,quote_index,parent_index\r\ndoc-a,0,\r\ndoc-a,0,\r\n')
    expect(csvwProblems(metadata, files)).toEqual([
      'quotes.csv row 3: primary key doc_id, quote_index repeats doc-a, 0',
      'quotes.csv row 2: values "0" match more than one row in the lookup table "quotes.csv"',
      'quotes.csv row 3: values "0" match more than one row in the lookup table "quotes.csv"'
    ])
  })
})
