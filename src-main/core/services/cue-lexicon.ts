import { createHash } from 'node:crypto'
import type { Confidence } from '../../contract/common.ts'
import { WorkbenchError } from '../../contract/errors.ts'
import type { CuePhrase } from '../../contract/suggest.ts'
import type { Database } from '../db/open.ts'
import { compilePattern, PatternError } from '../suggest/cue-pattern.ts'
import { buildLexicon, loadShippedLexicon, type Lexicon, type LexiconEntry } from '../suggest/lexicon.ts'
import { getSetting, setSetting } from './settings.ts'

const SYNCED = 'cue_lexicon_builtin_hash'

/** Phrases are stored trimmed, single-spaced and lower-case, so "We Assess" and "we assess" are one phrase. */
export const normalizePhrase = (phrase: string): string => phrase.trim().replace(/\s+/g, ' ').toLowerCase()

interface Row {
  id: number
  confidence: Confidence
  phrase: string
  builtin: number
  enabled: number
}
const toPhrase = (r: Row): CuePhrase => ({ id: r.id, confidence: r.confidence, phrase: r.phrase, builtin: r.builtin === 1, enabled: r.enabled === 1 })

/**
 * Keeps the built-in rows in step with the shipped lexicon (new phrases added,
 * dropped ones removed, the user's on/off choices kept). Runs when the shipped
 * list changed since the last run, so normally it costs one settings read.
 */
export function syncBuiltinCues(database: Database, shipped: LexiconEntry[] = loadShippedLexicon()): number {
  const entries = shipped.map((e) => ({ confidence: e.confidence, phrase: normalizePhrase(e.phrase) }))
  const hash = createHash('sha256').update(JSON.stringify(entries)).digest('hex')
  if (getSetting(database, SYNCED) === hash) return 0
  const { sqlite } = database
  let added = 0
  sqlite.transaction(() => {
    const insert = sqlite.prepare('INSERT INTO cue_phrases (confidence, phrase, builtin) VALUES (?, ?, 1) ON CONFLICT (confidence, phrase) DO NOTHING')
    const adopt = sqlite.prepare('UPDATE cue_phrases SET builtin = 1 WHERE confidence = ? AND phrase = ? AND builtin = 0') // a user phrase now shipped
    for (const e of entries) {
      added += insert.run(e.confidence, e.phrase).changes
      adopt.run(e.confidence, e.phrase)
    }
    const keep = new Set(entries.map((e) => `${e.confidence}\u0000${e.phrase}`))
    const builtins = sqlite.prepare('SELECT id, confidence, phrase FROM cue_phrases WHERE builtin = 1').all() as Row[]
    const drop = sqlite.prepare('DELETE FROM cue_phrases WHERE id = ?')
    for (const b of builtins) if (!keep.has(`${b.confidence}\u0000${b.phrase}`)) drop.run(b.id)
    setSetting(database, SYNCED, hash)
  }).immediate()
  return added
}

export function listCues({ sqlite }: Database): CuePhrase[] {
  const rows = sqlite.prepare('SELECT id, confidence, phrase, builtin, enabled FROM cue_phrases ORDER BY confidence, builtin DESC, phrase').all() as Row[]
  return rows.map(toPhrase)
}

function getCue({ sqlite }: Database, id: number): Row {
  const row = sqlite.prepare('SELECT id, confidence, phrase, builtin, enabled FROM cue_phrases WHERE id = ?').get(id) as Row | undefined
  if (!row) throw new WorkbenchError('not_found', `There is no cue phrase ${id}.`)
  return row
}

/** Adds a user phrase after checking it compiles; a phrase already in the lexicon for that tag is a conflict. */
export function addCue(database: Database, confidence: Confidence, phrase: string): CuePhrase {
  const normal = normalizePhrase(phrase)
  try {
    compilePattern(normal)
  } catch (err) {
    if (err instanceof PatternError) throw new WorkbenchError('rejected', `The phrase cannot be used: ${err.message}`)
    throw err
  }
  const existing = database.sqlite.prepare('SELECT id, enabled FROM cue_phrases WHERE confidence = ? AND phrase = ?').get(confidence, normal) as Row | undefined
  if (existing) {
    throw new WorkbenchError('conflict', `"${normal}" is already a cue for "${confidence}"${existing.enabled ? '' : ' (switched off: switch it on instead)'}.`, { id: existing.id })
  }
  const id = Number(database.sqlite.prepare('INSERT INTO cue_phrases (confidence, phrase) VALUES (?, ?)').run(confidence, normal).lastInsertRowid)
  return toPhrase(getCue(database, id))
}

export function removeCue(database: Database, id: number): { id: number } {
  const row = getCue(database, id)
  if (row.builtin) throw new WorkbenchError('rejected', `"${row.phrase}" is a built-in phrase: switch it off instead of removing it.`, { id })
  database.sqlite.prepare('DELETE FROM cue_phrases WHERE id = ?').run(id)
  return { id }
}

export function setCueEnabled(database: Database, id: number, enabled: boolean): CuePhrase {
  getCue(database, id)
  database.sqlite.prepare('UPDATE cue_phrases SET enabled = ? WHERE id = ?').run(enabled ? 1 : 0, id)
  return toPhrase(getCue(database, id))
}

/** The lexicon the suggester uses: every enabled phrase in the database, compiled once per change. */
export function effectiveLexicon(database: Database): Lexicon {
  const rows = database.sqlite.prepare('SELECT confidence, phrase FROM cue_phrases WHERE enabled = 1 ORDER BY id').all() as LexiconEntry[]
  const key = JSON.stringify(rows)
  const cache = database.state.slot<{ last?: { key: string; lexicon: Lexicon } }>('cue-lexicon', () => ({}))
  if (cache.last?.key !== key) cache.last = { key, lexicon: buildLexicon(rows) }
  return cache.last.lexicon
}
