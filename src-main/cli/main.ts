import { Command, CommanderError } from 'commander'
import { WorkbenchError } from '../contract/errors.ts'
import { appVersion } from '../core/app-root.ts'
import { registerArticleCommands } from './commands/articles.ts'
import { registerClaimCommands } from './commands/claims.ts'
import { registerCodesCommand } from './commands/codes.ts'
import { registerExportCommand } from './commands/export.ts'
import { registerCompareCommand } from './commands/compare.ts'
import { registerImportCommand } from './commands/import.ts'
import { registerSearchCommand } from './commands/search.ts'
import { registerServeCommand } from './commands/serve.ts'
import { registerSuggestCommand } from './commands/suggest.ts'
import { registerTeamCommands } from './commands/team.ts'

export function buildProgram(): Command {
  const program = new Command('workbench')
    .description('Analyst Workbench: import reports, mark and grade their claims, export and compare them.')
    .version(appVersion())
    .showHelpAfterError('(run `workbench help <command>` for its options)')
  registerArticleCommands(program)
  registerClaimCommands(program)
  registerCodesCommand(program)
  registerExportCommand(program)
  registerCompareCommand(program)
  registerImportCommand(program)
  registerSearchCommand(program)
  registerServeCommand(program)
  registerSuggestCommand(program)
  registerTeamCommands(program)
  return program
}

/** Exit codes: 0 ok, 1 fatal error, 2 partly failed (e.g. some files rejected). */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram().exitOverride()
  try {
    await program.parseAsync(argv, { from: 'user' })
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode
      return
    }
    const message = err instanceof WorkbenchError ? err.message : `error: ${(err as Error).message}`
    process.stderr.write(`workbench: ${message}\n`)
    process.exitCode = 1
  }
}
