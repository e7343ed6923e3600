import type { Command } from 'commander'
import { registerTeamClientCommands } from './team-client.ts'
import { registerTeamServerCommands } from './team-server.ts'

export function registerTeamCommands(program: Command): void {
  const team = program.command('team').description('team mode: a team server on PostgreSQL, and joining it from this laptop')
  registerTeamServerCommands(team)
  registerTeamClientCommands(program, team)
}
