/**
 * Named entities: the scores on the hand-checked articles of
 * `test/entities/` (written for the project, none about the seeds’ region),
 * the names one place goes by, and the gazetteer’s readers.
 */
import { describe, expect, it } from 'vitest'
import { evaluate } from '../../../scripts/eval-entities.js'
import { communesSource } from '../scripts/communes.js'
import { countriesSource } from '../scripts/countries.js'
import { givenNamesSource } from '../scripts/given-names.js'
import { builtinEntries, createGazetteer, gazetteerFromCsv, gazetteerFromJson, parse, type Document } from '../src/index.js'
import { readFileSync } from 'node:fs'
import { slug } from '../src/entities/tokens.js'

const mentions = (document: Document, kind?: string) => document.mentions.filter((mention) => !kind || mention.kind === kind).map((mention) => [mention.text, mention.entity])
const read = (text: string) => parse(text, { detectLanguage: false })

describe('on the hand-checked articles', () => {
  const { scores, errors } = evaluate(parse)

  it('finds people and places at an F1 of 0.85 or more, organisations at 0.75 or more', () => {
    expect(scores.person.f1, errors.join('\n')).toBeGreaterThanOrEqual(0.85)
    expect(scores.place.f1, errors.join('\n')).toBeGreaterThanOrEqual(0.85)
    expect(scores.organization.f1, errors.join('\n')).toBeGreaterThanOrEqual(0.75)
  })

  it('scores eleven articles, hundreds of mentions', () => {
    expect(scores.person.gold + scores.place.gold + scores.organization.gold).toBe(155)
  })
})

describe('one place, many names', () => {
  it.each(['Haut-Karabakh', 'Nagorny Karabakh', 'Karabakh', 'Karabagh', 'Artsakh', "République d'Artsakh", 'République d’Artsakh', 'région occupée du Karabakh', 'Haut -Karabakh'])('%s is the Haut-Karabakh', (name) => {
    const document = read(`Les combats ont repris dans le ${name} mardi.\n`)
    expect(mentions(document)).toEqual([[name, 'place:haut-karabakh']])
    expect(document.entities).toEqual([{ id: 'place:haut-karabakh', kind: 'place', label: 'Haut-Karabakh', ids: {}, mentionCount: 1 }])
  })

  it.each([
    ['Azerbaïdjan', 'country:AZ'],
    ['Azerbaidjan', 'country:AZ'],
    ['Erevan', 'place:erevan'],
    ['Yerevan', 'place:erevan'],
    ['OTAN', 'organization:otan'],
    ['NATO', 'organization:otan'],
    ['États-Unis', 'country:US'],
    ['Etats-Unis', 'country:US']
  ])('%s is %s', (name, id) => {
    expect(mentions(read(`Le texte cite ${name} deux fois, puis encore ${name}.\n`))).toEqual([
      [name, id],
      [name, id]
    ])
  })

  it('matches the words of a name in any case past a capitalised first word, but a proper name after a common noun only in capitals', () => {
    const document = read('L’Arabie saoudite et l’Arabie Saoudite longent la mer Noire, pas la mer noire.\n')
    expect(mentions(document)).toEqual([
      ['Arabie saoudite', 'country:SA'],
      ['Arabie Saoudite', 'country:SA'],
      ['mer Noire', 'place:mer-noire']
    ])
  })

  it('keeps the country apart from its adjective and its people', () => {
    const document = read('Le gouvernement arménien a répondu. L’Arménie et les Arméniens attendent ; la délégation arménienne est partie.\n')
    expect(mentions(document)).toEqual([['Arménie', 'country:AM']])
    expect(document.entities[0]).toEqual({ id: 'country:AM', kind: 'place', label: 'Arménie', ids: { iso3166: 'AM', iso3166Alpha3: 'ARM' }, mentionCount: 1 })
  })
})

describe('people', () => {
  it('are found by their role, title, verb of saying or apposition, and later by their surname', () => {
    const document = read(
      'Le ministre des Armées Paul Verdier a visité la base. « Tout est prêt », a déclaré M. Verdier.\n\nSelon Inès Carvalho, la visite était prévue. Jean-Yves Le Drian, ancien ministre, a salué l’initiative. Le Drian a ensuite quitté Brest.\n'
    )
    expect(mentions(document, 'person')).toEqual([
      ['Paul Verdier', 'person:paul-verdier'],
      ['Verdier', 'person:paul-verdier'],
      ['Inès Carvalho', 'person:ines-carvalho'],
      ['Jean-Yves Le Drian', 'person:jean-yves-le-drian'],
      ['Le Drian', 'person:jean-yves-le-drian']
    ])
  })

  it('are not a capital at the start of a sentence, a month or a ministry', () => {
    const document = read('Mardi, la Défense a confirmé. Mais Rien ne bouge. Lundi Matin est un titre.\n')
    expect(mentions(document, 'person')).toEqual([])
  })
})

