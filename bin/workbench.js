#!/usr/bin/env node
// The `workbench` command. Runs the TypeScript CLI through tsx, so it works
// straight after `npm install` with no build step.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src-main/cli/main.ts')
await main(process.argv.slice(2))
