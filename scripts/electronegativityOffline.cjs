// Loaded with --require before Electronegativity, which cannot run here as it comes:
// its TypeScript parser finds the project's TypeScript 7 (no JavaScript API) instead of the
// TypeScript 4 it ships with, and it fetches translations and release lists from the network.
const Module = require('node:module')
const path = require('node:path')

const home = path.dirname(require.resolve('@doyensec/electronegativity/package.json'))
const ownTypescript = require.resolve('typescript', { paths: [home] })
const resolve = Module._resolveFilename
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'typescript' && parent?.filename?.includes('@typescript-eslint'))
    return ownTypescript
  return resolve.call(this, request, parent, ...rest)
}

// Offline: every request it would make fails at once, without touching the network.
const got = require.resolve('got', { paths: [home] })
const offline = () => Promise.reject(new Error('Electronegativity runs offline here.'))
Object.assign(offline, { head: offline, get: offline, default: offline })
require.cache[got] = { id: got, filename: got, loaded: true, exports: offline }
