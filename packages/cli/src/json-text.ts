/**
 * `value` as indented JSON text, safe to print on a terminal: `JSON.stringify`
 * escapes the C0 controls but leaves DEL and the C1 controls raw (U+009B opens
 * a control sequence on some terminals), so these are escaped too, as `\u009b`:
 * the same JSON value.
 */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[\u007f-\u009f]/gu, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`
}
