/**
 * Fixture folders: `fixtures/<case>/input.txt` is parsed and compared with
 * `tree.json` (the whole document, positions included) and `messages.txt`
 * (its diagnostics, one `line:column-line:column severity rule-id message` per
 * line). Run with `UPDATE_FIXTURES=1` to write the expected files after a
 * deliberate change, then read the diff.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse, type Diagnostic, type RuleId } from '../src/index.js'
import { assertDocument } from './assert-document.js'

const folder = fileURLToPath(new URL('fixtures/', import.meta.url))
const update = process.env.UPDATE_FIXTURES === '1'
const cases = readdirSync(folder, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

function formatMessage(diagnostic: Diagnostic): string {
  const place = diagnostic.position
    ? `${diagnostic.position.start.line}:${diagnostic.position.start.column}-${diagnostic.position.end.line}:${diagnostic.position.end.column}`
    : '0:0'
  return `${place} ${diagnostic.severity}${diagnostic.fatal ? ' (fatal)' : ''} ${diagnostic.ruleId} ${diagnostic.message}`
}

describe.each(cases)('fixture %s', (name) => {
  const input = readFileSync(`${folder}${name}/input.txt`)
  const document = parse(input, { file: 'input.txt' })
  const treeFile = `${folder}${name}/tree.json`
  const messagesFile = `${folder}${name}/messages.txt`
  const tree = `${JSON.stringify(document, null, 2)}\n`
  const messages = document.diagnostics.map(formatMessage).join('\n') + (document.diagnostics.length > 0 ? '\n' : '')
  if (update) {
    writeFileSync(treeFile, tree)
    writeFileSync(messagesFile, messages)
  }

  it('is a valid document', () => {
    assertDocument(document)
  })

  it('gives the expected tree', () => {
    expect(existsSync(treeFile), `${name}/tree.json is missing: run with UPDATE_FIXTURES=1`).toBe(true)
    expect(JSON.parse(tree)).toEqual(JSON.parse(readFileSync(treeFile, 'utf8')))
  })

  it('gives the expected messages', () => {
    expect(existsSync(messagesFile), `${name}/messages.txt is missing: run with UPDATE_FIXTURES=1`).toBe(true)
    expect(messages).toBe(readFileSync(messagesFile, 'utf8'))
  })
})

// Every rule, as the type lists them: adding a rule to `RuleId` fails to compile here until it is added; `false` for one that `parse` never reports.
const RULES: Record<RuleId, boolean> = {
  'binary-input': true,
  'not-utf8': true,
  'empty-file': true,
  'date-conflict': true,
  'unclosed-quote': true,
  'unopened-quote': true,
  'mixed-quote-marks': true,
  'invalid-date': true,
  'weekday-mismatch': true,
  'broken-hyphenation': true,
  'space-before-punctuation': true,
  'space-before-hyphen': true,
  'invisible-character': true,
  'trailing-fragment': true,
  'too-many-diagnostics': true,
  'invalid-utf16': true,
  'utf16-without-bom': true,
  'control-character': true,
  // Reported by the corpus command reading back Markdown it wrote.
  'edited-text': false
}

describe('rules', () => {
  it('are each shown by at least one fixture', () => {
    const shown = new Set(cases.flatMap((name) => parse(readFileSync(`${folder}${name}/input.txt`)).diagnostics.map((diagnostic) => diagnostic.ruleId)))
    expect([...shown].sort()).toEqual(Object.entries(RULES).filter(([, fromParse]) => fromParse).map(([rule]) => rule).sort())
  })

  it('are each specified in the model document', () => {
    const model = readFileSync(fileURLToPath(new URL('../docs/model.md', import.meta.url)), 'utf8')
    const table = model.slice(model.indexOf('### Diagnostics rules'))
    const specified = [...table.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((match) => match[1])
    expect(specified.sort()).toEqual(Object.keys(RULES).sort())
  })
})
