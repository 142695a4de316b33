import type { ArticleMeta } from '../../../src-main/shared/model'
import { ArticleTitle } from './ArticleTitle'
import { MetaFields } from './MetaFields'

interface ArticleHeaderProps {
  meta: ArticleMeta
  readOnly: boolean
  onChange: (patch: Partial<ArticleMeta>) => void
  /** The title is done with: the keyboard goes on into the text. */
  onDone: () => void
}

/** The article's title, its source and date in a line, and its details to edit. */
export function ArticleHeader({ meta, readOnly, onChange, onDone }: ArticleHeaderProps) {
  return (
    <header className="article-header">
      <h1 className="visually-hidden">{meta.title || 'Untitled article'}</h1>
      <ArticleTitle
        title={meta.title}
        readOnly={readOnly}
        onChange={(title) => onChange({ title })}
        onDone={onDone}
      />
      <p className="article-byline">
        {[meta.source, meta.published, meta.authors.join(', ')].filter(Boolean).join(' · ') ||
          'No source or date yet'}
      </p>
      <fieldset className="plain-fieldset" disabled={readOnly}>
        <MetaFields meta={meta} onChange={onChange} />
      </fieldset>
    </header>
  )
}
