import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { countWords, parse, type Document } from '@corpus/core'
import { parseFile } from '@corpus/core/node'
import { describe, expect, it } from 'vitest'
import { inOrder, statsText, type CorpusStats } from '../src/commands/stats.js'
import { jsonText } from '../src/json-text.js'
import { corpusCommand } from './in-process.js'
import { BINARY, run, SAMPLE, SAMPLE_FILES, scratch } from './run.js'

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
/** `corpus <args>` run in this process, as the binary runs it; what only the binary shows (its version, help, exit on no command, standard input) is tested through it. */
const here = (args: readonly string[], cwd = SAMPLE) => corpusCommand(args, cwd)
const sample = async () => Promise.all(SAMPLE_FILES.map((name) => parseFile(join(SAMPLE, name))))

describe('corpus', () => {
  it('shows its version and its help, and each command’s', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, signal: null, stdout: `${packageJson.version}\n`, stderr: '' })
    const help = await run(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: corpus <command> \[options\]\n\nCommands:\n {2}export {3}.+\n {2}inspect {2}.+\n {2}lint {5}.+\n {2}merge {4}.+\n {2}stats {4}.+\n/)
    for (const command of ['export', 'inspect', 'lint', 'stats']) {
      const own = await here([command, '--help'])
      expect(own.code).toBe(0)
      expect(own.stdout.startsWith(`Usage: corpus ${command} `)).toBe(true)
    }
  })

  it('exits with 2 on no command or an unknown one', async () => {
    const none = await run([])
    expect(none.code).toBe(2)
    expect(none.stderr.startsWith('Usage: corpus <command>')).toBe(true)
    const unknown = await here(['frobnicate'])
    expect(unknown).toEqual({ code: 2, stdout: '', stderr: 'corpus: unknown command `frobnicate`\nRun `corpus --help` for the commands.\n' })
  })

  it('says what is wrong in a mistyped command or option, and what may have been meant', async () => {
    const said = async (args: string[]) => {
      const { code, stdout, stderr } = await run(args)
      return { code, stdout, stderr }
    }
    expect(await said(['exprot', '.'])).toEqual({ code: 2, stdout: '', stderr: 'corpus: unknown command `exprot`. Did you mean `export`?\nRun `corpus --help` for the commands.\n' })
    expect(await here(['--verison'])).toEqual({ code: 2, stdout: '', stderr: 'corpus: unknown option --verison. Did you mean --version?\nRun `corpus --help` for the commands.\n' })
    expect(await said(['export', '.', '--outt', 'out'])).toEqual({ code: 2, stdout: '', stderr: 'corpus export: unknown option --outt. Did you mean --out?\nRun `corpus export --help` for its options.\n' })
    const usage = (command: string, message: string) => `corpus ${command}: ${message}\nRun \`corpus ${command} --help\` for its options.\n`
    expect((await here(['lint', '.', '--max'])).stderr).toBe(usage('lint', 'unknown option --max. Did you mean --max-file-size or --max-warnings?'))
    expect((await here(['stats', '.', '-x'])).stderr).toBe(usage('stats', 'unknown option -x'))
    expect((await here(['export', '.', '--out'])).stderr).toBe(usage('export', '--out needs a value'))
    expect((await here(['export', '.', '--out', '--force'])).stderr).toBe(usage('export', '--out needs a value, not `--force` (a value that begins with a dash is written --out=--force)'))
    expect(await here(['stats', '.', '--json=yes'])).toEqual({ code: 2, stdout: '', stderr: usage('stats', '--json takes no value, not `yes`') })
  })

  it('loads no command, nor the packages they use, to show its version and help', () => {
    // In this process, importing a `@corpus/*` package fails.
    const refusing = (args: string[]) => spawnSync(process.execPath, ['--import', new URL('./hooks/refuse-packages.mjs', import.meta.url).href, BINARY, ...args], { cwd: SAMPLE, encoding: 'utf8' })
    expect(refusing(['--version'])).toMatchObject({ status: 0, stdout: `${packageJson.version}\n`, stderr: '' })
    expect(refusing(['--help'])).toMatchObject({ status: 0, stderr: '' })
    // A command loads them when it runs, and is refused them here.
    expect(refusing(['stats', '--help']).stderr).toContain('refused to load @corpus/core')
  })
})

