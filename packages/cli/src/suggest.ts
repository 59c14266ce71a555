/**
 * The edit distance between `a` and `b`: insertions, deletions, substitutions
 * and transpositions of two neighbours (`exprot` → `export` is one), each
 * counting 1; the restricted Damerau-Levenshtein distance, by code point.
 */
export function editDistance(a: string, b: string): number {
  const x = [...a]
  const y = [...b]
  // Three rows of the table: the one before the previous one, the previous one, this one.
  let before: number[] = []
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j)
  for (let i = 1; i <= x.length; i++) {
    const row = [i]
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1
      let best = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, (before[j - 2] ?? 0) + 1)
      row.push(best)
    }
    before = previous
    previous = row
  }
  return previous[y.length] ?? 0
}

/**
 * What `word` was probably meant to be, among `candidates`: those nearest by
 * {@link editDistance} (ignoring case), within a third of its length (at least
 * 1, at most 3); failing that, those it begins (`--max` for `--max-warnings`),
 * when it has at least 2 characters and begins at most 3. Leading dashes are
 * not counted. In the order of `candidates`; none when nothing is near.
 */
export function suggest(word: string, candidates: readonly string[]): string[] {
  const bare = (text: string) => text.replace(/^-+/u, '').toLowerCase()
  const wanted = bare(word)
  if (wanted === '') return []
  const threshold = Math.min(3, Math.max(1, Math.floor([...wanted].length / 3)))
  const distances = candidates.map((candidate) => editDistance(wanted, bare(candidate)))
  const nearest = Math.min(...distances)
  if (nearest <= threshold) return candidates.filter((_, index) => distances[index] === nearest)
  const begun = candidates.filter((candidate) => bare(candidate).startsWith(wanted))
  return [...wanted].length >= 2 && begun.length <= 3 ? begun : []
}

/** `. Did you mean --out?`, `. Did you mean --max-file-size or --max-warnings?` (to follow what was not found), or nothing. */
export function didYouMean(suggestions: readonly string[]): string {
  if (suggestions.length === 0) return ''
  const last = suggestions.at(-1)
  return `. Did you mean ${suggestions.length === 1 ? last : `${suggestions.slice(0, -1).join(', ')} or ${last}`}?`
}
