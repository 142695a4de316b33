/**
 * Why an archive with suggestions turned off makes none, and where to turn them on again; apart
 * from the schemas, so the window can tell it without bundling them.
 */
export const SUGGESTIONS_OFF =
  'Suggestions are turned off in this archive. To see them again, turn them on in Settings, under Suggestions.'
