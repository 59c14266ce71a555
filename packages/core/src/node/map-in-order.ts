/**
 * Runs `task` on each item with at most `limit` tasks started and not yet
 * yielded, and yields the results in the items' order. The window is both the
 * concurrency bound and the reorder buffer, so at most `limit` results are held
 * whatever the number of items; nothing is started before the consumer asks.
 */
export async function* mapInOrder<T, R>(
  items: Iterable<T>,
  limit: number,
  task: (item: T) => Promise<R>
): AsyncGenerator<R, void, undefined> {
  const iterator = items[Symbol.iterator]()
  const window: Promise<R>[] = []
  let exhausted = false
  for (;;) {
    while (!exhausted && window.length < limit) {
      const next = iterator.next()
      if (next.done === true) {
        exhausted = true
      } else {
        const started = task(next.value)
        // A task may fail while waiting its turn (or after the consumer stopped): awaiting it below reports it.
        started.catch(() => undefined)
        window.push(started)
      }
    }
    const head = window.shift()
    if (head === undefined) return
    yield await head
  }
}
