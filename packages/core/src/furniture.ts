import { BLANK } from './characters.js'
import { isoDate } from './calendar.js'
import { DAY_PATTERN, dayAt } from './day-date.js'
import type { FurnitureRole } from './types.js'

/** A line of page furniture: what it is on the page, and the publication date it states (ISO 8601), if any. */
export interface FurnitureMatch {
  role: FurnitureRole
  date: string | null
  /** A date or a year alone on its line: the page's own only when the page has one (several are a timeline's). */
  lone?: true
}

// Furniture lines are short: a `Lire aussi :` line holds a headline, the others a few words.
const MAX_LENGTH = 200
const S = BLANK

// Whole lines, compared in lower case with `’` as `'`, runs of blanks as one space and a final `:` `.` `…` `>` or `»` dropped.
const INTERFACE = new Set(
  [
    'partager',
    'partage',
    "partager l'article",
    'partager cet article',
    'partager avec la communauté',
    'partager sur facebook',
    'partager sur twitter',
    'partager sur x',
    'partager sur linkedin',
    'partager sur whatsapp',
    'partager par e-mail',
    'partager par email',
    'sauvegarder',
    "sauvegarder l'article",
    'enregistrer',
    'imprimer',
    "imprimer l'article",
    'commenter',
    'commentaires',
    'voir les commentaires',
    'réagir',
    'communauté',
    "s'abonner",
    'abonnez-vous',
    "je m'abonne",
    'suivre',
    'suivez-nous',
    'copier le lien',
    'lien copié',
    'envoyer par e-mail',
    'envoyer par email',
    'e-mail',
    'email',
    'facebook',
    'twitter',
    'linkedin',
    'whatsapp',
    'messenger',
    'telegram',
    'pinterest',
    'newsletter',
    'écouter',
    'écouter cet article',
    "écouter l'article",
    'ajouter à mes favoris',
    'ajouter aux favoris',
    'favoris',
    'lire la suite',
    'voir plus',
    'afficher plus',
    'réservé aux abonnés',
    'article réservé aux abonnés',
    'article offert',
    'retour en haut',
    'haut de page',
    'vidéo',
    'video',
    'diaporama',
    'podcast',
    'infographie',
    'share',
    'save',
    'print',
    'comments'
  ].map((phrase) => phrase.normalize('NFC'))
)

const ADVERTISING = new Set(
  [
    'contenu publicitaire',
    'publicité',
    'contenu sponsorisé',
    'article sponsorisé',
    'sponsorisé',
    'contenu partenaire',
    'publi-information',
    'publireportage',
    'publi-reportage',
    'annonce',
    'advertisement',
    'advertising',
    'sponsored',
    'sponsored content',
    '3rd party ad content',
    'third party ad content'
  ].map((phrase) => phrase.normalize('NFC'))
)

// An author's role, alone on its line (`Rédactrice`, `Journaliste`, `Rédacteur en chef adjoint`), maybe with where or for whom (`Correspondante à Rennes`).
const ROLE = new RegExp(
  `^(?:rédact(?:rice|eur)(?:${S}+en${S}+chef)?(?:${S}+adjointe?)?|journaliste|correspondante?|envoyée?${S}+spéciale?|chroniqueu(?:r|se)|éditorialiste|pigiste|photographe|reporte(?:r|ur)|stagiaire|aut(?:eur|rice)|contribut(?:eur|rice)|blogueu(?:r|se)|direct(?:eur|rice)${S}+de${S}+la${S}+(?:publication|rédaction))(?:${S}+(?:à|au|aux|de|du|des|chez|pour)${S}+[^.!?]{1,40})?$`,
  'u'
)

// `À LIRE AUSSI`, `Lire aussi : …`, `Voir également`, `Sur le même sujet`.
const RELATED = new RegExp(`^(?:(?:à${S}+|a${S}+)?(?:lire|voir)${S}+(?:aussi|également)(?![\\p{L}])|sur${S}+le${S}+même${S}+sujet$|à${S}+découvrir(?:${S}+aussi)?$|articles?${S}+(?:liés?|similaires)$|pour${S}+aller${S}+plus${S}+loin$)`, 'u')

// `Contact : Nom, téléphone`, `Contacts presse : …`, `Renseignements : …`.
// What a contact line gives: a telephone number, an e-mail or a web address (`Renseignements : la DGSI recrute` is a headline).
const REACHABLE = /\d{2}[ .]?\d{2}[ .]?\d{2}[ .]?\d{2}|@|www\.|https?:|\.(?:fr|com|org)\b/u
const CONTACT = new RegExp(`^(?:contacts?(?:${S}+presse)?|renseignements|infos?${S}+pratiques)${S}*:${S}*\\S`, 'u')

