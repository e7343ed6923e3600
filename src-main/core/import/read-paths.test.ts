import { execFileSync } from 'node:child_process'
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../testing/temp-db.ts'
import { describeFsError, entriesFromPaths, entriesFromUploads, readForImport } from './read-paths.ts'

const tempDir = useTempDir()

function tree(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true })
    writeFileSync(join(root, rel), text)
  }
}

const names = (entries: { name: string }[], root: string) => entries.map((e) => e.name.slice(root.length + 1))

describe('finding the files to import', () => {
  it('reads folders recursively in name order, skipping hidden files and folders', async () => {
    const root = tempDir()
    tree(root, {
      'b.txt': 'b',
      'a/z.md': 'z',
      'a/y.pdf': 'y',
      '.git/config': 'x',
      'a/.DS_Store': 'x',
      'c/.hidden/deep.txt': 'x',
      'c/photo.jpg': 'x'
    })
    const entries = await entriesFromPaths([root])
    expect(names(entries, root)).toEqual(['a/y.pdf', 'a/z.md', 'b.txt', 'c/photo.jpg'])
  })

  it('takes files named directly, hidden or not, in the order given', async () => {
    const root = tempDir()
    tree(root, { '.secret.txt': 's', 'plain.txt': 'p' })
    expect(names(await entriesFromPaths([join(root, 'plain.txt'), join(root, '.secret.txt')]), root)).toEqual(['plain.txt', '.secret.txt'])
  })

  it('turns a missing path or a non-file into a rejected entry naming it', async () => {
    const root = tempDir()
    execFileSync('mkfifo', [join(root, 'pipe.txt')])
    const entries = await entriesFromPaths([join(root, 'gone.txt'), join(root, 'pipe.txt')])
    expect(entries).toEqual([
      { name: join(root, 'gone.txt'), rejected: `${join(root, 'gone.txt')}: does not exist.` },
      { name: join(root, 'pipe.txt'), rejected: `${join(root, 'pipe.txt')}: is not a regular file.` }
    ])
  })

  it('follows a folder once even through a loop of symbolic links', async () => {
    const root = tempDir()
    tree(root, { 'a/one.txt': '1' })
    symlinkSync(root, join(root, 'a', 'back-to-root'))
    expect(names(await entriesFromPaths([root]), root)).toEqual(['a/one.txt'])
  })

  it('says what an operating-system error means', () => {
    expect(describeFsError(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('cannot be read (permission denied).')
    expect(describeFsError(Object.assign(new Error('x'), { code: 'EIO' }))).toBe('cannot be read (the disk reported an error).')
  })
})

describe('reading a file for import', () => {
  it('refuses an over-size file from its size, without reading it', async () => {
    const path = join(tempDir(), 'huge.txt')
    writeFileSync(path, '')
    truncateSync(path, 51 * 1024 * 1024) // sparse: nothing is written or read
    await expect(readForImport(path)).rejects.toThrow(`${path}: too large to import (51.0 MB; the limit is 50 MB).`)
  })

  it('refuses an empty file and a folder', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'empty.txt'), '')
    await expect(readForImport(join(dir, 'empty.txt'))).rejects.toThrow('empty.txt: is empty.')
    await expect(readForImport(dir)).rejects.toThrow(`${dir}: is not a regular file.`)
  })
})

describe('uploaded files (browser mode)', () => {
  const up = (name: string, text = 'x') => ({ name, dataBase64: Buffer.from(text).toString('base64') })

  it('skips hidden files inside an uploaded folder but keeps a file chosen on its own', async () => {
    const entries = entriesFromUploads([
      up('.notes.txt'),
      up('folder/.DS_Store'),
      up('folder/.cache/a.txt'),
      up('folder/report.txt', 'body')
    ])
    expect(entries.map((e) => e.name)).toEqual(['.notes.txt', 'folder/report.txt'])
    const report = entries[1]!
    expect('load' in report && Buffer.from(await report.load()).toString()).toBe('body')
  })

  it('rejects a file the browser did not send (unsupported or too large) with the same message as on disk', () => {
    expect(entriesFromUploads([{ name: 'clip.mp4', size: 9 }, { name: 'big.pdf', size: 60 * 1024 * 1024 }, { name: 'odd.txt' }])).toEqual([
      { name: 'clip.mp4', rejected: expect.stringMatching(/^clip\.mp4: unsupported format \(\.mp4\)/) },
      { name: 'big.pdf', rejected: 'big.pdf: too large to import (60.0 MB; the limit is 50 MB).' },
      { name: 'odd.txt', rejected: 'odd.txt: arrived without its content; try again.' }
    ])
  })

  it('rejects an upload whose data is not base64', async () => {
    const [entry] = entriesFromUploads([{ name: 'a.txt', dataBase64: 'not base64!' }])
    await expect('load' in entry! && entry.load()).rejects.toThrow('a.txt: arrived damaged')
  })
})
