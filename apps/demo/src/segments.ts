/** A stretch of the text: UTF-16 offsets, `end` the first offset after it. */
export interface Span {
  start: number
  end: number
}

/** A stretch of text and the classes of the annotations over it. */
export interface Segment extends Span {
  classes: string[]
}

/** A span to highlight, and its class. */
export interface Highlight extends Span {
  className: string
}

/** Where a highlight opens or closes. */
interface Edge {
  at: number
  highlight: number
  opens: boolean
}

/**
 * Cuts each block at every edge of the highlights into flat segments, each
 * with the classes of every highlight over it, in the order the highlights are
 * given: quotations hold dates and names, so spans nest or overlap, and flat
 * segments show them all. The blocks are in text order and do not overlap, as
 * a document's are, so one sweep over the sorted edges serves them all: the
 * work grows with the number of edges, not with blocks times highlights.
 */
export function segments(blocks: readonly Span[], highlights: readonly Highlight[]): Segment[][] {
  const edges: Edge[] = []
  highlights.forEach((highlight, index) => {
    if (highlight.end <= highlight.start) return
    edges.push({ at: highlight.start, highlight: index, opens: true }, { at: highlight.end, highlight: index, opens: false })
  })
  edges.sort((a, b) => a.at - b.at)
  const open = new Set<number>()
  const classes = () => [...open].sort((a, b) => a - b).map((index) => highlights[index]?.className ?? '')
  let next = 0
  // Applies every edge up to `offset`: the highlights open there are those over what follows.
  const advance = (offset: number) => {
    for (let edge = edges[next]; edge && edge.at <= offset; edge = edges[++next]) {
      if (edge.opens) open.add(edge.highlight)
      else open.delete(edge.highlight)
    }
  }
  return blocks.map((block) => {
    const result: Segment[] = []
    let from = block.start
    advance(from)
    for (let edge = edges[next]; edge && edge.at < block.end; edge = edges[next]) {
      result.push({ start: from, end: edge.at, classes: classes() })
      from = edge.at
      advance(from)
    }
    if (block.end > from) result.push({ start: from, end: block.end, classes: classes() })
    return result
  })
}
