// For `node --import`: a process in which importing any `@corpus/*` package
// fails, to show that a command does not load them (they take most of a start).
import { register } from 'node:module'

const hooks = `export async function resolve(specifier, context, next) {
  if (specifier.startsWith('@corpus/')) throw new Error('refused to load ' + specifier)
  return next(specifier, context)
}`
register(`data:text/javascript,${encodeURIComponent(hooks)}`)
