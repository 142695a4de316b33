/**
 * The names of the Notebook's operations, without their schemas: what the preload bridge and the
 * renderer need to call them, kept apart from \`contract.ts\` so that neither bundles the
 * validation library (the renderer is untrusted; main validates). \`contract.ts\` is checked
 * against these lists when it compiles: an operation missing from either, or extra, is an error.
 */
export const methodNames = [
  'getArchiveInfo',
  'listArticles',
  'getArticle',
  'importArticle',
  'findDuplicate',
  'importFiles',
  'updateArticle',
  'deleteArticle',
  'restoreArticle',
  'getSample',
  'removeSample',
  'addStatement',
  'updateStatement',
  'removeStatement',
  'suggestStatements',
  'rejectSuggestion',
  'queryStatements',
  'exploreStatements',
  'bulkUpdateStatements',
  'listSpeakers',
  'saveSpeaker',
  'guessSpeakerKind',
  'mergeSpeakers',
  'undoMergeSpeakers',
  'deleteSpeaker',
  'getSpeakerProfile',
  'listPositions',
  'savePosition',
  'mergePositions',
  'undoMergePositions',
  'deletePosition',
  'movePosition',
  'exportCodebook',
  'importCodebook',
  'search',
  'findInArticle',
  'getFacets',
  'analyseStatements',
  'exportArticle',
  'exportAnnotations',
  'importAnnotations',
  'exportStatements',
  'listCoders',
  'getCoder',
  'saveCoder',
  'switchCoder',
  'assignCoding',
  'setCodingDone',
  'getComparison',
  'agreement',
  'exportAgreement',
  'adjudicate',
  'listBackups',
  'restoreBackup',
  'exportVaultZip',
  'exportArchiveZip',
  'restoreArchiveZip',
  'getLiveVault',
  'switchLiveVault',
] as const

/** The operations only the desktop app has (native dialogs); see \`desktopContract\`. */
export const desktopMethodNames = [
  'saveExport',
  'exportVaultToChosenFolder',
  'saveArchiveZipToChosenFile',
  'restoreArchiveZipFromChosenFile',
  'keepChosenVaultInSync',
] as const

export type MethodName = (typeof methodNames)[number]
export type DesktopMethodName = (typeof desktopMethodNames)[number]
