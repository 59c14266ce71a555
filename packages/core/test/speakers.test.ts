/**
 * Quotation speakers: what the parser attributes in the `quotes-speaker-*`
 * fixtures, scored against the speakers a reader finds there (written by hand
 * below, quote by quote), and the rules on small cases.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse, type CueKind, type Quote } from '../src/index.js'
import { isSpeechParticiple, isSpeechPresent } from '../src/speech-verbs.js'

/** A reader's speaker of one quote: the words as written, the cue, and the entity they mean (the antecedent of a pronoun too). */
interface Gold {
  text: string
  cue: CueKind
  entity: string | null
}

const said = (text: string, cue: CueKind, entity: string | null = null): Gold => ({ text, cue, entity })

// One entry per quote of the fixture, in order; `null` where the text names no one.
const GOLD: Record<string, Array<Gold | null>> = {
  'quotes-speaker-after': [
    said('la maire Sylvie Le Gall', 'after', 'person:sylvie-le-gall'),
    said('il', 'after', 'person:hugo-barrault'),
    said('Paul Kerjean', 'after', 'person:paul-kerjean'),
    said('une habitante', 'after'),
    said('le directeur des services techniques, Yann Morvan', 'after', 'person:yann-morvan'),
    said('elle', 'after', 'person:sylvie-le-gall'),
    said('Anne Riou', 'after', 'person:anne-riou')
  ],
  'quotes-speaker-incise': [
    said('Claire Méhu', 'incise', 'person:claire-mehu'),
    said('Claire Méhu', 'incise', 'person:claire-mehu'),
    said('le président du jury', 'incise'),
    said('elle', 'incise', 'person:claire-mehu')
  ],
  'quotes-speaker-according-to': [
    said('Marc Le Roux', 'according-to', 'person:marc-le-roux'),
    said('la préfecture du Morbihan', 'according-to'),
    said('une source proche du comité des pêches', 'according-to'),
    said('lui', 'according-to', 'person:marc-le-roux'),
    null
  ],
  'quotes-speaker-before': [
    said('Maël Quéré', 'before', 'person:mael-quere'),
    said('Il', 'before', 'person:mael-quere'),
    said("La conseillère d'opposition Aurélie Tanguy", 'before', 'person:aurelie-tanguy'),
    said('Le texte', 'before'),
    null
  ],
  'quotes-speaker-interview': [
    said('Le journaliste', 'interview'),
    said('Jeanne Kervella', 'interview', 'person:jeanne-kervella'),
    said('J. K.', 'interview', 'person:jeanne-kervella'),
    said('M. Olivier Prigent', 'interview', 'person:olivier-prigent'),
    null
  ],
  'quotes-speaker-none': Array<null>(10).fill(null),
  // Written after the rules, and left as they score it: cues they do not read (`juge le projet « … »`, `rappelle de son côté X`).
  'quotes-speaker-mixed': [
    said('Bertrand Lemoine', 'after', 'person:bertrand-lemoine'),
    said('la déléguée CGT des marins', 'after'),
    said('Le député Alain Cosquer', 'before', 'person:alain-cosquer'),
    said('Nadia Ferrand', 'after', 'person:nadia-ferrand'),
    said('les riverains', 'according-to'),
    said('le chantier naval', 'after'),
    said('La préfète', 'before'),
    said('elle', 'after'),
    said('M. Lemoine', 'before', 'person:bertrand-lemoine')
  ]
}

const folder = fileURLToPath(new URL('fixtures/', import.meta.url))
const quotesOf = (name: string): Quote[] => parse(readFileSync(`${folder}${name}/input.txt`)).quotes

/**
 * An attribution is right when it names the reader's speaker with the same
 * words and cue, and links to their entity or to none (a pronoun left
 * unresolved is unlinked, not wrong).
 */
function score(): { attributed: number; right: number; expected: number; linked: number; links: number } {
  let attributed = 0
  let right = 0
  let expected = 0
  let linked = 0
  let links = 0
  for (const [name, gold] of Object.entries(GOLD)) {
    const quotes = quotesOf(name)
    expect(quotes.length, name).toBe(gold.length)
    quotes.forEach((quote, index) => {
      const wanted = gold[index] ?? null
      const speaker = quote.speaker
      if (wanted) expected++
      if (wanted?.entity) links++
      if (!speaker) return
      attributed++
      if (wanted && speaker.text === wanted.text && speaker.cue.kind === wanted.cue && (speaker.entity === null || speaker.entity === wanted.entity)) {
        right++
        if (speaker.entity !== null) linked++
      }
    })
  }
  return { attributed, right, expected, linked, links }
}

