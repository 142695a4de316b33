import nlp from 'compromise'

const words = (list: string) => new Set(list.split(' '))

function compromiseOrgWords(): string[] {
  const model: unknown = nlp.model()
  const found = (model as { two?: { orgWords?: unknown } }).two?.orgWords
  return found && typeof found === 'object' ? Object.keys(found) : []
}

/** Nouns that say what kind of speaker a phrase names, and how it refers to one. */
export const speakerWords = {
  media: words(
    'media newspaper paper broadcaster television tv radio news herald times post gazette tribune journal courier daily chronicle telegraph observer press wire magazine channel station outlet website newswire dispatch express mirror sentinel monitor weekly network broadcasting',
  ),
  organisation: new Set([
    ...compromiseOrgWords(),
    ...words(
      'ministry department office government council party union federation association authority agency company corporation firm group committee commission parliament assembly bank institute court police army navy military coalition alliance bloc foundation board bureau secretariat administration cabinet embassy consulate foods society organisation organization league movement service services directorate regulator university chamber industries fund trust cooperative congress senate presidency municipality delegation campaign ltd inc plc gmbh',
    ),
  ]),
  /** People in the plural: a speaker that is a group. */
  group: words(
    'lawmakers legislators analysts officials traders residents critics experts economists diplomats sources observers investors protesters workers activists others delegations governments leaders ministers members citizens voters locals witnesses scientists researchers doctors farmers fishermen students teachers campaigners opponents supporters negotiators senators people executives bankers engineers employees unions groups parties authorities',
  ),
  /** One person by what they do: "the minister", "the official". */
  role: words(
    'official spokesman spokeswoman spokesperson minister president governor mayor chancellor director chairman chairwoman chair chief executive ceo negotiator leader analyst correspondent ambassador envoy commissioner secretary senator lawmaker diplomat source adviser advisor aide general commander officer representative manager founder owner economist expert resident host head deputy premier judge prosecutor lawyer attorney candidate activist worker farmer fisherman king queen prince princess monarch',
  ),
  /** Words of a title before a name: "Prime Minister", "Council Chair", "Gen." */
  title: words(
    'president vice prime minister foreign finance energy defence defense interior trade health economy deputy chair chairman chairwoman chairperson council governor gov mayor senator sen rep gen general dr mr mrs ms miss prof professor commissioner director chancellor secretary ambassador judge king queen prince princess sheikh premier chief executive officer ceo colonel col captain capt lt sgt admiral bishop pope cardinal rev father sir dame lord lady opposition leader spokesman spokeswoman spokesperson attorney justice mp envoy',
  ),
  /** Titles that end a title, whatever comes before them ("Fisheries Minister"). */
  coreTitle: words(
    'president minister secretary chair chairman chairwoman chairperson governor mayor commissioner director chancellor ambassador senator spokesman spokeswoman spokesperson premier envoy',
  ),
  /** "X's office said": the office speaks for X. */
  delegate: words(
    'office spokesman spokeswoman spokesperson aide aides camp lawyer lawyers representative representatives team press',
  ),
  /** "a spokesman for the mayor": speaks for whoever follows. */
  representative: words(
    'spokesman spokeswoman spokesperson representative representatives correspondent aide adviser advisor',
  ),
  /** What "according to" may name that is not a speaker, unless "by" or "from" says whose. */
  nonSource: words(
    'rules rule plan plans schedule law laws data figures statistics estimates estimate report reports documents document draft study survey poll polls tradition records forecast forecasts analysis calculations results terms agreement constitution guidelines regulations tariff budget readout readouts transcript transcripts minutes communique memo letter',
  ),
  female: words(
    'spokeswoman chairwoman businesswoman congresswoman ms mrs miss madam dame lady queen princess',
  ),
  male: words('spokesman chairman businessman congressman mr sir lord king prince'),
}
