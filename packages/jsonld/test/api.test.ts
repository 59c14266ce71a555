import { describe, expect, it } from 'vitest'
import * as jsonld from '../src/index.js'

describe('public API', () => {
  it('exports exactly these values from @corpus/jsonld', () => {
    expect(Object.keys(jsonld).sort()).toEqual(['SCHEMA_CONTEXT', 'corpusToJsonLd', 'jsonLdContext', 'toJsonLd', 'toNdjson'])
  })
})
