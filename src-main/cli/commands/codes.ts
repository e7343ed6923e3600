import type { Command } from 'commander'
import type { CodeRow } from '../../contract/codes.ts'
import { dbOptions } from '../options.ts'
import { invoke, printJson, withCore, type DbOptions } from '../run-core.ts'

export interface CodeNode {
  id: number
  guid: string
  name: string
  color: string | null
  description: string
  claims: number
  children: CodeNode[]
}

/** The depth-first list of codes.list as a tree. */
export function codeForest(rows: CodeRow[]): CodeNode[] {
  const nodes = new Map<number, CodeNode>()
  const top: CodeNode[] = []
  for (const r of rows) {
    const node: CodeNode = {
      id: r.id,
      guid: r.guid,
      name: r.name,
      color: r.color,
      description: r.description,
      claims: r.claims,
      children: []
    }
    nodes.set(r.id, node)
    if (r.parentId === null) top.push(node)
    else nodes.get(r.parentId)?.children.push(node)
  }
  return top
}

function printTree(rows: CodeRow[]): void {
  if (rows.length === 0) {
    process.stdout.write('The codebook is empty.\n')
    return
  }
  for (const r of rows) {
    const count = `${r.claims} claim${r.claims === 1 ? '' : 's'}`
    process.stdout.write(
      `${'  '.repeat(r.depth)}${r.name}  (${count}${r.color ? `, ${r.color}` : ''})${r.description ? ` — ${r.description.replace(/\s+/g, ' ')}` : ''}\n`
    )
  }
}

export function registerCodesCommand(program: Command): void {
  dbOptions(program.command('codes').description('list the codebook: the topic codes, nested, with how many claims carry each'))
    .option('--json', 'print JSON: [{id, guid, name, color, description, claims, children: [...]}]')
    .action(async (opts: DbOptions & { json?: boolean }) => {
      const rows = await withCore(opts, (core) => invoke(core, 'codes.list', {}))
      if (opts.json) printJson(codeForest(rows))
      else printTree(rows)
    })
}
