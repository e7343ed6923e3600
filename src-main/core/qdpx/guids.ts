import { createHash } from 'node:crypto'

/** The namespace of the name-based GUIDs the app writes (a fixed random UUID). */
const NAMESPACE = Buffer.from('6f1c2a8e9b4d4f7a8c3e5d2b1a0f9e87', 'hex')

/**
 * A name-based UUID (RFC 9562 version 5, SHA-1) in upper case, the way REFI-QDA
 * files usually spell GUIDs. The same name always gives the same GUID, so a claim,
 * an article or an analyst keeps its GUID across exports and databases.
 */
export function guidFor(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest()
  hash[6] = (hash[6]! & 0x0f) | 0x50
  hash[8] = (hash[8]! & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex').toUpperCase()
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

const GUID = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/

/** A GUID as the schema allows it (with or without braces, any case) in one spelling: upper case, no braces; null if it is not one. */
export function normalGuid(value: string | null | undefined): string | null {
  const m = value ? GUID.exec(value.trim()) : null
  return m ? m[1]!.toUpperCase() : null
}
