import { homedir } from 'node:os'
import { join } from 'node:path'

/** The product name; Electron's userData folder is named after it (see shell/main.ts). */
export const PRODUCT_NAME = 'Analyst Workbench'
export const DB_FILE_NAME = 'workbench.sqlite'

/**
 * The per-user data folder, computed exactly as Electron's app.getPath('userData')
 * does, so the desktop app, the CLI and browser mode all share one database.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME)
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), PRODUCT_NAME)
}

/** `--db FILE`, else `WORKBENCH_DB`, else the desktop app's file. */
export function resolveDbPath(cliOption?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (cliOption) return cliOption
  if (env.WORKBENCH_DB) return env.WORKBENCH_DB
  return join(userDataDir(env), DB_FILE_NAME)
}