describe('speakers of the cue fixtures, against a reader’s', () => {
  const result = score()
  const precision = result.right / result.attributed
  const recall = result.right / result.expected
  console.log(
    `speakers: precision ${precision.toFixed(3)} (${result.right}/${result.attributed}), recall ${recall.toFixed(3)} (${result.right}/${result.expected}), entities linked ${result.linked}/${result.links}`
  )

  it('attributes with a precision of 0.9 or more', () => {
    expect(precision).toBeGreaterThanOrEqual(0.9)
  })

  it('scores exactly so (a change shows here)', () => {
    expect(result).toEqual({ attributed: 29, right: 29, expected: 32, linked: 16, links: 21 })
  })
})

describe('speakers', () => {
  const speakerOf = (text: string, options?: { entities?: boolean }) => {
    const quote = parse(text, { detectLanguage: false, ...options }).quotes[0]
    return quote?.speaker ? [quote.speaker.cue.kind, quote.speaker.cue.text, quote.speaker.text, quote.speaker.entity] : null
  }

  it('reads the verb of saying after a quote, inverted or not', () => {
    expect(speakerOf('« Nous verrons », a déclaré M. Girard.')).toEqual(['after', 'a déclaré', 'M. Girard', 'person:girard'])
    expect(speakerOf('« Nous verrons », explique-t-elle.')).toEqual(['after', 'explique-t-elle', 'elle', null])
    expect(speakerOf('« Nous verrons », dit-il.')).toEqual(['after', 'dit-il', 'il', null])
    expect(speakerOf('« Nous verrons », a également souligné la ministre.')).toEqual(['after', 'a également souligné', 'la ministre', null])
    expect(speakerOf('« Nous verrons », s’est-il indigné.')).toEqual(['after', 's’est-il indigné', 'il', null])
  })

  it('links a pronoun to the one person named before it, and to no one when there are two', () => {
    expect(speakerOf('Paul Verdier a visité Lyon. « C’est beau », a-t-il dit.')).toEqual(['after', 'a-t-il dit', 'il', 'person:paul-verdier'])
    expect(speakerOf('Paul Verdier a reçu Jean Morel. « C’est beau », a-t-il dit.')).toEqual(['after', 'a-t-il dit', 'il', null])
    // A title tells the gender: `elle` is not M. Morel.
    expect(speakerOf('Mme Anne Riou a reçu M. Jean Morel. « C’est beau », a-t-elle dit.')).toEqual(['after', 'a-t-elle dit', 'elle', 'person:anne-riou'])
    // A name inside a quotation is no antecedent.
    expect(speakerOf('« J’ai vu Paul Verdier », a-t-il dit.')).toEqual(['after', 'a-t-il dit', 'il', null])
  })

  it('needs a comma between a quote and its verb, unless the quote ends on ? or !', () => {
    expect(speakerOf('« Le Monde » affirme la nécessité d’un débat.')).toBeNull()
    expect(speakerOf('« Vraiment ? » a demandé un élu.')).toEqual(['after', 'a demandé', 'un élu', null])
  })

  it('gives no speaker to a nested quote, an empty one, or a term in quotes', () => {
    const document = parse('« Il a dit “non” hier », a affirmé Paul Verdier. « » a déclaré Jean Morel. Selon lui, c’est une « réforme ».')
    expect(document.quotes.map((quote) => quote.speaker?.text ?? null)).toEqual(['Paul Verdier', null, null, null])
  })

  it('finds speakers without entities, unlinked', () => {
    expect(speakerOf('« Nous verrons », a déclaré M. Girard.', { entities: false })).toEqual(['after', 'a déclaré', 'M. Girard', null])
  })

  it('stays local: a speaker and its cue are in the quote’s block', () => {
    const document = parse('Paul Verdier a parlé.\n« Oui », a-t-il dit.')
    const speaker = document.quotes[0]?.speaker
    expect([speaker?.position.start.line, speaker?.cue.position.start.line, speaker?.mention]).toEqual([2, 2, 0])
  })
})

describe('verbs of saying', () => {
  it('know the present and the participle, agreed', () => {
    expect(['estime', 'declarent', 'reconnait', 'dit', 'repond'].map((key) => isSpeechPresent(key, false))).toEqual([true, true, true, true, true])
    expect(['declare', 'declaree', 'declarees', 'declares', 'reconnus', 'promises', 'dite'].map((key) => isSpeechParticiple(key, false))).toEqual([true, true, true, true, true, true, true])
    expect(['mange', 'vote', 'indignee'].map((key) => isSpeechParticiple(key, false))).toEqual([false, false, false])
    expect(isSpeechParticiple('indignee', true)).toBe(true)
  })
})
