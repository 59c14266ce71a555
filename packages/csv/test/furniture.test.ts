/**
 * The tables keep page furniture (the CSV is lossless): each furniture block
 * is a row of `blocks`, with its role; a publication line that dates the
 * article is its `date_source`; a repost signature names its source.
 */
import { parse } from '@corpus/core'
import { describe, expect, it } from 'vitest'
import { documentRows } from '../src/index.js'

const FILE = { file: '012_5f3a9c0e7b1d2468.txt' }

describe('page furniture', () => {
  const document = parse('Publié le 30/10/2023 à 14h24\nPartager\nLe conseil a voté le budget.\nContenu publicitaire\nLa séance a duré trois heures.\nSource : Ville de Lyon\n', FILE)
  const rows = documentRows(document)

  it('is a row of blocks with its kind and role, and other blocks have a role only when they are boilerplate', () => {
    expect(rows.blocks.map((row) => [row.kind, row.role, row.text])).toEqual([
      ['furniture', 'publication', 'Publié le 30/10/2023 à 14h24'],
      ['furniture', 'interface', 'Partager'],
      ['paragraph', null, 'Le conseil a voté le budget.'],
      ['furniture', 'advertising', 'Contenu publicitaire'],
      ['paragraph', null, 'La séance a duré trois heures.'],
      ['boilerplate', 'source', 'Source : Ville de Lyon']
    ])
    expect(rows.documents[0]?.block_count).toBe(6)
  })

  it('dates the article from a publication line', () => {
    expect(rows.documents[0]).toMatchObject({ date: '2023-10-30', date_precision: 'day', date_source: 'publication', repost_source: null })
  })
})

describe('a repost signature', () => {
  const document = parse(' date 2024-02 Le club de voile fête ses cinquante ans\nLe club a réuni ses anciens membres samedi au port.\nMarc Delorme le 14/02/2024 Source : Le Courrier de l’Ouest\n', FILE)
  const rows = documentRows(document)

  it('is a boilerplate block with role repost, and its source is the document’s repost_source', () => {
    expect(rows.blocks.at(-1)).toMatchObject({ kind: 'boilerplate', role: 'repost', text: 'Marc Delorme le 14/02/2024 Source : Le Courrier de l’Ouest' })
    expect(rows.documents[0]).toMatchObject({ repost_source: 'Le Courrier de l’Ouest', byline_author: null, date: '2024-02', date_source: 'header' })
  })
})
