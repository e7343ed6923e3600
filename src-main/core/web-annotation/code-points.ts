/**
 * W3C TextPositionSelector counts characters (Unicode code points); the app stores
 * UTF-16 code-unit offsets (JavaScript string indices). They differ after every
 * character outside the Basic Multilingual Plane (most emoji, some CJK, historic
 * scripts), which takes two code units. This maps between the two for one text.
 *
 * An offset that falls between the two halves of a surrogate pair names no
 * character boundary; it maps to the code point that pair starts (rounds down).
 * A lone surrogate counts as one code point, as JavaScript's string iterator does.
 */
export class OffsetMapper {
  /** codePointAt[i] = code points before UTF-16 index i; only built for texts with surrogates. */
  private codePointAt: Uint32Array | undefined
  /** unitAt[k] = UTF-16 index of code point k. */
  private unitAt: Uint32Array | undefined
  private readonly codePoints: number
  /** UTF-16 length of the text (the text itself is not kept). */
  private readonly units: number

  constructor(text: string) {
    this.units = text.length
    if (!/[\uD800-\uDFFF]/.test(text)) {
      this.codePoints = text.length
      return
    }
    const codePointAt = new Uint32Array(text.length + 1)
    const unitAt: number[] = []
    let k = 0
    for (let i = 0; i < text.length; i++) {
      codePointAt[i] = k
      unitAt.push(i)
      const c = text.charCodeAt(i)
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1)
        if (d >= 0xdc00 && d <= 0xdfff) codePointAt[++i] = k // inside the pair: same code point
      }
      k++
    }
    codePointAt[text.length] = k
    unitAt.push(text.length)
    this.codePointAt = codePointAt
    this.unitAt = Uint32Array.from(unitAt)
    this.codePoints = k
  }

  /** Code points in the whole text. */
  get length(): number {
    return this.codePoints
  }

  /** UTF-16 offset → code point offset. */
  toCodePoints(utf16: number): number {
    if (utf16 < 0 || utf16 > this.units) throw new RangeError(`offset ${utf16} is outside the text (0–${this.units})`)
    return this.codePointAt ? this.codePointAt[utf16]! : utf16
  }

  /** Code point offset → UTF-16 offset, or undefined when the text has fewer code points. */
  toUtf16(codePoint: number): number | undefined {
    if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > this.codePoints) return undefined
    return this.unitAt ? this.unitAt[codePoint]! : codePoint
  }
}
