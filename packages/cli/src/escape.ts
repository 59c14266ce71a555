// C0 controls (tab and newline among them), DEL and C1 controls: a terminal acts
// on them (ESC starts the sequences that set its title or clear the screen), and
// a newline in a name would split one line of output in two.
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu

/** `text` with every control character shown as a visible escape (`\x1b`), for printing what came from the input. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (character) => `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`)
}
