import { type Command, InvalidArgumentError } from 'commander'

/** The database options every command shares. */
export const dbOptions = (cmd: Command): Command =>
  cmd
    .option('--db <file>', "database file (default: $WORKBENCH_DB, else the desktop app's own file)")
    .option('--no-samples', 'do not put the sample reports into a new database')

export function parseId(value: string): number {
  const n = Number(value)
  if (!Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError(`"${value}" is not an article id (a positive whole number).`)
  return n
}

export function parsePort(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`"${value}" is not a port number.`)
  return n
}
