import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { AddMarkStep, RemoveMarkStep, type Step } from '@tiptap/pm/transform'

export interface ReadMostlyOptions {
  /**
   * Called by the mark-statement shortcut.
   * @default () => {}
   */
  onMarkStatement: () => void
  /**
   * Called by Esc; answers whether it did something (closed the statement form), else the key goes on.
   * @default () => false
   */
  onEscape: () => boolean
}

declare module '@tiptap/core' {
  interface Storage {
    readMostly: { editing: boolean }
  }
  interface Commands<ReturnType> {
    readMostly: {
      /** Turns "Edit text" mode on or off: only in it do the words change. */
      setTextEditing: (editing: boolean) => ReturnType
    }
  }
}

const isStatementMarking = (step: Step) =>
  (step instanceof AddMarkStep || step instanceof RemoveMarkStep) &&
  step.mark.type.name === 'statement'

/**
 * The article text is read-mostly: the caret and selection work and statements can be marked, but
 * the words only change in "Edit text" mode (editor.storage.readMostly.editing).
 */
export const ReadMostly = Extension.create<ReadMostlyOptions, { editing: boolean }>({
  name: 'readMostly',

  addOptions() {
    return { onMarkStatement: () => {}, onEscape: () => false }
  },

  addStorage() {
    return { editing: false }
  },

  addCommands() {
    return {
      setTextEditing: (editing) => () => {
        this.storage.editing = editing
        return true
      },
    }
  },

  addKeyboardShortcuts() {
    const mark = () => {
      this.options.onMarkStatement()
      return true
    }
    return {
      'Mod-Shift-s': mark,
      // In reading mode a bare key is free, as in a reader app: M marks the selection.
      m: () => (this.storage.editing ? false : mark()),
      Escape: () => this.options.onEscape(),
    }
  },

  addProseMirrorPlugins() {
    const storage = this.storage
    return [
      new Plugin({
        key: new PluginKey('readMostly'),
        filterTransaction: (tr) =>
          !tr.docChanged || storage.editing || tr.steps.every(isStatementMarking),
      }),
    ]
  },
})
