import { commaList } from '../../ui/commaList'
import { useEffect, useState } from 'react'
import type { ArticleMeta } from '../../../src-main/shared/model'

interface MetaFieldsProps {
  meta: ArticleMeta
  onChange: (patch: Partial<ArticleMeta>) => void
}

/** The article's details: where it was published, when, by whom, and the analyst's tags. */
export function MetaFields({ meta, onChange }: MetaFieldsProps) {
  const [authors, setAuthors] = useState(meta.authors.join(', '))
  const [tags, setTags] = useState(meta.tags.join(', '))
  useEffect(() => setAuthors(meta.authors.join(', ')), [meta.authors])
  useEffect(() => setTags(meta.tags.join(', ')), [meta.tags])

  return (
    <details className="meta-fields">
      <summary>Details</summary>
      <div className="meta-grid">
        <label>
          Source
          <input
            value={meta.source}
            onChange={(e) => onChange({ source: e.currentTarget.value })}
          />
        </label>
        <label>
          Published
          <input
            type="date"
            value={meta.published}
            onChange={(e) => onChange({ published: e.currentTarget.value })}
          />
        </label>
        <label>
          URL
          <input
            type="url"
            value={meta.url}
            onChange={(e) => onChange({ url: e.currentTarget.value })}
          />
        </label>
        <label>
          Authors
          <input
            value={authors}
            placeholder="comma, separated"
            onChange={(e) => setAuthors(e.currentTarget.value)}
            onBlur={() => onChange({ authors: commaList(authors) })}
          />
        </label>
        <label>
          Tags
          <input
            value={tags}
            placeholder="comma, separated"
            onChange={(e) => setTags(e.currentTarget.value)}
            onBlur={() => onChange({ tags: commaList(tags) })}
          />
        </label>
      </div>
    </details>
  )
}
