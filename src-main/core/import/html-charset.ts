/**
 * The charset an HTML file declares in its first 1024 bytes (`<meta charset>` or
 * `http-equiv` Content-Type), as the HTML standard's prescan looks for it; else undefined.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  const direct = /<meta\s[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i.exec(head)
  return direct?.[1]
}
