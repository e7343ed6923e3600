import { createHash } from 'node:crypto'

export type Part = 'tune' | 'unseen'

/**
 * Which part of the real-news data an article belongs to, fixed by a hash of
 * its file name: about 70% tune (looked at while developing the rules), 30%
 * unseen (only measured, never read while tuning).
 */
export function partOf(name: string): Part {
  return createHash('sha1').update(name).digest().readUInt32BE(0) % 100 < 70 ? 'tune' : 'unseen'
}
