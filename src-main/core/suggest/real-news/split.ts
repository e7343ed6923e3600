import { createHash } from 'node:crypto'

export type Part = 'tune' | 'unseen'
/** The tune part's own split: tune-fit is read while developing, tune-dev only measured (how well a change generalises). */
export type TuneHalf = 'tune-fit' | 'tune-dev'

const digest = (name: string): Buffer => createHash('sha1').update(name).digest()

/**
 * Which part of the real-news data an article belongs to, fixed by a hash of
 * its file name: about 70% tune (looked at while developing the rules), 30%
 * unseen (only measured, never read while tuning).
 */
export function partOf(name: string): Part {
  return digest(name).readUInt32BE(0) % 100 < 70 ? 'tune' : 'unseen'
}

/** For a tune article: the next four bytes of the same hash, mod 100: below 70 is tune-fit, the rest tune-dev. */
export function tuneHalfOf(name: string): TuneHalf {
  return digest(name).readUInt32BE(4) % 100 < 70 ? 'tune-fit' : 'tune-dev'
}
