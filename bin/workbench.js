#!/usr/bin/env node
// The `workbench` command. Runs the prebuilt bundle of src-main/cli (built by `npm install`; see
// scripts/cli-bundle.js), so it starts without compiling TypeScript; rebuilt first when the sources changed.
import { pathToFileURL } from 'node:url'
import { buildCliBundle, freshBundle } from '../scripts/cli-bundle.js'

let entry = freshBundle()
if (!entry) {
  try {
    entry = await buildCliBundle()
  } catch (err) {
    process.stderr.write(`workbench: ${err.message}\n`)
    process.exit(1)
  }
}
const { main } = await import(pathToFileURL(entry).href)
await main(process.argv.slice(2))
