import { z } from 'zod'
import { call } from './call.ts'
import { confidence, emptyInput, id } from './common.ts'

/**
 * A proposed claim. Offsets are UTF-16 code units into the article body (or the
 * text sent to suggest.text); quote === body.slice(start, end). `cue` is the
 * phrase that set the tag, with its own span, or null for an untagged
 * candidate (a statement with a quantity, date or named actor but no cue).
 */
export const suggestion = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  quote: z.string(),
  confidence: confidence.nullable(),
  cue: z.object({ text: z.string(), start: z.number().int().nonnegative(), end: z.number().int().positive() }).nullable(),
  /** who makes the claim; '' = the outlet itself (nobody is quoted) */
  attributedTo: z.string(),
  /** the speaker is read from the sentence's subject (no speech cue names it): a guess the reader marks as such */
  speakerInferred: z.boolean(),
  score: z.number().min(0).max(1)
})
export type SuggestionRow = z.infer<typeof suggestion>

/** Suggestions for a stored article, leaving out any that overlap a claim already stored for it. */
export const suggestArticle = call('suggest.article', z.object({ articleId: id }).strict(), z.array(suggestion))

/** Suggestions for a text not stored (previews); offsets index the text as sent. */
export const suggestText = call('suggest.text', z.object({ text: z.string().min(1).max(5_000_000) }).strict(), z.array(suggestion))

export const cuePhrase = z.object({
  id,
  confidence,
  phrase: z.string(),
  builtin: z.boolean(),
  enabled: z.boolean()
})
export type CuePhrase = z.infer<typeof cuePhrase>

export const PHRASE_MAX = 200

/** A phrase in the lexicon's syntax: words, (a|b), [optional], =exact, … (see core/suggest/RULES.md). */
const phrase = z
  .string()
  .trim()
  .min(2, 'a phrase needs at least two characters')
  .max(PHRASE_MAX, `a phrase can be at most ${PHRASE_MAX} characters`)
  .refine((s) => !/[\n\r\t]/.test(s), 'a phrase is one line')

export const listLexicon = call('lexicon.list', emptyInput, z.array(cuePhrase))
export const addLexicon = call('lexicon.add', z.object({ confidence, phrase }).strict(), cuePhrase)
/** Removes a phrase the user added; built-in phrases can only be switched off (lexicon.setEnabled). */
export const removeLexicon = call('lexicon.remove', z.object({ id }).strict(), z.object({ id }))
export const setLexiconEnabled = call('lexicon.setEnabled', z.object({ id, enabled: z.boolean() }).strict(), cuePhrase)

const acceptedSuggestion = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    quote: z.string().max(1_000_000).optional(),
    confidence: confidence.nullable(),
    attributedTo: z.string().trim().max(300),
    cue: z
      .object({ text: z.string().max(300) })
      .passthrough()
      .nullable()
  })
  .passthrough()

/** Stores suggestions as claims (optionally retagged): all or none, one undo step. Overlapping stored claims are skipped. */
export const acceptSuggestionsCall = call(
  'suggest.accept',
  z.object({ articleId: id, suggestions: z.array(acceptedSuggestion).min(1).max(10_000) }).strict(),
  z.object({ inserted: z.array(id), skipped: z.number().int().nonnegative() })
)

const span = z.object({ articleId: id, start: z.number().int().nonnegative(), end: z.number().int().positive() }).strict()
/** The analyst rejects a suggestion: it is not suggested again for that article. */
export const rejectSuggestion = call('suggest.reject', span, z.object({}))
/** Takes a rejection back (the toast's Undo). */
export const unrejectSuggestion = call('suggest.unreject', span, z.object({}))
