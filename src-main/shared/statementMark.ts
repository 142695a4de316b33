import { Mark, mergeAttributes } from '@tiptap/core'

export interface StatementMarkOptions {
  /**
   * HTML attributes added to every statement element.
   * @default {}
   */
  HTMLAttributes: Record<string, unknown>
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    statement: {
      /** Marks the current selection as the statement with this id. */
      setStatement: (id: string) => ReturnType
      /** Removes the statement with this id wherever it is in the document. */
      unsetStatement: (id: string) => ReturnType
    }
  }
}

/**
 * A statement in the article text. Its only attribute is the statement id: who said it, the
 * position and the stance live on the Statement record, so text edits move the mark with the words.
 */
export const StatementMark = Mark.create<StatementMarkOptions>({
  name: 'statement',
  // Statements may overlap, so the mark does not exclude itself.
  excludes: '',
  inclusive: false,
  spanning: true,

  addOptions() {
    return { HTMLAttributes: {} }
  },

  extendMarkSchema() {
    // For a clear-formatting command to leave statements alone (the editor has none yet): coding is not formatting.
    return { clearable: false }
  },

  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-statement-id'),
        renderHTML: (attributes) => ({ 'data-statement-id': attributes.id }),
      },
    }
  },

  parseHTML() {
    return [{ tag: 'mark[data-statement-id]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'mark',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, { class: 'statement' }),
      0,
    ]
  },

  addCommands() {
    return {
      setStatement:
        (id) =>
        ({ commands }) =>
          commands.setMark(this.name, { id }),
      unsetStatement:
        (id) =>
        ({ tr, state, dispatch }) => {
          const type = state.schema.marks[this.name]
          let found = false
          state.doc.descendants((node, pos) => {
            const mark = node.marks.find((m) => m.type === type && m.attrs.id === id)
            if (mark) {
              found = true
              tr.removeMark(pos, pos + node.nodeSize, mark)
            }
          })
          if (found && dispatch) dispatch(tr)
          return found
        },
    }
  },
})
