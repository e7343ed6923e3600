import type { Database } from '../db/open.ts'

export function getSetting({ sqlite }: Database, key: string): string | undefined {
  return sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined
}

export function setSetting({ sqlite }: Database, key: string, value: string): void {
  sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value)
}
