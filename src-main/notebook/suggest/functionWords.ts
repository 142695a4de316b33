const words = (list: string) => new Set(list.split(' '))

/** Closed-class English words the rules look for around a reporting cue. */
export const functionWords = {
  speakerPronouns: words('he she they it'),
  /** A content clause that starts with one of these is a clause ("said they support…"). */
  subjectPronouns: words('he she they we i you'),
  determiners: words(
    'the a an this that these those its his her their our my your some many most all both each every no neither either several few other another such',
  ),
  /** Words that may stand between a speaker and the cue: "Lisk later told", "lawmakers have said". */
  betweenSpeakerAndCue: words(
    'also later again earlier previously then now repeatedly reportedly publicly privately separately recently once further already today yesterday too immediately subsequently often frequently still has have had will would however',
  ),
  negations: words('not never no'),
  quantities: words('one two three four several many some'),
  /** Finite verbs and auxiliaries that show a content clause is a clause. */
  finiteVerbs: words(
    'is are was were be been being has have had will would could should can may might must shall did does do am',
  ),
  clauseStarts: words(
    'that he she it they we i you his her its their our this these those there the a an no most many some all both neither one two three several',
  ),
  prepositions: words(
    'in on at by for from to with without despite after before during via through over under near within about ahead across against',
  ),
  timeWords: words(
    'today yesterday tonight later earlier again also now then monday tuesday wednesday thursday friday saturday sunday morning evening afternoon night',
  ),
  relatives: words('who which whose whom where'),
  conjunctions: words('and but or'),
}
