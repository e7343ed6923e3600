import { createHash } from 'node:crypto'
import type { Confidence } from '../../contract/common.ts'
import { WorkbenchError } from '../../contract/errors.ts'
import type { CuePhrase } from '../../contract/suggest.ts'
import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.ts'
import { writeTransaction, type Store } from '../db/store.ts'
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
export async function syncBuiltinCues(store: Store, shipped: LexiconEntry[] = loadShippedLexicon()): Promise<number> {
  const entries = shipped.map((e) => ({ confidence: e.confidence, phrase: normalizePhrase(e.phrase) }))
  const hash = createHash('sha256').update(JSON.stringify(entries)).digest('hex')
  if ((await getSetting(store.db, SYNCED)) === hash) return 0
  return writeTransaction(store, async ({ db }) => {
    let added = 0
    for (const e of entries) {
      const inserted = await db
        .insertInto('cue_phrases')
        .values({ ...e, builtin: 1 })
        .onConflict((oc) => oc.columns(['confidence', 'phrase']).doNothing())
        .executeTakeFirst()
      added += Number(inserted.numInsertedOrUpdatedRows ?? 0)
      // a user phrase now shipped
      await db
        .updateTable('cue_phrases')
        .set({ builtin: 1 })
        .where('confidence', '=', e.confidence)
        .where('phrase', '=', e.phrase)
        .where('builtin', '=', 0)
        .execute()
    }
    const keep = new Set(entries.map((e) => `${e.confidence}\u0000${e.phrase}`))
    const builtins = await db.selectFrom('cue_phrases').select(['id', 'confidence', 'phrase']).where('builtin', '=', 1).execute()
    const drop = builtins.filter((b) => !keep.has(`${b.confidence}\u0000${b.phrase}`)).map((b) => b.id)
    if (drop.length) await db.deleteFrom('cue_phrases').where('id', 'in', drop).execute()
    await setSetting(db, SYNCED, hash)
    return added
  })
}

const CUE_COLUMNS = ['id', 'confidence', 'phrase', 'builtin', 'enabled'] as const

export async function listCues(db: Kysely<DB>): Promise<CuePhrase[]> {
  const rows = await db
    .selectFrom('cue_phrases')
    .select(CUE_COLUMNS)
    .orderBy('confidence')
    .orderBy('builtin', 'desc')
    .orderBy('phrase')
    .execute()
  return rows.map(toPhrase)
}

async function getCue(db: Kysely<DB>, id: number): Promise<Row> {
  const row = await db.selectFrom('cue_phrases').select(CUE_COLUMNS).where('id', '=', id).executeTakeFirst()
  if (!row) throw new WorkbenchError('not_found', `There is no cue phrase ${id}.`)
  return row
}

/** Adds a user phrase after checking it compiles; a phrase already in the lexicon for that tag is a conflict. */
export async function addCue(db: Kysely<DB>, confidence: Confidence, phrase: string): Promise<CuePhrase> {
  const normal = normalizePhrase(phrase)
  try {
    compilePattern(normal)
  } catch (err) {
    if (err instanceof PatternError) throw new WorkbenchError('rejected', `The phrase cannot be used: ${err.message}`)
    throw err
  }
  const existing = await db
    .selectFrom('cue_phrases')
    .select(['id', 'enabled'])
    .where('confidence', '=', confidence)
    .where('phrase', '=', normal)
    .executeTakeFirst()
  if (existing) {
    throw new WorkbenchError(
      'conflict',
      `"${normal}" is already a cue for "${confidence}"${existing.enabled ? '' : ' (switched off: switch it on instead)'}.`,
      { id: existing.id }
    )
  }
  const { id } = await db.insertInto('cue_phrases').values({ confidence, phrase: normal }).returning('id').executeTakeFirstOrThrow()
  return toPhrase(await getCue(db, id))
}

export async function removeCue(db: Kysely<DB>, id: number): Promise<{ id: number }> {
  const row = await getCue(db, id)
  if (row.builtin)
    throw new WorkbenchError('rejected', `"${row.phrase}" is a built-in phrase: switch it off instead of removing it.`, { id })
  await db.deleteFrom('cue_phrases').where('id', '=', id).execute()
  return { id }
}

export async function setCueEnabled(db: Kysely<DB>, id: number, enabled: boolean): Promise<CuePhrase> {
  await getCue(db, id)
  await db
    .updateTable('cue_phrases')
    .set({ enabled: enabled ? 1 : 0 })
    .where('id', '=', id)
    .execute()
  return toPhrase(await getCue(db, id))
}

/** The lexicon the suggester uses: every enabled phrase in the database, compiled once per change. */
export async function effectiveLexicon(store: Pick<Store, 'db' | 'state'>): Promise<Lexicon> {
  const rows: LexiconEntry[] = await store.db
    .selectFrom('cue_phrases')
    .select(['confidence', 'phrase'])
    .where('enabled', '=', 1)
    .orderBy('id')
    .execute()
  const key = JSON.stringify(rows)
  const cache = store.state.slot<{ last?: { key: string; lexicon: Lexicon } }>('cue-lexicon', () => ({}))
  if (cache.last?.key !== key) cache.last = { key, lexicon: buildLexicon(rows) }
  return cache.last.lexicon
}
