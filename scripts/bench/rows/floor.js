/** (a) The floor: read and decode each file, nothing else. */
import { TextDecoder } from 'node:util'

export const label = 'floor: readFileSync + TextDecoder'
export const unit = 'chars'

export async function load() {
  const decoder = new TextDecoder('utf-8')
  return {
    run: (bytes) => decoder.decode(bytes),
    count: (text) => text.length
  }
}
