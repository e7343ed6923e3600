import { describe, expect, it } from 'vitest'
import type { CodeRow } from '../../contract/codes.ts'
import type { ImportResult } from '../../contract/import.ts'
import type { Database } from '../db/open.ts'
import { importEntries } from '../import/import-entries.ts'
import { call } from '../testing/call.ts'
import { useTempDir } from '../testing/temp-db.ts'
import { testCore } from '../testing/test-core.ts'
import { INTERVIEW, otherProgramsFile } from '../testing/foreign-qdpx.ts'
import { QdpxZipWriter } from './qdpx-archive.ts'

const tempDir = useTempDir()

const importFile = async (database: Database, name: string, bytes: Uint8Array): Promise<ImportResult> =>
  (await importEntries(database, [{ name, load: async () => bytes }])).results[0]!

describe('importing a .qdpx from another program', () => {
  it('makes text sources articles and coded selections claims: tag-named codes the confidence, the rest topic codes', async () => {
    const core = await testCore(tempDir(), false)
    const result = await importFile(core.database, 'port-study.qdpx', otherProgramsFile())
    expect(result).toMatchObject({ status: 'imported', title: 'Interview A (+1 more): 2 articles, 5 claims, 4 codes' })
    const articles = core.database.sqlite.prepare('SELECT title, body, format, file_name FROM articles ORDER BY id').all()
    expect(articles).toEqual([
      {
        title: 'Interview A',
        body: 'Interview A\n\nThe café owner said sanctions hit the port. 😀 We assess the blockade will last.\nNobody knows why the troops left.',
        format: 'txt',
        file_name: 'port-study.qdpx'
      },
      { title: 'Field memo', body: 'Imagery shows the pier is gone.', format: 'txt', file_name: 'port-study.qdpx' }
    ])
    const claims = core.database.sqlite
      .prepare('SELECT id, quote, confidence, attributed_to AS speaker, note, created_at FROM claims ORDER BY article_id, start')
      .all() as Record<string, unknown>[]
    expect(claims.map(({ id: _id, ...c }) => c)).toEqual([
      {
        quote: 'ervie',
        confidence: null,
        speaker: '',
        note: 'Check with the harbour master.',
        created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/)
      },
      {
        quote: 'sanctions hit the port',
        confidence: 'evidence',
        speaker: 'the owner',
        note: 'Interesting passage',
        created_at: '2023-08-16T15:49:36.000Z'
      },
      { quote: 'We assess the blockade will last.', confidence: 'assess', speaker: '', note: '', created_at: '2023-08-16T15:49:36.000Z' },
      {
        quote: 'Nobody knows why the troops left',
        confidence: 'do not yet know',
        speaker: '',
        note: '',
        created_at: '2023-08-16T15:49:36.000Z'
      },
      { quote: 'Imagery shows the pier is gone.', confidence: 'evidence', speaker: '', note: '', created_at: '2023-08-16T15:49:36.000Z' }
    ])
    const codes = await call<CodeRow[]>(core, 'codes.list', {})
    expect(codes.map((c) => [c.path.join(' / '), c.claims, c.color])).toEqual([
      ['Epistemics', 0, null],
      ['Topics', 0, '#112233'],
      ['Topics / Sanctions', 1, null],
      ['Topics / Troops', 1, null]
    ])
    expect(codes[1]!.description).toBe('What it is about')
    expect(result.warnings).toEqual([
      'Skipped the picture source "Satellite photo": only text sources can be imported.',
      'Skipped the audio source "Interview tape": only text sources can be imported.',
      'Skipped the video source "Drone footage": only text sources can be imported.',
      `Not imported: the selection "sel D000" in "Interview A" runs from 5000 to 5010, outside its text (${Array.from(INTERVIEW.slice(1)).length} characters).`,
      'Not imported: the selection "sel D000" in "Interview A" selects no text (only spaces or line breaks).',
      '"Interview A" is coded as a whole 1 time: only codes on selections become claims.',
      'Skipped the text source "Linked transcript": its text is kept outside the project file (relative://transcripts/t1.txt).',
      'The selection "sel D000" in "Interview A" has the tags "do not yet know" and "assess": imported as "do not yet know".'
    ])
    await core.close()
  })

  it('stores nothing twice when the same file comes again, and keeps codes already there', async () => {
    const core = await testCore(tempDir(), false)
    await importFile(core.database, 'port-study.qdpx', otherProgramsFile())
    await call(core, 'codes.update', { id: 2, name: 'Subjects' })
    const again = await importFile(core.database, 'port-study.qdpx', otherProgramsFile())
    expect(again).toMatchObject({ status: 'duplicate', title: 'Interview A (+1 more): 2 articles, 0 claims, 4 codes' })
    expect((await call<CodeRow[]>(core, 'codes.list', {})).map((c) => c.path.join(' / '))).toEqual([
      'Epistemics',
      'Subjects',
      'Subjects / Sanctions',
      'Subjects / Troops'
    ])
    expect(core.database.sqlite.prepare('SELECT count(*) FROM claims').pluck().get()).toBe(5)
    await core.close()
  })

  it.each([
    ['a file that is not a ZIP', new TextEncoder().encode('<Project/>'), /x\.qdpx: not a usable REFI-QDA project file: not a ZIP archive/],
    [
      'a project of sounds only',
      (() => {
        const zip = new QdpxZipWriter(new Date())
        zip.addFile(
          'project.qde',
          new TextEncoder().encode(
            '<Project xmlns="urn:QDA-XML:project:1.0" name="p"><Sources><AudioSource guid="C0000000-0000-4000-8000-000000000005" name="Tape 1"/></Sources></Project>'
          )
        )
        zip.end()
        return Buffer.concat(zip.take())
      })(),
      /x\.qdpx: holds neither text sources nor codes to import \(Skipped the audio source "Tape 1": only text sources can be imported\.\)/
    ]
  ])('rejects %s by name and stores nothing', async (_label, bytes, message) => {
    const core = await testCore(tempDir(), false)
    const r = await importFile(core.database, 'x.qdpx', bytes)
    expect(r.status).toBe('rejected')
    expect(r.error).toMatch(message)
    expect(core.database.sqlite.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(0)
    await core.close()
  })
})
