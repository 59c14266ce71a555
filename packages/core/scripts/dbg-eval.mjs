import { build } from 'esbuild'
const { outputFiles } = await build({ entryPoints: ['/work/main/packages/core/src/index.ts'], bundle: true, format: 'esm', platform: 'node', write: false })
globalThis.TAGGED = process.argv[2]
const core = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`)
const { evaluateSpans, foundSpans, spansTable } = await import('/work/main/scripts/eval-spans.js')
const s = evaluateSpans((bytes) => foundSpans(core.parse, bytes), '/work/shared/ner/eval-dev')
console.log(spansTable(s.scores))
if (process.argv.includes('--errors')) console.log(s.errors.join('\n'))