describe('corpus lint', () => {
  it('prints each diagnostic as file:line:column severity message rule, and exits with 0 on warnings alone', async () => {
    const documents = await sample()
    const expected = SAMPLE_FILES.flatMap((name, index) =>
      (documents[index]?.diagnostics ?? []).map((diagnostic) => `${name}:${diagnostic.position?.start.line}:${diagnostic.position?.start.column}  ${diagnostic.severity}  ${diagnostic.message}  ${diagnostic.ruleId}`)
    )
    const count = (severity: string) => documents.flatMap((document) => document.diagnostics).filter((diagnostic) => diagnostic.severity === severity).length
    expect(expected.length).toBeGreaterThan(3)
    const result = await here(['lint', '.'])
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toBe(`${expected.join('\n')}\n\n${count('error')} errors, ${count('warning')} warnings, ${count('info')} ${count('info') === 1 ? 'note' : 'notes'} in 10 files\n`)
  })

  it('exits with 1 on an error or on more warnings than --max-warnings, with 2 on a file it cannot read', async () => {
    const folder = scratch()
    writeFileSync(join(folder, 'image.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))
    writeFileSync(join(folder, 'spaced.txt'), 'Le cessez-le- feu tient.\n')
    const error = await here(['lint', 'image.txt'], folder)
    expect(error.code).toBe(1)
    expect(error.stdout).toBe('image.txt  error  Unexpected binary input (PNG image): the file is not text and was not read  binary-input\n\n1 error, 0 warnings, 0 notes in 1 file\n')
    expect((await here(['lint', 'spaced.txt'], folder)).code).toBe(0)
    expect((await here(['lint', 'spaced.txt', '--max-warnings', '0'], folder)).code).toBe(1)
    expect((await here(['lint', 'spaced.txt', '--max-warnings', '1'], folder)).code).toBe(0)
    const quiet = await here(['lint', 'spaced.txt', 'image.txt', '--quiet'], folder)
    expect(quiet.stdout).toBe('image.txt  error  Unexpected binary input (PNG image): the file is not text and was not read  binary-input\n\n1 error, 1 warning, 0 notes in 2 files\n')
    expect((await here(['lint', 'spaced.txt', '--quiet'], folder)).stdout).toBe('')
    const unreadable = await here(['lint', 'spaced.txt', 'gone.txt'], folder)
    expect(unreadable.code).toBe(2)
    expect(unreadable.stdout).toContain(`gone.txt  error  Cannot read '${join(folder, 'gone.txt')}': no such file or directory  read-error\n`)
  })
})

describe('corpus stats', () => {
  it('counts the corpus as the model does, in text and in JSON', async () => {
    const documents = await sample()
    const tally = (keys: string[]) => keys.reduce<Record<string, number>>((counts, key) => ({ ...counts, [key]: (counts[key] ?? 0) + 1 }), {})
    const sum = (value: (document: Document) => number) => documents.reduce((total, document) => total + value(document), 0)
    const result = await here(['stats', '.', '--json'])
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({
      documents: 10,
      unreadable: [],
      withErrors: [],
      bytes: sum((document) => document.source.byteLength),
      words: sum((document) => countWords(document.text)),
      languages: tally(documents.map((document) => document.language ?? 'unknown')),
      months: tally(documents.map((document) => document.date?.date.slice(0, 7) ?? 'none')),
      blocks: tally(documents.flatMap((document) => document.children.map((block) => block.type))),
      sentences: sum((document) => document.sentences.length),
      quotes: sum((document) => document.quotes.length),
      dates: sum((document) => document.dates.length),
      entities: tally(documents.flatMap((document) => document.entities.map((entity) => entity.kind))),
      diagnostics: tally(documents.flatMap((document) => document.diagnostics.map((diagnostic) => diagnostic.ruleId)))
    })
    const text = await here(['stats', '.'])
    expect(text.stdout.split('\n').slice(0, 4)).toEqual([
      'documents       10',
      `bytes           ${sum((document) => document.source.byteLength).toLocaleString('en-US')}`,
      `words           ${sum((document) => countWords(document.text)).toLocaleString('en-US')}`,
      'languages       fr 10'
    ])
    // Months in calendar order, those with no date last; as a table, a line a year.
    expect(Object.keys(JSON.parse(result.stdout).months)).toEqual(['2020-09', '2021-10', '2022-06', '2023-09', '2023-11', '2024-03', 'none'])
    expect(text.stdout.split('\n').slice(4, 11)).toEqual([
      'dates by month  year  01  02  03  04  05  06  07  08  09  10  11  12',
      '                2020                                   1',
      '                2021                                       1',
      '                2022                       1',
      '                2023                                   2       1',
      '                2024           1',
      'no date         3'
    ])
  })

  it('shows dates by month as a table a year a line, with the dates that state only their year apart', () => {
    const figures: CorpusStats = {
      documents: 20_012,
      unreadable: [],
      withErrors: [],
      bytes: 0,
      words: 0,
      languages: {},
      months: { '1999-12': 1204, none: 2, '1998-01': 3, '1999': 1, '1998-11': 17 },
      blocks: {},
      sentences: 0,
      quotes: 0,
      dates: 0,
      entities: {},
      diagnostics: {}
    }
    expect(statsText(figures).split('\n').slice(4, 8)).toEqual([
      'dates by month  year     01     02     03     04     05     06     07     08     09     10     11     12  year only',
      '                1998      3                                                                    17',
      '                1999                                                                               1,204          1',
      'no date         2'
    ])
    expect(statsText({ ...figures, months: { none: 5 } }).split('\n').slice(4, 6)).toEqual(['dates by month  none', 'no date         5'])
    // The same output whatever the order of the documents; JavaScript puts a key that is a whole number (a year alone) first.
    expect(jsonText(inOrder(figures).months)).toBe('{\n  "1999": 1,\n  "1998-01": 3,\n  "1998-11": 17,\n  "1999-12": 1204,\n  "none": 2\n}\n')
  })
})

describe('corpus inspect', () => {
  it('shows one document readably, or as the model’s JSON', async () => {
    const name = SAMPLE_FILES[7] ?? ''
    const document = await parseFile(join(SAMPLE, name))
    const json = await here(['inspect', name, '--json'])
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(document)))
    const text = await here(['inspect', name])
    expect(text.code).toBe(0)
    const lines = text.stdout.split('\n')
    expect(lines[0]).toBe(name)
    expect(lines).toContain(`  sha256      ${document.source.sha256}`)
    expect(lines).toContain(`  blocks      ${document.children.length}`)
    for (const diagnostic of document.diagnostics) expect(lines).toContain(`    ${name}:${diagnostic.position?.start.line}:${diagnostic.position?.start.column}  ${diagnostic.severity}  ${diagnostic.message}  ${diagnostic.ruleId}`)
    for (const entity of document.entities) expect(lines).toContain(`    ${entity.kind.padEnd(13)}${entity.label} (${entity.mentionCount})`)
  })

  it('reads standard input, and wants exactly one input', async () => {
    const result = await run(['inspect', '-', '--json'], { input: 'Un texte court.\n' })
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(parse(new TextEncoder().encode('Un texte court.\n')))))
    const two = await here(['inspect', 'a.txt', 'b.txt'])
    expect(two.code).toBe(2)
    expect(two.stderr).toContain('corpus inspect: name one file, or - for standard input')
    const folder = await here(['inspect', '.'])
    expect(folder).toMatchObject({ code: 2, stdout: '' })
    expect(folder.stderr).toContain('corpus inspect: name one file: `.` holds more than one')
  })
})
