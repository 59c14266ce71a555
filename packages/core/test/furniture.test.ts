/**
 * Lines of page furniture, one at a time: what each is on the page, the day a
 * publication line states, and lines of article text that look alike.
 */
import { describe, expect, it } from 'vitest'
import { furniture } from '../src/furniture.js'
import { parse } from '../src/index.js'

describe('furniture', () => {
  it.each([
    ['Publié le 30/10/2023 à 14h24, mis à jour le 31/10/2023 à 08h00', 'publication', '2023-10-30'],
    ['Publié le mardi 12 mars 2024 à 10:00 Mis à jour le 12 mars 2024 à 12h30', 'publication', '2024-03-12'],
    ['Publié le 12/03/2024 à 10h00 par Jean Dupont', 'publication', '2024-03-12'],
    ['Article publié le 12 mars 2024', 'publication', '2024-03-12'],
    ['Publié le 3 oct. 2023 | 4 min de lecture', 'publication', '2023-10-03'],
    ['4 min de lecture', 'publication', null],
    ['Mis à jour le 12/03/2024 à 12h30', 'publication', null],
    ['Publié le 31/02/2024', 'publication', null],
    ['Publié hier à 18h00', 'publication', null],
    ['Temps de lecture : 3 min', 'publication', null],
    ['Rédactrice', 'author', null],
    ['Correspondante à Rennes', 'author', null],
    ['Partager', 'interface', null],
    ['Partager avec la communauté', 'interface', null],
    ['SAUVEGARDER', 'interface', null],
    ['Communauté', 'interface', null],
    ['Lien copié', 'interface', null],
    ['12 commentaires', 'interface', null],
    ['Accueil > Régions > Bretagne', 'interface', null],
    ['Contenu publicitaire', 'advertising', null],
    ['3rd party ad content', 'advertising', null],
    ['À LIRE AUSSI', 'related', null],
    ['Lire aussi : La piscine fermera tout l’été', 'related', null],
    ['LIRE AUSSI >>', 'related', null],
    ['À lire aussi La piscine fermera tout l’été', 'related', null],
    ['Voir aussi « Le port de plaisance s’agrandit »', 'related', null],
    ['Sur le même sujet', 'related', null],
    ['Contact : Mairie, 02 99 00 00 00', 'contact', null]
  ] as const)('reads %j as %s, dated %j', (line, role, date) => {
    expect(furniture(line)).toEqual({ role, date })
  })

  it.each([
    ['Le lundi 30 octobre 2023 à 14h24', '2023-10-30'],
    ['2023-10-30', '2023-10-30'],
    ['2025', '2025']
  ])('reads %j, a date alone, as publication dated %j, marked lone', (line, date) => {
    expect(furniture(line)).toEqual({ role: 'publication', date, lone: true })
  })

  it('reads several dates alone on their lines as a timeline’s headings, not the page’s date', () => {
    const page = parse(' date 2024-03 12/03/2024\nLe chantier du pont reprend lundi.\n')
    expect(page.children.map((block) => block.type)).toEqual(['furniture', 'paragraph'])
    expect(page.date).toEqual({ date: '2024-03-12', precision: 'day', source: 'publication' })
    const timeline = parse(' date 2024-03 Le chantier du pont\n\n12 janvier 2024\nLe chantier ouvre.\n\n3 février 2024\nLes piles sont coulées.\n')
    expect(timeline.children.map((block) => block.type)).toEqual(['heading', 'heading', 'paragraph', 'heading', 'paragraph'])
    expect(timeline.date).toEqual({ date: '2024-03', precision: 'month', source: 'header' })
  })

  it.each([
    ['a date alone', 'Samedi 21 juin 2025', 'heading'],
    ['a place and a day', 'Concert, le samedi 12 avril 2025', 'heading'],
    ['an answer of two words', 'Par SMS.', 'paragraph'],
    ['a caption', 'Marine Dupuis le 31 mars 2025.', 'paragraph'],
    ['a name beside a label', 'Marie Ndiaye\nVidéo', 'heading']
  ])('keeps %s between paragraphs as article text, dating nothing (%j)', (_what, lines, type) => {
    const document = parse(` date 2024-09 Le conseil municipal a voté le budget mardi soir.\n${lines}\nLes travaux commenceront le mois prochain.\n`)
    expect(document.children[1]?.type).toBe(type)
    expect(document.date).toEqual({ date: '2024-09', precision: 'month', source: 'header' })
  })

  it('reads a byline and a publication line on one line as the publication line, and `Paru le …`', () => {
    expect(furniture('Par Claire Vidal • Publié le 30/10/2023 à 14h24')).toEqual({ role: 'publication', date: '2023-10-30' })
    expect(furniture('Paru le 3 mars 2021')).toEqual({ role: 'publication', date: '2021-03-03' })
  })

  it.each([
    'Publié le mois dernier, le rapport a fait grand bruit.',
    'Le 12 mars, la ville a voté.',
    'Partager la passion du vélo',
    'Contact avec la presse',
    'Lire aussi la suite du rapport, publiée en mars, suppose de s’abonner.',
    'Voir encore des manifestants dans la rue surprend les habitants',
    'Contacts : Paris et Alger renouent le dialogue',
    'Infos pratiques : entrée libre, réservation conseillée.',
    'Suivre.',
    '2019.',
    'par « oui » dit-il',
    'Par Jean Dupont, 14h30',
    'La rédactrice du rapport a démissionné.',
    '20245',
    ''
  ])('leaves %j to the article', (line) => {
    expect(furniture(line)).toBeNull()
  })

  it('dates the article by the day of publication, over the month of the header', () => {
    const document = parse(' date 2023-10 Publié le 30/10/2023 à 14h24, mis à jour le 31/10/2023\nLe festival annonce sa programmation.\n')
    expect(document.date).toEqual({ date: '2023-10-30', precision: 'day', source: 'publication' })
    expect(document.diagnostics).toEqual([])
  })

  it('reports a publication day that the header contradicts, and keeps the day', () => {
    const document = parse(' date 2023-09 Publié le 30/10/2023\nLe festival annonce sa programmation.\n')
    expect(document.date).toEqual({ date: '2023-10-30', precision: 'day', source: 'publication' })
    expect(document.diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.message])).toEqual([
      ['date-conflict', 'The publication dates the article `2023-10-30` but the header says `2023-09`']
    ])
  })

  it('does not date the article by a year alone, nor by an update', () => {
    expect(parse('2025\nLe festival annonce sa programmation.\n').date).toBeNull()
    expect(parse('Mis à jour le 31/10/2023\nLe festival annonce sa programmation.\n').date).toBeNull()
  })
})
