import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect } from 'react'
import { documentExtensions } from '../../../src-main/shared/document'
import type { Article } from '../../../src-main/shared/model'
import { StatementView, statementViewKey } from '../../editor/statementView'
import { useRegistry } from '../registry/RegistryProvider'
import { stanceLabel } from '../statements/stances'
import { useStatementLook } from '../articles/useStatementLook'

/** An earlier version of an article, read-only: its details, its text coded, its statements. */
export function VersionView({ article }: { article: Article }) {
  const { speakers, positions } = useRegistry()
  const editor = useEditor({
    extensions: [...documentExtensions, StatementView],
    content: article.body,
    editable: false,
    editorProps: {
      attributes: {
        class: 'article-text prose version-text',
        'aria-label': 'Text of this version',
      },
    },
  })
  const look = useStatementLook(article.statements, undefined)
  useEffect(() => {
    if (!editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(statementViewKey, look))
  }, [editor, look])
  const spans = statementViewKey.getState(editor.state)?.spans ?? []
  const { meta } = article

  return (
    <div className="version-view">
      <h3 className="version-title">{meta.title}</h3>
      <p className="article-byline">
        {[meta.source, meta.published, meta.authors.join(', ')].filter(Boolean).join(' · ') ||
          'No source or date'}
      </p>
      <div className="version-columns">
        <EditorContent editor={editor} />
        <section aria-label="Statements of this version" className="version-statements">
          <h4>
            Statements <span className="count">{spans.length}</span>
          </h4>
          <ul>
            {spans.map((span) => {
              const statement = article.statements[span.id]
              if (!statement) return null
              const speaker = speakers.find((s) => s.id === statement.speakerId)?.name
              const position = positions.find((p) => p.id === statement.positionId)?.label
              return (
                <li
                  key={span.id}
                  className={`version-statement stance-${statement.stance ?? 'none'}`}
                >
                  <span className="statement-item-quote">{span.quote}</span>
                  <span className="statement-item-meta">
                    <span className="position">
                      {speaker ?? 'Speaker not set'} · {position ?? 'no position'}
                    </span>
                    <span className={`stance-badge stance-${statement.stance ?? 'none'}`}>
                      {stanceLabel(statement.stance)}
                    </span>
                  </span>
                </li>
              )
            })}
          </ul>
        </section>
      </div>
    </div>
  )
}
