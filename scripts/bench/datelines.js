/**
 * Agency datelines in the shapes of French wire copy, `PLACE, 12 MAI, AGENCE :`
 * first: the sample's own, and made-up ones.
 */
// The sample's invented places and agencies (see sample/README.md), and more of the same kind.
const PLACES = ['TÉROVA', 'BRASKO', 'VELNA', 'MIRVAK', 'SORVAN', 'KALVO', 'LAZNY', 'BRASKO/TÉROVA', 'GENÈVE']
const AGENCIES = ['VALDAPRESS', 'OSTRAPRESSE', 'AGENCE NORD', 'AGENCE', 'SARKANE INFO']
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']

/**
 * A dateline for an article of month `yearMonth` (`YYYY-MM`), or of any month.
 * @param {ReturnType<import('./prng.js').createRandom>} random
 * @param {string[]} fromSample datelines found in the sample
 * @param {string | null} yearMonth
 */
export function makeDateline(random, fromSample, yearMonth) {
  if (fromSample.length > 0 && random.chance(0.3)) return random.pick(fromSample)
  const month = yearMonth ? Number(yearMonth.slice(5, 7)) || random.int(1, 12) : random.int(1, 12)
  const name = MONTHS[month - 1]
  const day = random.chance(0.1) ? '1er' : String(random.int(2, 28))
  const place = random.pick(PLACES)
  const agency = random.pick(AGENCIES)
  switch (random.weighted({ caps: 70, parenthesis: 20, year: 10 })) {
    case 'caps':
      return `${place}, ${day} ${name.toUpperCase()}, ${agency} :`
    case 'parenthesis':
      return `${place}, ${day} ${name} (${agency.charAt(0)}${agency.slice(1).toLowerCase()}) -`
    default:
      return `${place}, ${day} ${name} ${yearMonth ? yearMonth.slice(0, 4) : random.int(2015, 2024)}, ${agency} :`
  }
}

/** A `YYYY-MM` month for the header. */
export function makeYearMonth(random, fromSample) {
  if (fromSample.length > 0 && random.chance(0.5)) return random.pick(fromSample)
  return `${random.int(2015, 2024)}-${String(random.int(1, 12)).padStart(2, '0')}`
}
