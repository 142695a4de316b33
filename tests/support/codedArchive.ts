import type { Notebook } from '../../src-main/notebook/notebook'
import { Position, Speaker, type Stance } from '../../src-main/shared/model'
import { open } from './tempArchive'

interface Coding {
  exact: string
  speaker?: string
  kind?: 'person' | 'organisation' | 'media' | 'group'
  position?: string
  stance?: Stance
  tags?: string[]
  note?: string
}

interface ArticleSpec {
  title: string
  source: string
  published: string
  tags: string[]
  text: string
  statements: Coding[]
}

/** Four small articles, coded by hand: Mara Velin supports and later opposes the treaty. */
export const ARTICLES: ArticleSpec[] = [
  {
    title: 'River talks resume',
    source: 'Senna Courier',
    published: '2023-01-10',
    tags: ['river'],
    text: 'Mara Velin said the treaty must be signed this spring.\n\nThe ministry rejected any delay to the treaty. Fishing crews demanded their release.',
    statements: [
      {
        exact: 'the treaty must be signed this spring',
        speaker: 'Mara Velin',
        position: 'Treaty',
        stance: 'supports',
      },
      {
        exact: 'rejected any delay to the treaty',
        speaker: 'Water Ministry',
        kind: 'organisation',
        position: 'Treaty',
        stance: 'supports',
        tags: ['official'],
      },
      {
        exact: 'demanded their release',
        speaker: 'Fishing crews',
        kind: 'group',
        position: 'Release of crews',
        stance: 'supports',
      },
    ],
  },
  {
    title: 'Velin changes course',
    source: 'Kestran Daily',
    published: '2023-03-05',
    tags: ['river', 'politics'],
    text: 'Mara Velin now opposes the treaty in its current form. She still backs the release of the crews.\n\nObservers remained neutral on the treaty.',
    statements: [
      {
        exact: 'opposes the treaty in its current form',
        speaker: 'Mara Velin',
        position: 'Treaty',
        stance: 'opposes',
        note: 'A turn since January.',
      },
      {
        exact: 'backs the release of the crews',
        speaker: 'Mara Velin',
        position: 'Release of crews',
        stance: 'supports',
      },
      {
        exact: 'remained neutral on the treaty',
        speaker: 'Observers',
        kind: 'group',
        position: 'Treaty',
        stance: 'neutral',
      },
    ],
  },
  {
    title: 'Border closure continues',
    source: 'Senna Courier',
    published: '2023-03-20',
    tags: [],
    text: 'Nothing was said today about the border.',
    statements: [],
  },
  {
    title: 'An undated wire',
    source: '',
    published: '',
    tags: ['wire'],
    text: 'Velin spoke about the border crossing at length.',
    statements: [
      {
        exact: 'spoke about the border crossing',
        speaker: 'Mara Velin',
        position: 'Border crossing',
        tags: ['uncertain'],
      },
    ],
  },
]

/**
 * A new archive without the sample article, holding ARTICLES coded through the service as an
 * analyst would; "Border crossing" is a sub-position of "Treaty".
 */
export async function codedArchive() {
  const { dir, notebook } = await open()
  for (const summary of (await notebook.listArticles({ offset: 0, limit: 10 })).items)
    await notebook.deleteArticle(summary.id)
  const treaty = await notebook.savePosition({ label: 'Treaty', description: '', color: '#2f6fde' })
  await notebook.savePosition({
    label: 'Border crossing',
    parentId: treaty.id,
    description: '',
    color: '#6b7280',
  })
  const ids: string[] = []
  for (const spec of ARTICLES) {
    const article = await notebook.importArticle({
      text: spec.text,
      meta: { title: spec.title, source: spec.source, published: spec.published, tags: spec.tags },
    })
    ids.push(article.id)
    for (const coding of spec.statements) {
      await notebook.addStatement(article.id, {
        anchor: { exact: coding.exact },
        speaker: coding.speaker ? { name: coding.speaker, kind: coding.kind } : undefined,
        position: coding.position ? { label: coding.position } : undefined,
        stance: coding.stance,
        tags: coding.tags ?? [],
        note: coding.note ?? '',
      })
    }
  }
  return { dir, notebook, ids, ...(await names(notebook)) }
}

/** Speaker and position ids by name and label. */
async function names(notebook: Notebook) {
  const speakers = Object.fromEntries((await notebook.listSpeakers()).map((s) => [s.name, s.id]))
  const positions = Object.fromEntries((await notebook.listPositions()).map((p) => [p.label, p.id]))
  return { speakers, positions }
}

/** A speaker of the registry as the app holds it (the handler answers the schema's input type). */
export async function speakerById(notebook: Notebook, id: string): Promise<Speaker> {
  return Speaker.parse((await notebook.listSpeakers()).find((s) => s.id === id))
}

export async function positionById(notebook: Notebook, id: string): Promise<Position> {
  return Position.parse((await notebook.listPositions()).find((p) => p.id === id))
}