describe('the gazetteer', () => {
  it('is derived from i18n-iso-countries for its countries (src/entities/countries.ts is up to date)', () => {
    expect(readFileSync(new URL('../src/entities/countries.ts', import.meta.url), 'utf8')).toBe(countriesSource())
    expect(builtinEntries().filter((entry) => entry.id.startsWith('country:'))).toHaveLength(250)
  })

  it('knows the French communes of 10,000 inhabitants or more, from GeoNames (src/entities/communes.ts is up to date)', () => {
    expect(readFileSync(new URL('../src/entities/communes.ts', import.meta.url), 'utf8')).toBe(communesSource())
    const document = read('Les maires de Villeurbanne, de Montreuil et de Valence ont écrit au préfet. Vienne accueille le sommet.\n')
    expect(document.entities.map((entity) => [entity.id, entity.label, entity.ids])).toEqual([
      // One commune of the name: its GeoNames id.
      ['place:villeurbanne', 'Villeurbanne', { geonames: '2968254' }],
      // Several French places of the name: none is guessed.
      ['place:montreuil', 'Montreuil', {}],
      ['place:valence', 'Valence', {}],
      // The city of an earlier entry keeps its name: Vienna, not the commune of Isère.
      ['place:vienne', 'Vienne', {}]
    ])
  })

  it('takes entries from JSON, adding and overriding', () => {
    const entries = gazetteerFromJson(JSON.stringify([{ id: 'place:haut-karabakh', label: 'Karabakh', kind: 'place', aliases: ['Artsakh'], ids: { wikidata: 'Q23430' } }, { id: 'organization:acme', label: 'Acme', kind: 'organization' }]))
    const document = parse('Acme ouvre un bureau en Artsakh, près du Karabakh.\n', { detectLanguage: false, gazetteer: createGazetteer(entries) })
    expect(mentions(document)).toEqual([
      ['Acme', 'organization:acme'],
      ['Artsakh', 'place:haut-karabakh'],
      ['Karabakh', 'place:haut-karabakh']
    ])
    expect(document.entities[1]).toEqual({ id: 'place:haut-karabakh', kind: 'place', label: 'Karabakh', ids: { wikidata: 'Q23430' }, mentionCount: 2 })
  })

  it('takes entries from CSV, quoted fields and authority columns included', () => {
    const csv = 'id,label,kind,aliases,ids.wikidata\r\nperson:marie-curie,Marie Curie,person,"Curie|Marie Skłodowska-Curie",Q7186\r\norganization:cnrs,CNRS,organization,"Centre national de la recherche scientifique, France",\r\n'
    expect(gazetteerFromCsv(csv)).toEqual([
      { id: 'person:marie-curie', label: 'Marie Curie', kind: 'person', aliases: ['Curie', 'Marie Skłodowska-Curie'], ids: { wikidata: 'Q7186' } },
      { id: 'organization:cnrs', label: 'CNRS', kind: 'organization', aliases: ['Centre national de la recherche scientifique, France'], ids: {} }
    ])
  })

  it('finds the separator in the header row: semicolons (French Excel, with its BOM and CRLF), tabs, commas', () => {
    const entry = { id: 'place:lorient', label: 'Lorient', kind: 'place', aliases: ['An Oriant', 'Lorient, la ville'], ids: { archive: 'LOR-0042' } }
    expect(gazetteerFromCsv('\ufeffid;label;kind;aliases;ids.archive\r\nplace:lorient;Lorient;place;An Oriant|Lorient, la ville;LOR-0042\r\n')).toEqual([entry])
    expect(gazetteerFromCsv('id\tlabel\tkind\taliases\tids.archive\nplace:lorient\tLorient\tplace\tAn Oriant|Lorient, la ville\tLOR-0042\n')).toEqual([entry])
    // A semicolon inside a quoted header name is not the separator; the commas outside quotes are.
    expect(gazetteerFromCsv('id,label,kind,aliases,"ids.archive;old"\nplace:lorient,Lorient,place,"An Oriant|Lorient, la ville",LOR-0042\n')).toEqual([{ ...entry, ids: { 'archive;old': 'LOR-0042' } }])
    // Cells a spreadsheet guard prefixed with ' read as they were.
    expect(gazetteerFromCsv("id;label;kind;ids.archive\r\nplace:lorient;Lorient;place;'-0042\r\n")).toEqual([{ ...entry, aliases: [], ids: { archive: '-0042' } }])
    expect(() => gazetteerFromCsv('id;label\r\nx;X\r\n')).toThrow('Invalid gazetteer CSV: no `kind` column')
  })

  it('refuses an entry of no known kind, or without an id', () => {
    expect(() => gazetteerFromJson('[{"id":"x","label":"X","kind":"thing"}]')).toThrow('Invalid gazetteer entry `x`: `kind` must be one of person, place, organization')
    expect(() => gazetteerFromCsv('id,label,kind\n,Nom,place\n')).toThrow('Invalid gazetteer entry: `id` must be a non-empty string')
    expect(() => gazetteerFromCsv('id,label\nx,X\n')).toThrow('Invalid gazetteer CSV: no `kind` column')
  })

  it('can be turned off', () => {
    const document = parse('Le président Emmanuel Macron est à Paris.\n', { detectLanguage: false, entities: false })
    expect([document.mentions, document.entities]).toEqual([[], []])
  })
})

