/**
 * Replaces a CommonJS module of pouchdb-server in Node's require cache by its source with one
 * piece of text replaced (the `--import` fixes beside this file). Throws when the text is not
 * there, so an upgraded package is checked instead of silently left unfixed.
 */
import fs from 'node:fs'
import Module, { createRequire } from 'node:module'
import path from 'node:path'

const require = createRequire(import.meta.url)

export function patchModule(specifier, from, to) {
  const file = require.resolve(specifier)
  const source = fs.readFileSync(file, 'utf8')
  if (!source.includes(from)) throw new Error(`${specifier} changed: check ${file}`)
  const patched = new Module(file)
  patched.filename = file
  patched.paths = Module._nodeModulePaths(path.dirname(file))
  patched._compile(source.replace(from, to), file)
  patched.loaded = true
  require.cache[file] = patched
}
