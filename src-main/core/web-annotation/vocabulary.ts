/**
 * How a claim is written as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/),
 * and the few terms of our own it needs. Everything is in the file: the only
 * remote context is the standard one, and our terms are plain compact IRIs under a
 * URN namespace, so no processor ever has to fetch anything of ours.
 *
 * A file is one AnnotationCollection:
 *
 *   "@context": ["http://www.w3.org/ns/anno.jsonld", {"awb": "urn:analyst-workbench:vocab:"}]
 *   type "AnnotationCollection", id urn:uuid:…, label, generator, generated,
 *   first: {type "AnnotationPage", startIndex 0, items: [Annotation…]}, total,
 *   "awb:articles": [Article…]
 *
 * Annotation (one per claim):
 *   id          urn:analyst-workbench:claim:<32 hex> — derived from the article's text hash, the
 *               claim's position and creation time, so the same claim keeps its id across
 *               exports and databases
 *   created, modified   the claim's created_at / updated_at
 *   motivation  "tagging" when the claim has a confidence tag, else "highlighting"
 *   target      {source: article IRI, selector: [TextQuoteSelector{exact, prefix?, suffix?},
 *               TextPositionSelector{start, end}]} — start/end in code points (see code-points.ts)
 *   body        TextualBody items, each present only when the claim has that field:
 *     purpose "tagging"          value: evidence | assess | do not yet know
 *     purpose "awb:attributing"  value: who made the claim (the speaker)
 *     purpose "commenting"       value: the analyst's note (format text/plain)
 *     purpose "awb:grading"      value: Admiralty code as written ("B2", or "B" / "2" alone),
 *                                "awb:sourceReliability": A–F, "awb:claimCredibility": 1–6
 *     purpose "awb:cueing"       value: the wording that signalled the tag
 *     purpose "classifying"      one per topic code: value "Military / Troop movements" (the code's path),
 *                                "awb:code": urn:uuid:<the code's REFI-QDA GUID>, "awb:codePath": [names from the top]
 *
 * Article (awb:articles), so the file can be imported into another database:
 *   id urn:analyst-workbench:article:sha256:<hex of the text>, type "Text", format "text/plain",
 *   awb:title, awb:text (the canonical text claims index into), and when known
 *   awb:publisher (the outlet), awb:url, awb:published (ISO date), awb:originalFormat (txt, md, html, pdf, docx).
 *
 * Our own motivations follow the model's rule for new ones (§3.3.5): awb:attributing and
 * awb:cueing are narrower than oa:describing, awb:grading narrower than oa:assessing.
 */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
export const AWB_NAMESPACE = 'urn:analyst-workbench:vocab:'
export const CONTEXT = [ANNO_CONTEXT, { awb: AWB_NAMESPACE }] as const

export const PURPOSE = {
  confidence: 'tagging',
  speaker: 'awb:attributing',
  note: 'commenting',
  grades: 'awb:grading',
  cue: 'awb:cueing',
  code: 'classifying'
} as const

export const MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"'

export const articleIri = (contentHash: string): string => `urn:analyst-workbench:article:sha256:${contentHash}`
