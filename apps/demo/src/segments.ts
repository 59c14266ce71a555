/** A stretch of text and the classes of the annotations over it. */
export interface Segment {
  start: number
  end: number
  classes: string[]
}

/** A span to highlight: UTF-16 offsets in the text, and its class. */
export interface Highlight {
  start: number
  end: number
  className: string
}

/**
 * Cuts `start`–`end` at every edge of the highlights into flat segments, each
 * with the classes of every highlight over it: quotations hold dates and
 * names, so spans nest or overlap, and flat segments show them all.
 */
export function segments(start: number, end: number, highlights: readonly Highlight[]): Segment[] {
  const inside = highlights.filter((highlight) => highlight.end > start && highlight.start < end && highlight.end > highlight.start)
  const edges = [...new Set([start, end, ...inside.flatMap((highlight) => [highlight.start, highlight.end]).filter((edge) => edge > start && edge < end)])].sort((a, b) => a - b)
  const result: Segment[] = []
  for (let index = 0; index + 1 < edges.length; index++) {
    const from = edges[index] ?? start
    const to = edges[index + 1] ?? end
    result.push({ start: from, end: to, classes: inside.filter((highlight) => highlight.start <= from && highlight.end >= to).map((highlight) => highlight.className) })
  }
  return result
}