describe('a long run of capitalised words', () => {
  it('is named in spans that never overlap: a surname’s lead is not taken from the name before it', () => {
    const run = Array.from({ length: 34 }, () => 'Vanel').join(' ')
    const document = read(`Le secrétaire général des ${run} Nations unies a parlé.\n`)
    const spans = document.mentions.map((mention) => [mention.position.start.offset, mention.position.end.offset])
    // Six words a name at most, five names from the run; its last four words, whose lead the fifth name holds, name nobody.
    expect(spans).toEqual([[26, 61], [62, 97], [98, 133], [134, 169], [170, 205], [230, 243]])
  })
})

describe('entity ids', () => {
  it('keep the letters of every script: three people named in Cyrillic are three entities', () => {
    const document = read('Le président Путин a reçu le ministre Лавров et M. Медведев.\n')
    expect(document.entities.map((entity) => [entity.id, entity.mentionCount])).toEqual([
      ['person:путин', 1],
      ['person:лавров', 1],
      ['person:медведев', 1]
    ])
  })

  it('fold Latin letters as before, keep the others distinct, and are never empty', () => {
    expect(slug('Hélène Œuvray')).toBe('helene-œuvray')
    expect(slug('Łucja Wałęsa')).toBe('łucja-wałesa')
    // й and и are two letters: folding them together would merge two names.
    expect(slug('Йошкар-Ола')).not.toBe(slug('Иошкар-Ола'))
    expect(slug('محمد بن سلمان')).toBe('محمد-بن-سلمان')
    expect(slug('राम')).not.toBe(slug('रम'))
    expect(slug('🎸')).toBe('u1f3b8')
    expect(slug('« ! »')).toBe('uab-u21-ubb')
  })
})

describe('people without a cue word', () => {
  it('are named by a given name and a surname: in a list, in parentheses, after avec', () => {
    const document = read('Bruno Retailleau (LR), Hervé Marseille (UC) et Nathalie Goulet ont voté contre. Il est reparti avec Denis Dumont, un grossiste.\n')
    expect(mentions(document, 'person')).toEqual([
      ['Bruno Retailleau', 'person:bruno-retailleau'],
      // A place's name after a given name is a surname.
      ['Hervé Marseille', 'person:herve-marseille'],
      ['Nathalie Goulet', 'person:nathalie-goulet'],
      ['Denis Dumont', 'person:denis-dumont']
    ])
    expect(mentions(document, 'place')).toEqual([])
  })

  it('not by a given name that is also a place or a word that is no name', () => {
    const document = read('Florence Parly est venue à Florence. France Télévisions diffuse le match. Le Mans gagne.\n')
    expect(mentions(document, 'person')).toEqual([['Florence Parly', 'person:florence-parly']])
    expect(mentions(document, 'place').map(([text]) => text)).toContain('Florence')
  })

  it('come from gender-detection-from-name (src/entities/given-names.ts is up to date)', () => {
    expect(readFileSync(new URL('../src/entities/given-names.ts', import.meta.url), 'utf8')).toBe(givenNamesSource())
  })
})

