import { createHash } from 'node:crypto'
import type { Confidence } from '../../contract/common.ts'
import { WorkbenchError } from '../../contract/errors.ts'
import type { CuePhrase } from '../../contract/suggest.ts'
import type { Database } from '../db/open.ts'
import { allRows, firstRow, runWrite } from '../db/sqlite/run-sync.ts'
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
const toPhrase = (r: Row): CuePhrase => ({
  id: r.id,
  confidence: r.confidence,
  phrase: r.phrase,
  builtin: r.builtin === 1,
  enabled: r.enabled === 1
})

/**
 * Keeps the built-in rows in step with the shipped lexicon (new phrases added,
 * dropped ones removed, the user's on/off choices kept). Runs when the shipped
 * list changed since the last run, so normally it costs one settings read.
 */
export function syncBuiltinCues(database: Database, shipped: LexiconEntry[] = loadShippedLexicon()): number {
  const entries = shipped.map((e) => ({ confidence: e.confidence, phrase: normalizePhrase(e.phrase) }))
  const hash = createHash('sha256').update(JSON.stringify(entries)).digest('hex')
  if (getSetting(database, SYNCED) === hash) return 0
  const { sqlite, db } = database
  let added = 0
  sqlite
    .transaction(() => {
      for (const e of entries) {
        added += runWrite(
          sqlite,
          db
            .insertInto('cue_phrases')
            .values({ ...e, builtin: 1 })
            .onConflict((oc) => oc.columns(['confidence', 'phrase']).doNothing())
        ).changes
        // a user phrase now shipped
        runWrite(
          sqlite,
          db
            .updateTable('cue_phrases')
            .set({ builtin: 1 })
            .where('confidence', '=', e.confidence)
            .where('phrase', '=', e.phrase)
            .where('builtin', '=', 0)
        )
      }
      const keep = new Set(entries.map((e) => `${e.confidence}\u0000${e.phrase}`))
      const builtins = allRows(sqlite, db.selectFrom('cue_phrases').select(['id', 'confidence', 'phrase']).where('builtin', '=', 1))
      const drop = builtins.filter((b) => !keep.has(`${b.confidence}\u0000${b.phrase}`)).map((b) => b.id)
      if (drop.length) runWrite(sqlite, db.deleteFrom('cue_phrases').where('id', 'in', drop))
      setSetting(database, SYNCED, hash)
    })
    .immediate()
  return added
}

const CUE_COLUMNS = ['id', 'confidence', 'phrase', 'builtin', 'enabled'] as const

export function listCues({ sqlite, db }: Database): CuePhrase[] {
  const rows = allRows(
    sqlite,
    db.selectFrom('cue_phrases').select(CUE_COLUMNS).orderBy('confidence').orderBy('builtin', 'desc').orderBy('phrase')
  )
  return rows.map(toPhrase)
}

function getCue({ sqlite, db }: Database, id: number): Row {
  const row = firstRow(sqlite, db.selectFrom('cue_phrases').select(CUE_COLUMNS).where('id', '=', id))
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
  const { sqlite, db } = database
  const existing = firstRow(
    sqlite,
    db.selectFrom('cue_phrases').select(['id', 'enabled']).where('confidence', '=', confidence).where('phrase', '=', normal)
  )
  if (existing) {
    throw new WorkbenchError(
      'conflict',
      `"${normal}" is already a cue for "${confidence}"${existing.enabled ? '' : ' (switched off: switch it on instead)'}.`,
      { id: existing.id }
    )
  }
  const id = runWrite(sqlite, db.insertInto('cue_phrases').values({ confidence, phrase: normal })).lastId
  return toPhrase(getCue(database, id))
}

export function removeCue(database: Database, id: number): { id: number } {
  const row = getCue(database, id)
  if (row.builtin)
    throw new WorkbenchError('rejected', `"${row.phrase}" is a built-in phrase: switch it off instead of removing it.`, { id })
  runWrite(database.sqlite, database.db.deleteFrom('cue_phrases').where('id', '=', id))
  return { id }
}

export function setCueEnabled(database: Database, id: number, enabled: boolean): CuePhrase {
  getCue(database, id)
  runWrite(
    database.sqlite,
    database.db
      .updateTable('cue_phrases')
      .set({ enabled: enabled ? 1 : 0 })
      .where('id', '=', id)
  )
  return toPhrase(getCue(database, id))
}

/** The lexicon the suggester uses: every enabled phrase in the database, compiled once per change. */
export function effectiveLexicon(database: Database): Lexicon {
  const rows: LexiconEntry[] = allRows(
    database.sqlite,
    database.db.selectFrom('cue_phrases').select(['confidence', 'phrase']).where('enabled', '=', 1).orderBy('id')
  )
  const key = JSON.stringify(rows)
  const cache = database.state.slot<{ last?: { key: string; lexicon: Lexicon } }>('cue-lexicon', () => ({}))
  if (cache.last?.key !== key) cache.last = { key, lexicon: buildLexicon(rows) }
  return cache.last.lexicon
}
