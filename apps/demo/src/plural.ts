/**
 * A count and its noun, singular for one and plural otherwise (zero too):
 * `1 entity`, `2 entities`, `0 quotes`. The plural is the singular and an
 * `s` unless given; the count is written with thousands separators.
 */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? singular : pluralForm}`
}
