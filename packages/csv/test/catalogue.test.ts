import { parse } from '@corpus/core'
import { parse as parseCsv } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { documentRows, toCsv } from '../src/index.js'

const document = parse(
  ' date 2024-03 Le port de Lurcy rouvre ses quais\n\n« Les travaux sont terminés », a déclaré Paul Martin. Selon le maire, « les bateaux reviendront en avril ». Le mot « quai » vient du gaulois.\n',
  { file: '012_5f3a9c0e7b1d2468.txt' }
)

describe('titles and speakers', () => {
  it('give each document its title, and say when it was devised', () => {
    expect(documentRows(document).documents[0]).toMatchObject({ title: 'Le port de Lurcy rouvre ses quais', title_devised: false })
    expect(documentRows(parse('Le conseil a voté le budget.')).documents[0]).toMatchObject({ title: '[Le conseil a voté le budget]', title_devised: true })
    expect(documentRows(parse('')).documents[0]).toMatchObject({ title: null, title_devised: null })
  })

  it('give each quotation who said it, the entity they are, and the cue, empty where the text does not say', () => {
    const rows = documentRows(document).quotes.map((row) => [row.text, row.speaker, row.speaker_entity_id, row.speaker_cue])
    expect(rows).toEqual([
      ['Les travaux sont terminés', 'Paul Martin', 'person:paul-martin', 'after'],
      ['les bateaux reviendront en avril', 'le maire', null, 'according-to'],
      ['quai', null, null, null]
    ])
    const [header, ...records] = parseCsv(toCsv([document], { tables: ['quotes'], columns: { quotes: { include: ['quote_index', 'speaker', 'speaker_entity_id', 'speaker_cue'] } } }).quotes ?? '') as string[][]
    expect([header, ...records]).toEqual([
      ['quote_index', 'speaker', 'speaker_entity_id', 'speaker_cue'],
      ['0', 'Paul Martin', 'person:paul-martin', 'after'],
      ['1', 'le maire', '', 'according-to'],
      ['2', '', '', '']
    ])
  })
})
