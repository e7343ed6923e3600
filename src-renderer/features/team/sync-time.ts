/** "never", "just now", "5 min ago", or the date and time. */
export function formatSyncTime(iso: string | null, now = Date.now()): string {
  if (!iso) return 'never'
  const t = Date.parse(iso)
  const ago = Math.round((now - t) / 60_000)
  if (ago < 1) return 'just now'
  if (ago < 60) return `${ago} min ago`
  return new Date(t).toLocaleString()
}
