import type { JsonLike } from './jsonText'
import type { KnownIds } from './hostileValue'

const base64 = (text: string) => Buffer.from(text).toString('base64')

/** Well-formed arguments for every method, from which the fuzzer derives malformed ones. */
export function callTemplates(known: KnownIds): Record<string, JsonLike[][]> {
  const { articleId, statementId, positionId } = known
  const [speakerId, otherSpeakerId] = known.speakerIds
  return {
    getArchiveInfo: [[]],
    listArticles: [[{}], [{ text: 'talks', source: 'Wire', limit: 5, offset: 1 }]],
    getArticle: [[articleId]],
    importArticle: [
      [{ text: 'Talks resume in Geneva.', meta: { title: 'Talks' } }],
      [{ file: { name: 'a.md', base64: base64('# Hi\n\nText.') }, meta: {} }],
      [{ file: { name: 'a.html', base64: base64('<p onclick="x()">Hi</p>') }, meta: {} }],
      [{ text: 'Talks resume\nin Geneva.', meta: {}, firstLineIsTitle: true }],
    ],
    findDuplicate: [[{ text: 'Talks resume in Geneva.' }]],
    updateArticle: [
      [articleId, { baseRevision: 1, meta: { title: 'New title', tags: ['a'] } }],
      [articleId, { baseRevision: 1, body: { type: 'doc', content: [{ type: 'paragraph' }] } }],
      [articleId, { baseRevision: 1, statements: {} }],
    ],
    deleteArticle: [[articleId]],
    restoreArticle: [[articleId]],
    addStatement: [
      [articleId, { anchor: { exact: 'the', prefix: 'said ' }, speaker: { name: 'Somebody' } }],
      [
        articleId,
        { anchor: { start: 0, end: 4 }, position: { id: positionId }, stance: 'neutral' },
      ],
      [
        articleId,
        {
          anchor: { start: 0, end: 4 },
          fromSuggestion: { start: 0, end: 4, exact: 'Talk', speakerName: 'A', confidence: 0.5 },
        },
      ],
    ],
    updateStatement: [
      [articleId, statementId, { stance: 'opposes', tags: ['x'], note: 'n' }],
      [articleId, statementId, { cue: 'told', mode: 'indirect' }],
    ],
    removeStatement: [[articleId, statementId]],
    queryStatements: [[{}], [{ speakerId, stance: 'supports', text: 'a', limit: 10 }]],
    listSpeakers: [[]],
    saveSpeaker: [[{ name: 'New speaker', kind: 'group' }], [{ id: speakerId, name: 'Renamed' }]],
    guessSpeakerKind: [['Ukrinform news agency'], ['']],
    mergeSpeakers: [[speakerId, otherSpeakerId]],
    undoMergeSpeakers: [[otherSpeakerId]],
    deleteSpeaker: [[otherSpeakerId]],
    listPositions: [[]],
    savePosition: [[{ label: 'New position', color: '#123456' }]],
    mergePositions: [[positionId, positionId]],
    undoMergePositions: [[positionId]],
    deletePosition: [[positionId]],
    search: [[{ text: 'talks', limit: 3 }]],
    findInArticle: [[articleId, 'talks']],
    getSample: [[]],
    removeSample: [[]],
    exportArticle: [
      [articleId, 'markdown'],
      [articleId, 'web-annotation'],
    ],
    importFiles: [[{ files: [{ name: 'a.txt', base64: base64('Talks resume.') }] }]],
    exportAnnotations: [[{}], [{ speakerId, stance: 'supports' }]],
    importAnnotations: [
      [
        articleId,
        JSON.stringify({
          type: 'Annotation',
          target: { selector: { type: 'TextQuoteSelector', exact: 'the' } },
        }),
      ],
    ],
    exportArchiveZip: [[]],
    exportVaultZip: [[]],
    // An empty zip: refused before anything is written, wherever the fuzzer points it.
    restoreArchiveZip: [
      [{ zip: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==', folder: '/nonexistent/restored' }],
    ],
    exportStatements: [
      [{}, { format: 'csv', excel: true }],
      [
        { speakerId, from: '2020-01-01' },
        { format: 'graphml', network: 'speaker-speaker' },
      ],
    ],
    listCoders: [[]],
    getCoder: [[]],
    saveCoder: [[{ name: 'Fuzz coder' }], [{ name: 'Fuzz', color: '#112233' }]],
    switchCoder: [['nobody']],
    assignCoding: [[{ articleIds: [articleId], coderIds: ['nobody', 'someone'] }]],
    setCodingDone: [[articleId, true]],
    getComparison: [[articleId]],
    agreement: [[{}], [{ articleIds: [articleId] }]],
    exportAgreement: [
      [{}, 'csv'],
      [{}, 'markdown'],
    ],
    adjudicate: [[articleId, [{ unitId: statementId, drop: true }]]],
    suggestStatements: [[articleId]],
    rejectSuggestion: [[articleId, { exact: 'said', start: 0, end: 4 }]],
    getSuggestionQuality: [[]],
    setSuggestionsOn: [[true]],
    saveExport: [[{ filename: 'a.md', mediaType: 'text/markdown', content: 'x' }]],
    exportVaultToChosenFolder: [[]],
    saveArchiveZipToChosenFile: [[]],
    restoreArchiveZipFromChosenFile: [[]],
  }
}
