import { describe, expect, it } from 'vitest'
import type { Confidence } from '../../contract/common.ts'
import { buildLexicon, loadShippedLexicon } from './lexicon.ts'
import { suggestClaims } from './suggest.ts'

const lexicon = buildLexicon(loadShippedLexicon())
/** The tag and cue the suggester gives a one-sentence text ([null, null] = no tag). */
function tagOf(text: string): [Confidence | null, string | null] {
  const tagged = suggestClaims(text, lexicon).find((s) => s.confidence)
  return [tagged?.confidence ?? null, tagged?.cue?.text ?? null]
}
const cases = (rows: [string, Confidence | null, string | null][]) => rows.map(([text, tag, cue]) => ({ text, tag, cue }))

describe('evidence cues', () => {
  it.each(
    cases([
      ['There is evidence that the troops crossed the river.', 'evidence', 'There is evidence'],
      ['There is no evidence of any offensive build-up at the base.', 'evidence', 'There is no evidence'],
      ['There has been no credible evidence so far.', 'evidence', 'There has been no credible evidence'],
      ["There's no evidence so far that the virus spreads between people.", 'evidence', "There's no evidence"],
      ['Commercial satellite imagery taken on Sunday shows 12 aircraft on the apron.', 'evidence', 'imagery taken on Sunday shows'],
      ['Our data show a clear drop in rail freight since May.', 'evidence', 'data show'],
      ['Laboratory tests confirmed high levels of bacteria in the reservoir.', 'evidence', 'tests confirmed'],
      ['Tests did not show elevated chlorine levels on Tuesday.', 'evidence', 'Tests did not show'],
      ['Bank records reviewed by prosecutors reveal regular cash deposits.', 'evidence', 'records reviewed by prosecutors reveal'],
      ['Investigators found that the valve had been tampered with.', 'evidence', 'Investigators found'],
      ['We found contamination in two of the four intake points.', 'evidence', 'We found'],
      ['The tanker carried 80,000 tonnes of crude, according to shipping data.', 'evidence', 'according to shipping data'],
      ['There is no indication that the blockade affected fertiliser shipments.', 'evidence', 'There is no indication that'],
      ['The ministry confirmed that two soldiers had died.', 'evidence', 'confirmed'],
      ['Samples from the farm tested positive for the virus.', 'evidence', 'tested positive'],
      ['Reuters verified the location of the video using satellite images.', 'evidence', 'verified'],
      ['"There is nothing to suggest a cyberattack at this stage," Lund said.', 'evidence', 'nothing to suggest'],
      [
        'Inspection reports obtained by the Courier show that engineers flagged corrosion.',
        'evidence',
        'reports obtained by the Courier show'
      ],
      ['Genetic sequencing shows the strain matches one seen abroad.', 'evidence', 'sequencing shows'],
      ['Water samples taken downstream contained high levels of dye.', 'evidence', 'samples taken downstream contained'],
      ['Police said early indications were that a gate had been opened too late.', 'evidence', 'indications were that'],
      ['Seismic sensors had recorded a tremor shortly before the collapse.', 'evidence', 'sensors had recorded']
    ])
  )('"$text" → $tag', ({ text, tag, cue }) => expect(tagOf(text)).toEqual([tag, cue]))
})

describe('assess cues', () => {
  it.each(
    cases([
      ['We assess with high confidence that they are multirole fighters.', 'assess', 'We assess'],
      ['Ukrainian officials assess that Moscow plans to use the troops in Kursk.', 'assess', 'assess'],
      ['The authority judges that the contamination was caused by runoff.', 'assess', 'judges'],
      ['Economists estimate that the strike costs 60 million euros a day.', 'assess', 'estimate'],
      ['Police believe the same network was behind a smaller seizure in May.', 'assess', 'believe'],
      ['US officials do not believe any troops have reached Ukraine so far.', 'assess', 'believe'],
      ['Meteorologists expect temperatures to climb again by the weekend.', 'assess', 'expect'],
      ['The aircraft most likely arrived in two groups over three weeks.', 'assess', 'likely'],
      ['It is unlikely that a deal will be reached before the weekend.', 'assess', 'unlikely'],
      ['The attack was almost certainly planned months in advance.', 'assess', 'almost certainly'],
      ['There is a roughly even chance that talks resume this year.', 'assess', 'roughly even chance'],
      ['We have moderate confidence that the docks are for submarines.', 'assess', 'moderate confidence that'],
      ['In our assessment, checkpoint revenue exceeds mining income.', 'assess', 'In our assessment'],
      ['The network is believed to have smuggled 3 tonnes of cocaine.', 'assess', 'is believed to'],
      ['By one estimate, 40,000 people have fled the city.', 'assess', 'By one estimate'],
      ['Analysts think Alto has the momentum after the endorsement.', 'assess', 'think'],
      ['There is a strong possibility of a second eruption this week.', 'assess', 'strong possibility of'],
      ['It is doubtful that the dam can hold another week.', 'assess', 'doubtful']
    ])
  )('"$text" → $tag', ({ text, tag, cue }) => expect(tagOf(text)).toEqual([tag, cue]))
})

