/** Years of days written without one: the weekday given with them, and days that come back every year. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MONTHS, WEEKDAYS, dayExists, weekdayOf } from '../src/calendar.js'
import { parse } from '../src/index.js'

const read = (text: string) => {
  const document = parse(text)
  return {
    dates: document.dates.map((date) => [date.text, date.date, date.year]),
    rules: document.diagnostics.map((diagnostic) => diagnostic.ruleId)
  }
}

describe('a weekday given with a day and no year', () => {
  it('picks the year after the article’s when the day falls on it then', () => {
    expect(read(' date 2023-12 La finale aura lieu samedi 13 janvier au stade.')).toEqual({
      dates: [['samedi 13 janvier', '2024-01-13', 'article']],
      rules: []
    })
  })

  it('picks the leap year that has the day', () => {
    expect(read(' date 2023-11 Le vote se tiendra le jeudi 29 février.').dates).toEqual([['jeudi 29 février', '2024-02-29', 'article']])
  })

  it('picks the year before at the turn of the year', () => {
    expect(read(' date 2024-02 Le gel a duré du samedi 30 décembre au mardi 2 janvier.').dates).toEqual([
      ['samedi 30 décembre', '2023-12-30', 'article'],
      ['mardi 2 janvier', '2024-01-02', 'article']
    ])
  })

  it('moves a whole range with the weekday of its last day', () => {
    expect(read(' date 2024-12 Le musée ferme du 28 décembre au vendredi 3 janvier.').dates).toEqual([
      ['28 décembre', '2024-12-28', 'article'],
      ['vendredi 3 janvier', '2025-01-03', 'article']
    ])
  })

  it('keeps the article’s year, and warns, when no year near it fits', () => {
    expect(read(' date 2023-12 Le bureau se réunira vendredi 5 décembre.')).toEqual({
      dates: [['vendredi 5 décembre', '2023-12-05', 'article']],
      rules: ['weekday-mismatch']
    })
  })

  it('does not move a day said to be past later than the words allow', () => {
    // 13 January falls on a Monday in 2025 only: after an article of December 2024, not `dernier`.
    expect(read(' date 2024-12 Depuis le lundi 13 janvier dernier, rien.')).toEqual({
      dates: [['lundi 13 janvier', '2024-01-13', 'article']],
      rules: ['weekday-mismatch']
    })
  })

  it('still warns when the year is written', () => {
    expect(read(' date 2023-12 La réunion du samedi 13 janvier 2023 est reportée.')).toEqual({
      dates: [['samedi 13 janvier 2023', '2023-01-13', 'stated']],
      rules: ['weekday-mismatch']
    })
  })

  it('falls on a different weekday in each of three years in a row, so at most one year fits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 2098 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const weekdays = [year, year + 1, year + 2].filter((y) => dayExists(y, month, day)).map((y) => weekdayOf(y, month, day))
        expect(new Set(weekdays).size).toBe(weekdays.length)
      })
    )
  })

  it('takes the one year of three around the article’s that fits, else the article’s with a warning', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2090 }),
        fc.integer({ min: 3, max: 10 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 6 }),
        (articleYear, articleMonth, month, day, weekday) => {
          const fits = [articleYear - 1, articleYear, articleYear + 1].filter((y) => dayExists(y, month, day) && weekdayOf(y, month, day) === weekday)
          const header = ` date ${articleYear}-${String(articleMonth).padStart(2, '0')} `
          const document = parse(`${header}La fête aura lieu ${WEEKDAYS[weekday] ?? ''} ${day} ${MONTHS[month - 1] ?? ''} sur la place.`)
          const rules = document.diagnostics.map((diagnostic) => diagnostic.ruleId)
          const [year] = fits
          if (year !== undefined) {
            expect(document.dates.map((date) => date.date)).toEqual([`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`])
            expect(rules).toEqual([])
          } else {
            // An article of March to October reads the day in its own year.
            expect(rules).toEqual([dayExists(articleYear, month, day) ? 'weekday-mismatch' : 'invalid-date'])
          }
        }
      )
    )
  })
})

describe('a day that comes back every year', () => {
  it('has no year', () => {
    expect(read(' date 2024-05 On danse tous les 24 avril, chaque 1er mai, tous les ans le 14 juillet et chaque année le 15 août.').dates).toEqual([
      ['24 avril', '--04-24', 'unknown'],
      ['1er mai', '--05-01', 'unknown'],
      ['14 juillet', '--07-14', 'unknown'],
      ['15 août', '--08-15', 'unknown']
    ])
  })

  it('keeps the listed days of a range together', () => {
    expect(read(' date 2024-05 Le marché se tient tous les 3 et 4 juin.').dates).toEqual([
      ['3', '--06-03', 'unknown'],
      ['4 juin', '--06-04', 'unknown']
    ])
  })

  it('is not read into other words before a day', () => {
    expect(read(' date 2024-05 Les 24 et 25 avril, tous sont venus le 3 mai.').dates).toEqual([
      ['24', '2024-04-24', 'article'],
      ['25 avril', '2024-04-25', 'article'],
      ['3 mai', '2024-05-03', 'article']
    ])
  })
})
