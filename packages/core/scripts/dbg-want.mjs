import { build } from 'esbuild'
import { readdirSync, readFileSync } from 'node:fs'
const { outputFiles } = await build({ stdin: { contents: ["export * from './src/index.ts'", ...['tagger', 'gazetteer', 'model', 'base64'].map((n) => `export * from './src/entities/${n}.ts'`)].join('\n'), resolveDir: '/work/main/packages/core', loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', write: false })
const code = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`)
const dir = '/work/main/bench-corpus/'
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).slice(0, 3000).map((f) => readFileSync(dir + f))
const MB = files.reduce((a, b) => a + b.length, 0) / 1e6
globalThis.CAPTURE = []
for (const f of files) code.parse(f, { detectLanguage: false })
const cap = globalThis.CAPTURE
console.log('wanted stretches/MB', (cap.length / MB).toFixed(0))
const model = { bits: code.MODEL_BITS, weights: new Int8Array(code.fromBase64(code.MODEL_WEIGHTS).buffer) }
const g = code.createGazetteer()
const moves = code.movesOf(model.weights, code.transitionsOf(model.bits))
const time = (name, f) => { let best = 1e9; for (let r = 0; r < 5; r++) { const t0 = performance.now(); f(); best = Math.min(best, performance.now() - t0) } console.log(name, (best / MB).toFixed(2), 'ms/MB', (best * 1000 / cap.length).toFixed(2), 'µs each') }
let w
time('wordsOf', () => { for (const [tk, t, a, b] of cap) w = code.wordsOf(tk, t, g, a, b, w) })
const ws = cap.map(([tk, t, a, b]) => code.wordsOf(tk, t, g, a, b))
let sc
time('emissions', () => { cap.forEach(([, , a, b], i) => { sc = code.emissions(model, ws[i], a, b, sc) }) })
const ems = cap.map(([, , a, b], i) => code.emissions(model, ws[i], a, b))
time('viterbi', () => { cap.forEach(([, , a, b], i) => code.viterbi(ems[i], b - a, moves)) })
time('stretches (all sentences)', () => { for (const [tk, t] of globalThis.SENT) code.stretches(tk, t) })