// The parts of a publication line, between `,` `|` `•` `·` or a spaced dash:
// `Publié le 30/10/2023 à 14h24`, `mis à jour le …`, `Publié il y a 3 heures`, `Lecture 4 min`.
const TIME = `(?:${S}*(?:à|-)${S}*\\d{1,2}${S}*[hH:]${S}*(?:\\d{2})?(?:${S}*min)?)?`
const WHEN = `(?:(?:le${S}+|:${S}*|,${S}*)?${DAY_PATTERN}|il${S}+y${S}+a${S}+\\d+${S}+\\p{L}+|hier|aujourd['’]hui)${TIME}`
const PUBLISHED = `(?:(?:article${S}+)?publiée?s?|parue?|postée?|date${S}+de${S}+publication|published|posted)`
const UPDATED = `(?:mise?${S}+à${S}+jour|dernière${S}+mise${S}+à${S}+jour|màj|maj|modifiée?|actualisée?|updated)`
const PUBLISHED_PART = new RegExp(`^${PUBLISHED}(?:${S}+le|${S}*:)?${S}*`, 'u')
const PART = new RegExp(
  `^(?:(?:${PUBLISHED}|${UPDATED})(?:${S}+le|${S}*:)?${S}*${WHEN}|(?:temps${S}+de${S}+)?lecture${S}*:?${S}*\\d+${S}*min(?:utes?)?|\\d+${S}*min(?:utes?)?${S}+de${S}+lecture|\\d{1,2}${S}*[hH:]${S}*\\d{0,2}|par${S}+[^,|•·]{2,60})$`,
  'u'
)
const BARE_TIME = /^\d{1,2} ?[h:] ?\d{0,2}$/u
const SEPARATOR = new RegExp(`${S}*(?:[,|•·]|${S}[-–—]${S})${S}*|${S}+(?=(?:${UPDATED}|par)${S})`, 'u')
// `Accueil > Société > Éducation`, `Home › Monde`: where the page stands on its site.
const BREADCRUMB = new RegExp(`^(?:accueil|home)${S}*[>›»/|]|^[^>›]{1,40}(?:${S}[>›]${S}[^>›]{1,40}){2,}$`, 'u')
// `12 commentaires`, `3 réactions`, `1 partage`.
const COUNTER = new RegExp(`^\\d+${S}+(?:commentaires?|réactions?|partages?|comments?|shares?)$`, 'u')
// A date alone on its line (`30/10/2023`, `Le lundi 30 octobre 2023 à 14h24`), or a year alone (`2025`).
const LONE_DAY = new RegExp(`^(?:le${S}+)?${DAY_PATTERN}${TIME}$`, 'u')
const LONE_YEAR = /^(?:19|20)\d{2}$/

/** `line` in lower case, `’` as `'`, blanks as one space, a final `:` `.` `…` `>` `»` dropped: the form the lists hold. */
function folded(line: string): string {
  return line
    .toLowerCase()
    .normalize('NFC')
    .replaceAll('’', "'")
    .replace(/[ \t\u00a0\u202f\u2009]+/g, ' ')
    .replace(/[ :.…>»]+$/u, '')
}

/**
 * `line` read as page furniture, or `null`: a publication line (`Publié le
 * 30/10/2023 à 14h24, mis à jour le …`, a date or a year alone), an author’s
 * role (`Rédactrice`), a button or label of the page (`Partager`,
 * `Sauvegarder`, `Communauté`), an advertising label (`Contenu publicitaire`),
 * a link to other articles (`À LIRE AUSSI`, `Lire aussi : …`), a contact line
 * (`Contact : …`).
 */
export function furniture(line: string): FurnitureMatch | null {
  if (line.length > MAX_LENGTH || line === '' || !mayBeFurniture(line)) return null
  const form = folded(line)
  // A line that ends with a full stop is a sentence (`Suivre.`, `2019.`), unless a publication or contact line.
  const sentence = /(?<!\.)\.\s*$/u.test(line)
  if (form.length <= 40 && !sentence) {
    if (INTERFACE.has(form)) return { role: 'interface', date: null }
    if (ADVERTISING.has(form)) return { role: 'advertising', date: null }
    if (ROLE.test(form)) return { role: 'author', date: null }
    if (LONE_YEAR.test(form)) return { role: 'publication', date: form, lone: true }
    if (COUNTER.test(form)) return { role: 'interface', date: null }
  }
  if (BREADCRUMB.test(form)) return { role: 'interface', date: null }
  if (RELATED.test(form) && headlineFollows(line)) return { role: 'related', date: null }
  if (CONTACT.test(form) && REACHABLE.test(form)) return { role: 'contact', date: null }
  if (!sentence && LONE_DAY.test(form)) return { role: 'publication', date: publishedOn(form.replace(/^le\s+/u, '')), lone: true }
  const parts = form.split(SEPARATOR)
  // `par X` and an hour only go with a publication line: alone they are a sentence (`par « oui » dit-il`) or a byline.
  if (parts.every((part) => PART.test(part)) && parts.some((part) => !part.startsWith('par ') && !BARE_TIME.test(part))) return { role: 'publication', date: published(parts) }
  return null
}

