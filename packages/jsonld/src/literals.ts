import type { DatePrecision } from '@corpus/core'
import type { JsonObject } from './types.js'

/**
 * An ISO 8601 value as an RDF literal typed by its precision: `2023` is an
 * `xsd:gYear`, `2023-09` an `xsd:gYearMonth`, `2023-09-25` an `xsd:date`,
 * `--09-25` (a day whose year is unknown) an `xsd:gMonthDay`. Never padded.
 */
export function dateLiteral(value: string, precision: DatePrecision): JsonObject {
  const type = value.startsWith('--') ? 'xsd:gMonthDay' : precision === 'year' ? 'xsd:gYear' : precision === 'month' ? 'xsd:gYearMonth' : 'xsd:date'
  return { '@value': value, '@type': type }
}

/** A schema.org `PropertyValue`: an identifier or a value named by `propertyID`. */
export function propertyValue(propertyID: string, value: string): JsonObject {
  return { '@type': 'PropertyValue', propertyID, value }
}

/**
 * A text literal in the document's language (`{ "@value": …, "@language": "fr" }`),
 * or a plain string when the language cannot be told: nothing is guessed.
 */
export function textLiteral(value: string, language: string | null): JsonObject | string {
  return language === null ? value : { '@value': value, '@language': language }
}
