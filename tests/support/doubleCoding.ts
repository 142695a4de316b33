import type { Notebook } from '../../src-main/notebook/notebook'
import type { Stance } from '../../src-main/shared/model'

/** A short wire story two coders read alike in places and apart in others. */
export const STORY =
  'Mara Velin said the treaty must be signed this spring. The ministry rejected any delay to the treaty. Fishing crews demanded their release from the port.'

/** The archive's first coder and a second one, Bea. */
export async function twoCoders(notebook: Notebook) {
  const first = await notebook.getCoder()
  const bea = await notebook.saveCoder({ name: 'Bea' })
  return { first, bea }
}

/** Imports the story (or other text) as an article. */
export async function importStory(notebook: Notebook, text = STORY, title = 'River talks') {
  return notebook.importArticle({ text, meta: { title }, firstLineIsTitle: false })
}

/** A statement by a coder (by id) on some words, with a speaker, a position and a stance. */
export async function mark(
  notebook: Notebook,
  articleId: string,
  coderId: string,
  exact: string,
  coding: { speaker?: string; position?: string; stance?: Stance } = {},
) {
  const { statement } = await notebook.addStatement(articleId, {
    anchor: { exact },
    coder: { id: coderId },
    speaker: coding.speaker ? { name: coding.speaker } : undefined,
    position: coding.position ? { label: coding.position } : undefined,
    stance: coding.stance,
    tags: [],
    note: '',
  })
  return statement
}
