import type { DocJSON } from '../../shared/model'
import { textParagraphs } from '../../shared/textParagraphs'

/** Plain text as a document: a paragraph for each paragraph a reader sees in it. */
export function textToDoc(text: string): DocJSON {
  return {
    type: 'doc',
    content: textParagraphs(text).map((paragraph) => ({
      type: 'paragraph',
      content: [{ type: 'text', text: paragraph }],
    })),
  }
}
