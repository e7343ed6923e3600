import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { otherProgramsFile } from '../testing/foreign-qdpx.ts'
import { fuzzRuns } from '../testing/fuzz-runs.ts'
import { readImportFixture } from '../testing/import-fixtures.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import { importEntries } from './import-entries.ts'
import { prepareFile } from './prepare-file.ts'
import { entriesFromUploads } from './read-paths.ts'
import { ImportRejection } from './rejection.ts'

const tempDir = useTempDir()

/** Longer than any healthy file here takes (the slowest, a PDF, takes well under a second). */
const HANG = 15_000

/** Reads one file as the importer does; it must give an article or a rejection naming the file, within HANG ms. */
async function expectReadOrRejected(name: string, bytes: Uint8Array): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const hang = new Promise<'hang'>((resolve) => (timer = setTimeout(() => resolve('hang'), HANG)))
  const read = prepareFile(name, bytes).then(
    (prepared) => ({ prepared }),
    (error: unknown) => ({ error })
  )
  const outcome = await Promise.race([read, hang])
  clearTimeout(timer)
  expect(outcome, `${name} (${bytes.length} bytes) took over ${HANG} ms`).not.toBe('hang')
  if (outcome === 'hang' || !('error' in outcome)) return
  expect(outcome.error, String(outcome.error)).toBeInstanceOf(ImportRejection)
  const message = (outcome.error as Error).message
  expect(message.startsWith(`${name}: `), message).toBe(true)
  expect(message.length).toBeLessThan(1000)
}

const fixtures = {
  '.pdf': readImportFixture('report.pdf'),
  '.docx': readImportFixture('report.docx'),
  '.html': readImportFixture('hostile.html'),
  '.txt': readImportFixture('report.txt'),
  '.qdpx': otherProgramsFile()
}
type Ext = keyof typeof fixtures
const exts = Object.keys(fixtures) as Ext[]

/** A real file of each format: cut short, with bytes overwritten, or both. */
const damaged = (ext: Ext) => {
  const original = fixtures[ext]
  return fc
    .record({
      cut: fc.oneof(fc.integer({ min: 1, max: original.length }), fc.constant(original.length)), // half of them whole, only overwritten
      flips: fc.array(fc.record({ at: fc.nat({ max: original.length - 1 }), byte: fc.integer({ min: 0, max: 255 }) }), { maxLength: 20 })
    })
    .map(({ cut, flips }) => {
      const bytes = Uint8Array.from(original)
      for (const f of flips) bytes[f.at] = f.byte
      return bytes.subarray(0, cut)
    })
}

/** Random bytes, bare or behind the magic number each reader looks for first. */
const randomBytes = fc
  .tuple(
    fc.constantFrom('', '%PDF-1.7\n', 'PK\u0003\u0004', '<!doctype html><html><body><p>', '\uFEFF', '\u00d0\u00cf\u0011\u00e0'),
    fc.uint8Array({ minLength: 0, maxLength: 4096 })
  )
  .map(([magic, rest]) => Uint8Array.from([...Buffer.from(magic, 'latin1'), ...rest]))

describe('importing hostile and broken files', () => {
  it.each(exts)(
    'a damaged or truncated %s file is read or rejected with its name, never a crash or a hang',
    async (ext) => {
      await fc.assert(
        fc.asyncProperty(damaged(ext), async (bytes) => expectReadOrRejected(`reports/damaged${ext}`, bytes)),
        { numRuns: fuzzRuns(ext === '.pdf' || ext === '.docx' || ext === '.qdpx' ? 40 : 80) }
      )
    },
    180_000
  )

  it.each([...exts, '.md', '.htm'])(
    'random bytes named %s are read or rejected with the name, never a crash or a hang',
    async (ext) => {
      await fc.assert(
        fc.asyncProperty(randomBytes, async (bytes) => expectReadOrRejected(`random${ext}`, bytes)),
        { numRuns: fuzzRuns(60) }
      )
    },
    180_000
  )

  it('a folder of broken files imports what it can, reports every other file by name, and keeps the database intact', async () => {
    const core = await testCore(tempDir(), false)
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...exts), fc.oneof(randomBytes, ...exts.map(damaged))), { minLength: 1, maxLength: 8 }),
        async (files) => {
          const uploads = files.map(([ext, bytes], i) => ({ name: `upload/${i}${ext}`, dataBase64: Buffer.from(bytes).toString('base64') }))
          const { results } = await importEntries(core.database, entriesFromUploads(uploads))
          expect(results.map((r) => r.path)).toEqual(uploads.map((u) => u.name))
          for (const r of results) if (r.status === 'rejected') expect(r.error!.startsWith(`${r.path}: `), r.error).toBe(true)
        }
      ),
      { numRuns: fuzzRuns(25) }
    )
    expect(core.database.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    await core.close()
  }, 180_000)
})