// `Lire aussi` as written, to see what follows it.
const READ_ALSO = /^(?:[àa]\s+)?(?:lire|voir)\s+(?:aussi|également)/iu

/**
 * Whether a `Lire aussi` line goes on as a link does: with nothing, a mark
 * (`:`, `>`, `»`, a dash), a headline's capital, digit or quotation mark, or
 * words with no final stop (a link's title, maybe cut off: `Lire aussi la
 * sui`). `Lire aussi le rapport, publié en mars.` is a sentence.
 */
function headlineFollows(line: string): boolean {
  const opening = READ_ALSO.exec(line)
  if (!opening) return true
  const next = line.slice(opening[0].length).trimStart().charAt(0)
  if (next === '' || ':>»-–—|…«"“'.includes(next) || next !== next.toLowerCase() || (next >= '0' && next <= '9')) return true
  return !/[.!?]\s*$/u.test(line)
}

// The first words furniture lines open with: those of the labels, the roles, the weekdays of a date alone, and of
// publication, related, contact lines and breadcrumbs. A line that opens otherwise (most lines of text) is not folded.
const OPENINGS = new Set(
  [
    ...[...INTERFACE, ...ADVERTISING].map((phrase) => phrase.split(' ')[0] ?? phrase),
    ...(
      'rédactrice rédacteur journaliste correspondant correspondante envoyé envoyée chroniqueur chroniqueuse éditorialiste pigiste photographe ' +
      'reporter reporteur stagiaire auteur autrice contributeur contributrice blogueur blogueuse directeur directrice ' +
      'lundi mardi mercredi jeudi vendredi samedi dimanche ' +
      'publié publiée publiés publiées article articles paru parue posté postée date published posted mis mise dernière màj maj modifié modifiée ' +
      'actualisé actualisée updated temps lecture le à a lire voir sur pour par contact contacts renseignements infos info accueil home'
    ).split(' ')
  ].map((word) => word.normalize('NFC'))
)
// What follows `à` in a related-articles line (`À lire aussi`, `À découvrir`).
const READ_OR_SEE = /^[àa][ \t\u00a0]+(?:lire|voir|découvrir)/iu
// What a publication line that opens with its author (`Par Claire Vidal • Publié le …`) holds.
const PUBLICATION_WORD = /publi|paru|posté|mise? à jour|màj|maj\b|modifi|actualis|updated|posted|lecture/iu

/** Whether `code` ends a line's first word: a blank, `:` `>` `›` `»` `/` `|` `.` `…` `,`. */
function isWordEnd(code: number): boolean {
  if (code < 0x80) return code === 0x20 || code === 0x09 || code === 0x3a || code === 0x3e || code === 0x2f || code === 0x7c || code === 0x2e || code === 0x2c
  return code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x203a || code === 0xbb || code === 0x2026
}

/**
 * Whether `line` may be furniture: it opens with a digit or one of
 * `OPENINGS`, or holds a breadcrumb’s separator. Most lines of text are
 * answered here, without folding them.
 */
function mayBeFurniture(line: string): boolean {
  const first = line.charCodeAt(0)
  if (first >= 0x30 && first <= 0x39) return true
  if (line.includes(' > ') || line.includes(' › ')) return true
  let end = 0
  let ascii = true
  for (let code = line.charCodeAt(0); end < line.length && end <= 24 && !isWordEnd(code); code = line.charCodeAt(++end)) if (code > 0x7f) ascii = false
  if (end === 0 || end > 24) return false
  const word = line.slice(0, end).toLowerCase()
  // Only a word with other letters than ASCII can be written otherwise (`S’abonner`, an accent in NFD).
  const opening = ascii || OPENINGS.has(word) ? word : word.replaceAll('’', "'").normalize('NFC')
  if (!OPENINGS.has(opening)) return false
  // Words that open many sentences too: only in the short lines or with the words furniture has.
  switch (opening) {
    case 'le':
    case 'sur':
    case 'pour':
      return line.length <= 60
    case 'à':
    case 'a':
      return READ_OR_SEE.test(line)
    case 'par':
      return PUBLICATION_WORD.test(line)
    default:
      return true
  }
}

/** The day the `Publié le …` part states; an update's day is not the day of publication. */
function published(parts: readonly string[]): string | null {
  for (const part of parts) {
    const opening = PUBLISHED_PART.exec(part)
    if (opening) return publishedOn(part.slice(opening[0].length))
  }
  return null
}

function publishedOn(text: string): string | null {
  const found = dayAt(text)
  return found ? isoDate(...found.day) : null
}