describe('names their head noun opens', () => {
  it.each([
    ['Le conseil a siégé rue Joffre, puis avenue de la Gare et place de la République.', [['rue Joffre', 'place:rue-joffre'], ['avenue de la Gare', 'place:avenue-de-la-gare'], ['place de la République', 'place:place-de-la-republique']]],
    ['Un camion s’est renversé sur la RN 21 puis sur l’A62.', [['RN 21', 'place:rn-21'], ['A62', 'place:a62']]],
    ['Il a été transporté à l’hôpital Bichat, puis au centre hospitalier de Dax.', [['hôpital Bichat', 'organization:hopital-bichat'], ['centre hospitalier de Dax', 'organization:centre-hospitalier-de-dax']]],
    ['Elle enseigne à l’université de Bordeaux et visite le musée d’Orsay.', [['université de Bordeaux', 'organization:universite-de-bordeaux'], ['musée d’Orsay', 'organization:musee-d-orsay']]],
    // A person's name after a head is the place's: `place Jacques-Brel`; `la place de Paul` is his, and `à la place de` no square.
    ['Rendez-vous à la place de Paul, place Jacques-Brel.', [['place Jacques-Brel', 'place:place-jacques-brel']]],
    ['Il a pris la place de Marie Curie.', [['Marie Curie', 'person:marie-curie']]],
    // Treaties and events are no entities, nor the places in their names.
    ['Les pays ont signé la Convention de Genève, puis le Tour de France est passé à Cannes.', [['Cannes', 'place:cannes']]]
  ])('%s', (text, expected) => {
    expect(mentions(read(`${text}\n`))).toEqual(expected)
  })
})

describe('organisations', () => {
  it('knows parties, unions and companies by name, and a company’s name after a given name as a surname', () => {
    expect(mentions(read('Le Medef et la CGT ont signé avec Rassemblement national.\n'))).toEqual([
      ['Medef', 'organization:medef'],
      ['CGT', 'organization:cgt'],
      ['Rassemblement national', 'organization:rassemblement-national']
    ])
    expect(mentions(read('Jean Leclerc fait ses courses chez Leclerc.\n'))).toEqual([
      ['Jean Leclerc', 'person:jean-leclerc'],
      ['Leclerc', 'organization:leclerc']
    ])
  })

  it('makes an acronym and the place that makes it one body one organisation, after an article as well', () => {
    expect(mentions(read('Le CHU de Rennes et l’ARS Bretagne ont répondu.\n'))).toEqual([
      ['CHU de Rennes', 'organization:chu-de-rennes'],
      ['ARS Bretagne', 'organization:ars-bretagne']
    ])
  })

  it('never joins an acronym to a place across a line break, a block’s end or the next block (a mention stays in its block)', () => {
    const document = read('Le CHU\n\nRennes gagne.\n')
    expect(mentions(document)).toEqual([
      ['CHU', 'organization:chu'],
      ['Rennes', 'place:rennes']
    ])
    expect(document.mentions.map((mention) => mention.block)).toEqual([0, 1])
  })

  it('takes no heading or given name in capitals for an acronym', () => {
    expect(mentions(read('SÉNATORIALES. Le vote a eu lieu dimanche.\n'))).toEqual([])
    expect(mentions(read('MARCEL a écrit au COMMERCE du coin.\n'))).toEqual([])
  })

  it('takes the Security Council alone for the United Nations’ one: no generic id that would join other councils', () => {
    expect(mentions(read('Le Conseil de sécurité s’est réuni à New York.\n'))).toEqual([
      ['Conseil de sécurité', 'organization:conseil-de-securite-de-l-onu'],
      ['New York', 'place:new-york']
    ])
  })

  it('keeps seats of power places, whatever they stand for', () => {
    expect(mentions(read('Le Kremlin, l’Élysée et Matignon ont démenti.\n'))).toEqual([
      ['Kremlin', 'place:kremlin'],
      ['Élysée', 'place:elysee'],
      ['Matignon', 'place:matignon']
    ])
  })
})

describe('initials', () => {
  it('make a person’s name, compound or not, `M.-L.` included', () => {
    expect(mentions(read('Selon J.-P. Durand et M.-L. Castagne, tout va bien.\n'))).toEqual([
      ['J.-P. Durand', 'person:j-p-durand'],
      ['M.-L. Castagne', 'person:m-l-castagne']
    ])
  })

  it('but not a heading’s number or an abbreviation', () => {
    expect(mentions(read('I. Le projet avance. Le site date de 52 av. J.-C. Il est vaste.\n'))).toEqual([])
  })
})
