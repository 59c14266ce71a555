/**
 * fromMarkdown on a list of 200,000 items (400 KB): more than a call takes
 * arguments, so its items are not spread into one (remark-parse takes about
 * 15 s to read it, too long for the unit suite).
 */
import { describe, expect, it } from 'vitest'
import { fromMarkdown } from '../src/index.js'

describe('fromMarkdown', () => {
  it('reads a list of 200,000 items without overflowing the stack', () => {
    const { children: blocks } = fromMarkdown('-\n'.repeat(200_000))
    expect(blocks).toHaveLength(200_000)
    expect(blocks.every((block) => block.type === 'listItem' && block.text === '')).toBe(true)
  })
})
