import { suggestClaims } from '../src-main/core/suggest/suggest.ts'
export default function count(x: { text: string }): number { return x.text.length + (typeof suggestClaims).length }
