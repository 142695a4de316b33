import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

/** The words a search matched, as document ranges [from, to). */
export type SearchMatchRanges = [number, number][]

export const searchMatchViewKey = new PluginKey<DecorationSet>('searchMatchView')

/**
 * Marks the words of the search an article was opened from, as a browser's find does; they keep
 * their place while the text is edited. Set with `tr.setMeta(searchMatchViewKey, ranges)`.
 */
export const SearchMatchView = Extension.create({
  name: 'searchMatchView',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: searchMatchViewKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, decorations, _old, state) => {
            const ranges = tr.getMeta(searchMatchViewKey) as SearchMatchRanges | undefined
            if (!ranges) return decorations.map(tr.mapping, state.doc)
            const size = state.doc.content.size
            return DecorationSet.create(
              state.doc,
              ranges
                .filter(([from, to]) => from < to && to <= size)
                .map(([from, to], index) =>
                  Decoration.inline(from, to, {
                    class: `search-match${index === 0 ? ' is-first' : ''}`,
                  }),
                ),
            )
          },
        },
        props: {
          decorations: (state) => searchMatchViewKey.getState(state),
        },
      }),
    ]
  },
})
