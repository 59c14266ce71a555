/**
 * Front matter holding `: `, `#`, quotes, « », a leading `-`, `yes`/`no` and
 * dates parses back, with the YAML library and in YAML 1.1 mode (which reads
 * `yes` as true and `2023-09-25` as a timestamp), to the same values and types.
 */
import { parse } from '@corpus/core'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml, parseDocument } from 'yaml'
import { FRONTMATTER_FIELDS, fromMarkdown, toMarkdown } from '../src/index.js'

// A byline and a dateline whose words look like YAML syntax.
const TEXT = [
  ' date 2023-09 YES : le maire # annonce « la fin » du chantier.',
  'Le chantier a duré deux ans.',
  'par No Yes-True le lundi 25 septembre 2023'
].join('\n')
const document = parse(TEXT, { file: '- yes: no #1 «2023-09-25».txt' })
const markdown = toMarkdown(document)
const yaml = /^---\n([\s\S]*?)\n---\n/.exec(markdown)?.[1] ?? ''

describe('front matter', () => {
  it('holds the tricky values', () => {
    expect(document.byline?.author).toBe('No Yes-True')
    expect(document.date).toEqual({ date: '2023-09-25', precision: 'day', source: 'byline' })
    expect(yaml).toContain('source_file: "- yes: no #1 «2023-09-25».txt"')
  })

  it('parses back to the same values and types, in YAML 1.2 and in YAML 1.1', () => {
    const expected = {
      source_file: '- yes: no #1 «2023-09-25».txt',
      date: '2023-09-25',
      byline: { raw: 'par No Yes-True le lundi 25 septembre 2023', author: 'No Yes-True', date: '2023-09-25' },
      people: ['No Yes-True'],
      places: [],
      // The header's capitals read as an acronym: a value YAML 1.1 would take for a boolean, unquoted.
      organizations: ['YES']
    }
    expect(parseYaml(yaml)).toMatchObject(expected)
    expect(parseDocument(yaml, { version: '1.1' }).toJS()).toMatchObject(expected)
    expect(fromMarkdown(markdown).frontmatter).toMatchObject(expected)
  })

  it('writes every string quoted, numbers and null as such, lists of names item by item or empty', () => {
    for (const line of yaml.split('\n').filter((item) => /^\s*\w+: /.test(item))) {
      expect(line, line).toMatch(/: (?:"(?:[^"\\]|\\.)*"|\d+|true|false|null|\[\])$/)
    }
    // A list item is a quoted name, or the first field of an object (a speaker).
    for (const line of yaml.split('\n').filter((item) => /^\s*- /.test(item))) {
      expect(line, line).toMatch(/^\s*- (?:"(?:[^"\\]|\\.)*"|\w+: (?:"(?:[^"\\]|\\.)*"|\d+))$/)
    }
  })

  it('writes the title and who said each quotation the text attributes', () => {
    const quoted = parse(' date 2024-03 Le port de Lurcy rouvre\n\n« Les quais sont prêts », a déclaré Paul Martin. Le mot « quai » vient du gaulois.\n')
    expect(fromMarkdown(toMarkdown(quoted, { frontmatter: ['title', 'title_devised', 'speakers'] })).frontmatter).toEqual({
      title: 'Le port de Lurcy rouvre',
      title_devised: false,
      speakers: [{ quote: 0, speaker: 'Paul Martin', entity: 'person:paul-martin', cue: 'after' }]
    })
    expect(fromMarkdown(toMarkdown(document, { frontmatter: ['title', 'title_devised'] })).frontmatter).toEqual({ title: '[YES : le maire # annonce « la fin » du chantier]', title_devised: true })
  })

  it('writes the fields asked for, in order, or none', () => {
    const chosen = fromMarkdown(toMarkdown(document, { frontmatter: ['date', 'id'] })).frontmatter
    expect(Object.keys(chosen ?? {})).toEqual(['id', 'date'])
    expect(toMarkdown(document, { frontmatter: false }).startsWith('---')).toBe(false)
    expect(fromMarkdown(toMarkdown(document, { frontmatter: false })).frontmatter).toBeNull()
    expect(Object.keys(fromMarkdown(markdown).frontmatter ?? {})).toEqual([...FRONTMATTER_FIELDS])
    expect(() => toMarkdown(document, { frontmatter: ['headline' as 'id'] })).toThrow(new TypeError('toMarkdown: `options.frontmatter[0]` must be one of id, title, title_devised, source_file, ordinal, source_id, sha256, language, date, date_precision, date_source, dateline, byline, people, places, organizations, speakers, counts, got "headline"'))
  })
})