describe('do-not-yet-know cues', () => {
  it.each(
    cases([
      ['We do not yet know whether these soldiers will enter combat.', 'do not yet know', 'do not yet know'],
      ["We don't know yet what their mission is.", 'do not yet know', "don't know yet"],
      ['It remains unclear whether the government will step in.', 'do not yet know', 'unclear'],
      ['It is not clear whether any of the pills had been sold.', 'do not yet know', 'not clear'],
      ['It was not immediately clear how many soldiers were at the camp.', 'do not yet know', 'not immediately clear'],
      ['We cannot yet say whether the jets are armed.', 'do not yet know', 'cannot yet say'],
      ['The claims could not be independently verified.', 'do not yet know', 'could not be independently verified'],
      ['It remains to be seen whether insurers will return.', 'do not yet know', 'remains to be seen'],
      ['It is too early to say whether the outbreak has peaked.', 'do not yet know', 'too early to say'],
      ['The cause of the collision was not yet known on Friday.', 'do not yet know', 'not yet known'],
      ['Nobody knows how the Green voters will vote.', 'do not yet know', 'Nobody knows'],
      ['Officials are still working to establish whether munitions were aboard.', 'do not yet know', 'working to establish'],
      ['The motive remains a mystery to investigators.', 'do not yet know', 'remains a mystery'],
      ['Police said they were investigating whether a ransom was demanded.', 'do not yet know', 'investigating whether'],
      ['"We don’t yet understand why the pump failed," she said.', 'do not yet know', 'don’t yet understand'],
      ['Her team had no data yet on deaths in care homes.', 'do not yet know', 'had no data yet on'],
      ['Investigators have not yet identified the ship.', 'do not yet know', 'not yet identified'],
      ['We have not ruled out sabotage.', 'do not yet know', 'not ruled out'],
      ['There is no way of knowing how many people were inside.', 'do not yet know', 'no way of knowing'],
      ['The mayor said it was too early to assign blame for the collapse.', 'do not yet know', 'too early to assign blame']
    ])
  )('"$text" → $tag', ({ text, tag, cue }) => expect(tagOf(text)).toEqual([tag, cue]))

  it('prefers the longer phrase when a cue holds another one ("cannot confirm" is not "confirm")', () => {
    expect(tagOf('The ministry said it cannot confirm the report.')).toEqual(['do not yet know', 'cannot confirm'])
    expect(tagOf('Officials say it is too early to judge the damage.')).toEqual(['do not yet know', 'too early to judge'])
  })
})

describe('words in another sense stay untagged', () => {
  it.each([
    'The pills were taken to an evidence warehouse outside the city.',
    'Evidence bags containing cash were displayed in the courtroom.',
    "Brandt's team completed a risk assessment of the port last year.",
    'A property-tax assessment was mailed to 3,000 homeowners in March.',
    'Officials will assess applications for new inspection posts in January.',
    'The board will judge bids for the repair contract in December.',
    'The team was sent to assess the damage on Monday.',
    "The judges' table was set up beside the stage.",
    'Judge Elena Voss adjourned the hearing until Monday.',
    'A judging panel awarded the yard a safety prize last year.',
    'An unclear photocopy of the contract was passed to reporters.',
    'The photocopy was unclear and partly torn.',
    'Police arrested two suspects near the border on Friday.',
    'A think tank in Washington published the report in May.',
    'The electoral commission expects to publish results by midnight.',
    'The minister is expected to arrive in Brussels on Tuesday.',
    'The expected rate decision will be announced at 2 p.m. local time.',
    'Health officials reported 40 confirmed cases in the district.',
    'The Senate confirmed her as defence minister on Thursday.',
    'Residents said they could not believe the damage to the old town.',
    'Unknown gunmen attacked a checkpoint near the village.',
    'The court found him guilty of fraud in 2019.',
    'Police need probable cause to search the premises.'
  ])('"%s"', (text) => expect(tagOf(text)).toEqual([null, null]))
})

describe('cues that are not asserted stay untagged', () => {
  it.each([
    'If confirmed, the deaths would be the first outside the camps.',
    'The ministry will decide whether the evidence shows a breach of the treaty.',
    'Is there any evidence that the troops crossed the border?',
    '"Do we know whether they are armed?" she asked.',
    'The deployment would be illegal if the imagery shows troops across the line.',
    'The ministry declined to confirm the report on Monday.',
    'Officials would neither confirm nor deny the strike.'
  ])('"%s"', (text) => expect(tagOf(text)).toEqual([null, null]))

  it('keeps the tag of a judgment in the main clause after a conditional', () => {
    expect(tagOf('If the reports are true, it is likely that the talks will collapse.')).toEqual(['assess', 'likely'])
  })
})
