import { QdpxZipWriter } from '../qdpx/qdpx-archive.ts'

/**
 * A .qdpx as another program (MAXQDA-like) writes it, for the import tests: a text
 * kept with a byte-order mark, CR LF and a decomposed accent; tag-named codes beside
 * topic codes; selections out of range, on blank text, with two tags; a memo; a
 * linked (external) transcript; picture, audio and video sources.
 */
// A text as a Windows program stores it: byte-order mark, CR LF, a decomposed accent, trailing spaces.
export const INTERVIEW =
  '\uFEFFInterview A  \r\n\r\n\r\nThe cafe\u0301 owner said sanctions hit the port. 😀 We assess the blockade will last.\r\nNobody knows why the troops left.\r\n'
/** Where `part` is in the text, in code points, as the file counts them (the byte-order mark is not part of the text). */
const cp = (withBom: string, part: string): [number, number] => {
  const text = withBom.replace(/^\uFEFF/, '')
  const at = Array.from(text.slice(0, text.indexOf(part))).length
  return [at, at + Array.from(part).length]
}
const sel = (guid: string, [start, end]: [number, number], codes: string[], extra = '') =>
  `<PlainTextSelection guid="${guid}" name="sel ${guid.slice(0, 4)}" startPosition="${start}" endPosition="${end}" creationDateTime="2023-08-16T15:49:36Z">${extra}${codes
    .map((c, i) => `<Coding guid="${guid.slice(0, 35)}${i}"><CodeRef targetGUID="${c}"/></Coding>`)
    .join('')}</PlainTextSelection>`

const G = {
  evidence: 'A0000000-0000-4000-8000-000000000001',
  assess: 'A0000000-0000-4000-8000-000000000002',
  unknown: 'A0000000-0000-4000-8000-000000000003',
  topics: 'A0000000-0000-4000-8000-000000000004',
  sanctions: 'A0000000-0000-4000-8000-000000000005',
  troops: 'A0000000-0000-4000-8000-000000000006',
  epistemics: 'A0000000-0000-4000-8000-000000000007'
}

export function otherProgramsFile(): Uint8Array {
  const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Port study" origin="MAXQDA 2024 (Release 24.1.0)">
  <Users><User guid="B0000000-0000-4000-8000-000000000001" name="R. Analyst"/></Users>
  <CodeBook><Codes>
    <Code guid="${G.evidence}" name="Evidence" isCodable="true" color="#0F0"/>
    <Code guid="${G.assess}" name=" ASSESS " isCodable="true"/>
    <Code guid="${G.epistemics}" name="Epistemics" isCodable="false"><Code guid="${G.unknown}" name="Do not yet know" isCodable="true"/></Code>
    <Code guid="${G.topics}" name="Topics" isCodable="true" color="#112233"><Description>What it is about</Description>
      <Code guid="${G.sanctions}" name="Sanctions" isCodable="true"/><Code guid="${G.troops}" name="Troops" isCodable="true"/></Code>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="C0000000-0000-4000-8000-000000000001" name="Interview A" plainTextPath="internal://C0000000-0000-4000-8000-000000000001.txt">
      ${sel('D0000000-0000-4000-8000-000000000001', cp(INTERVIEW, 'sanctions hit the port'), [G.evidence, G.sanctions], '<Description>Interesting passage\nSpeaker: the owner</Description>')}
      ${sel('D0000000-0000-4000-8000-000000000002', cp(INTERVIEW, 'We assess the blockade will last.\r\n'), [G.assess])}
      ${sel('D0000000-0000-4000-8000-000000000003', cp(INTERVIEW, 'Nobody knows why the troops left'), [G.unknown, G.troops, G.assess])}
      ${sel('D0000000-0000-4000-8000-000000000004', [5000, 5010], [G.troops])}
      ${sel('D0000000-0000-4000-8000-000000000005', cp(INTERVIEW, '\r\n\r\n\r\n'), [G.troops])}
      <PlainTextSelection guid="D0000000-0000-4000-8000-000000000006" startPosition="3" endPosition="8"><NoteRef targetGUID="E0000000-0000-4000-8000-000000000001"/></PlainTextSelection>
      <Coding guid="D0000000-0000-4000-8000-000000000007"><CodeRef targetGUID="${G.topics}"/></Coding>
    </TextSource>
    <TextSource guid="C0000000-0000-4000-8000-000000000002" name="Field memo"><PlainTextContent>Imagery shows the pier is gone.</PlainTextContent>
      ${sel('D0000000-0000-4000-8000-000000000008', [0, 31], [G.evidence])}
    </TextSource>
    <TextSource guid="C0000000-0000-4000-8000-000000000003" name="Linked transcript" plainTextPath="relative://transcripts/t1.txt"/>
    <PictureSource guid="C0000000-0000-4000-8000-000000000004" name="Satellite photo" path="internal://p.png"/>
    <AudioSource guid="C0000000-0000-4000-8000-000000000005" name="Interview tape"/>
    <VideoSource guid="C0000000-0000-4000-8000-000000000006" name="Drone footage"/>
  </Sources>
  <Notes><Note guid="E0000000-0000-4000-8000-000000000001" name="memo"><PlainTextContent>Check with the harbour master.</PlainTextContent></Note></Notes>
</Project>`
  const zip = new QdpxZipWriter(new Date('2024-01-01T00:00:00Z'))
  zip.addFile('sources/C0000000-0000-4000-8000-000000000001.txt', new TextEncoder().encode(INTERVIEW))
  zip.addFile('project.qde', new TextEncoder().encode(qde))
  zip.end()
  return Buffer.concat(zip.take())
}
