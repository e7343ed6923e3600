import { describe, expect, it } from 'vitest'
import { decodeText, looksBinary, stripControlCharacters } from './decode-text.ts'

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b)
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('decoding a text file', () => {
  it('reads UTF-8 without a warning, dropping a byte-order mark', () => {
    expect(decodeText(utf8('\uFEFF서울 — بيان 🚀'))).toEqual({ text: '서울 — بيان 🚀', warnings: [] })
  })

  it('replaces invalid UTF-8 with U+FFFD and says so, keeping the rest', () => {
    const { text, warnings } = decodeText(new Uint8Array([...utf8('caf'), 0xe9, ...utf8(' au lait '), 0xff, 0xfe, ...utf8('ok')]))
    expect(text).toBe('caf\uFFFD au lait \uFFFD\uFFFDok')
    expect(warnings).toEqual([expect.stringContaining('not valid UTF-8')])
  })

  it('reads UTF-16 files by their byte-order mark', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00)).text).toBe('Hi')
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x48, 0x00, 0x69)).text).toBe('Hi')
  })

  it('uses a declared legacy charset (windows-1252, EUC-KR)', () => {
    expect(decodeText(bytes(0x63, 0x61, 0x66, 0xe9), 'windows-1252')).toEqual({ text: 'café', warnings: [] })
    expect(decodeText(bytes(0xbc, 0xad, 0xbf, 0xef), 'euc-kr').text).toBe('서울')
  })

  it('falls back to UTF-8 for an unknown charset label', () => {
    expect(decodeText(utf8('Ελληνικά'), 'no-such-charset').text).toBe('Ελληνικά')
  })
})

describe('telling binary from text', () => {
  it('calls a file with NUL bytes or mostly control bytes binary', () => {
    expect(looksBinary(decodeText(new Uint8Array([...utf8('%PDF-1.4 '), 0, 1, 2])).text)).toBe(true)
    expect(looksBinary(decodeText(new Uint8Array(200).fill(7)).text)).toBe(true)
    expect(looksBinary(decodeText(new Uint8Array(300).map((_, i) => 0x80 + (i % 64))).text)).toBe(true)
  })

  it('does not call text binary, whatever its script', () => {
    expect(looksBinary(decodeText(utf8('서울 발표\tبيان رسمي\r\n🚀 e\u0301\f')).text)).toBe(false)
  })

  it('judges UTF-16 text after decoding it (its bytes are full of NULs)', () => {
    const le = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...'Notepad’s “Unicode” — 서울'].map((c) => c.charCodeAt(0))).buffer)
    ])
    expect(looksBinary(decodeText(le).text)).toBe(false)
  })
})

describe('removing control characters', () => {
  it('removes C0 controls and DEL, keeps tab, line and page breaks, and counts what went', () => {
    expect(stripControlCharacters('a\u0000b\u0007c\u007Fd\te\nf\fg\u0002')).toEqual({
      text: 'abcd\te\nf\fg',
      warnings: ['4 control characters were removed.']
    })
    expect(stripControlCharacters('clean')).toEqual({ text: 'clean', warnings: [] })
  })
})
