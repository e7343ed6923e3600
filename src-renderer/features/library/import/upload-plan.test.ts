import { describe, expect, it } from 'vitest'
import { planUploads, worthSending } from './upload-plan.ts'

const f = (name: string, size: number) => ({ name, size })

describe('planning browser uploads', () => {
  it('sends the bytes of files the importer reads, and only names and sizes of the rest', () => {
    expect(worthSending(f('a/Report.PDF', 10))).toBe(true)
    expect(worthSending(f('clip.mp4', 10))).toBe(false)
    expect(worthSending(f('huge.txt', 51 * 1024 * 1024))).toBe(false)
  })

  it('groups files by size and count, in order, with an oversized file alone', () => {
    const files = [f('a.txt', 6), f('b.txt', 6), f('c.pdf', 30), f('d.mp4', 999), f('e.md', 3), f('f.md', 3)]
    expect(planUploads(files, 12, 3).map((c) => c.map((x) => x.name))).toEqual([['a.txt', 'b.txt'], ['c.pdf'], ['d.mp4', 'e.md', 'f.md']])
  })

  it('plans nothing for no files', () => {
    expect(planUploads([])).toEqual([])
  })
})
