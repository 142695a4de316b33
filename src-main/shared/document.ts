import { getSchema, type Extensions } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { Node as PMNode, type Schema } from '@tiptap/pm/model'
import type { DocJSON } from './model'
import { StatementMark } from './statementMark'

/** The extensions that define a Stancemark document: article bodies and analyst notes alike. */
export const documentExtensions: Extensions = [
  StarterKit.configure({
    link: {
      openOnClick: false,
      autolink: true,
      protocols: ['http', 'https', 'mailto'],
      isAllowedUri: (url) => /^(https?:|mailto:|#)/i.test(url),
    },
  }),
  StatementMark,
]

let cachedSchema: Schema | undefined

/** The ProseMirror schema built from documentExtensions, shared by the editor and the service. */
export function documentSchema(): Schema {
  cachedSchema ??= getSchema(documentExtensions)
  return cachedSchema
}

/** Parses document JSON against the schema; throws a RangeError on a shape the schema rejects. */
export function docFromJSON(json: DocJSON): PMNode {
  const doc = PMNode.fromJSON(documentSchema(), json)
  doc.check()
  return doc
}

export function emptyDoc(): DocJSON {
  return { type: 'doc', content: [{ type: 'paragraph' }] }
}
