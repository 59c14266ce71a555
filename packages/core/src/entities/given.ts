import { GIVEN_NAMES } from './given-names.js'

let names: Set<string> | undefined

/** The French given names, folded, as a set: built on first use (32,000 names). */
export function givenNames(): Set<string> {
  names ??= new Set(GIVEN_NAMES.split(' '))
  return names
}
