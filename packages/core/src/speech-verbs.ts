/**
 * French verbs of saying, folded (lower case, no diacritics) as tokens' keys
 * are: the forms that attribute a quotation in the third person, present
 * (`estime X`, `explique-t-elle`) and past participle (`a déclaré X`,
 * `s’est indignée`).
 */

const list = (text: string): string[] => text.split(/\s+/).filter((word) => word !== '')

// Regular verbs in -er: the stem gives `-e`, `-ent` and the participle `-e`.
const REGULAR = list(`
  declarer affirmer estimer expliquer indiquer souligner ajouter preciser assurer confier lancer denoncer regretter insister
  annoncer raconter confirmer commenter observer noter juger deplorer marteler temoigner resumer nuancer ironiser demander
  plaider protester glisser lacher souffler retorquer detailler constater avouer relever temperer fustiger tonner fulminer
  analyser argumenter objecter repeter justifier interroger conseiller alerter trancher
`)

// Other verbs: present singular, present plural, participle.
const IRREGULAR: ReadonlyArray<readonly [string, string, string]> = [
  ['rappelle', 'rappellent', 'rappele'],
  ['repond', 'repondent', 'repondu'],
  ['reconnait', 'reconnaissent', 'reconnu'],
  ['dit', 'disent', 'dit'],
  ['poursuit', 'poursuivent', 'poursuivi'],
  ['conclut', 'concluent', 'conclu'],
  ['avertit', 'avertissent', 'averti'],
  ['previent', 'previennent', 'prevenu'],
  ['admet', 'admettent', 'admis'],
  ['ecrit', 'ecrivent', 'ecrit'],
  ['promet', 'promettent', 'promis'],
  ['rencherit', 'rencherissent', 'rencheri'],
  ['reagit', 'reagissent', 'reagi'],
  ['reprend', 'reprennent', 'repris'],
  ['sourit', 'sourient', 'souri']
]

// Reflexive verbs, said with `s’` (`s’indigne X`, `s’est-il indigné`).
const REFLEXIVE = list('indigner inquieter interroger emporter exclamer feliciter rejouir etonner agacer defendre amuser alarmer insurger')

function forms(regular: readonly string[], irregular: ReadonlyArray<readonly [string, string, string]>): { present: Set<string>; participle: Set<string> } {
  const present = new Set<string>()
  const participle = new Set<string>()
  for (const verb of regular) {
    const stem = verb.slice(0, -2)
    present.add(`${stem}e`).add(`${stem}ent`)
    participle.add(`${stem}e`)
  }
  for (const [singular, plural, past] of irregular) {
    present.add(singular).add(plural)
    participle.add(past)
  }
  return { present, participle }
}

const PLAIN = forms(REGULAR, IRREGULAR)
const SELF = forms(REFLEXIVE, [])

/** Whether `key` is a verb of saying in the present, third person (`estime`, `disent`); `reflexive` after `s’`. */
export function isSpeechPresent(key: string, reflexive: boolean): boolean {
  return (reflexive ? SELF : PLAIN).present.has(key)
}

/** Whether `key` is the past participle of a verb of saying, agreed or not (`déclaré`, `déclarées`); `reflexive` after `s’est`. */
export function isSpeechParticiple(key: string, reflexive: boolean): boolean {
  const set = (reflexive ? SELF : PLAIN).participle
  if (set.has(key)) return true
  // Agreement adds `e`, `s` or `es`: `ajoutée`, `reconnus`, `promises`.
  const bare = key.endsWith('es') ? key.slice(0, -2) : key.endsWith('e') || key.endsWith('s') ? key.slice(0, -1) : key
  return bare !== key && (set.has(bare) || (key.endsWith('es') && set.has(key.slice(0, -1))))
}
