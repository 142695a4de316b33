import './conflicts.css'
import { api } from '../../api'
import { routeHash } from '../../app/routes'
import { useArchiveQuery } from '../../app/useArchiveQuery'
import { counted } from '../../ui/counted'
import { FormError } from '../../ui/FormError'
import { RegistryConflicts } from './RegistryConflicts'

const loadConflicts = () => api.listConflicts()

/**
 * Everything syncing left to settle (`#/conflicts`): the articles, each opened to settle its
 * conflicts, and the registry's entries, settled here.
 */
export function ConflictsView() {
  const { value: list, error, refresh } = useArchiveQuery(loadConflicts)
  const none = list && list.articles.length === 0 && list.registry.length === 0
  return (
    <main className="conflicts-view" aria-label="Conflicts">
      <h1>Conflicts from syncing</h1>
      <FormError message={error} />
      {none && (
        <p className="empty-hint">
          Nothing to settle: whatever syncing brought in fitted with what was here.
        </p>
      )}
      {list && list.articles.length > 0 && (
        <section aria-labelledby="conflicted-articles">
          <h2 id="conflicted-articles">Articles</h2>
          <p className="hint">
            Open an article to settle its conflicts: each shows both versions, and one click keeps
            one.
          </p>
          <ul className="conflicted-articles">
            {list.articles.map((article) => (
              <li key={article.articleId}>
                <a href={routeHash({ view: 'articles', articleId: article.articleId })}>
                  {article.title}
                </a>{' '}
                <span className="conflicts-badge">
                  {counted(article.conflicts, 'conflict', 'conflicts')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {list && list.registry.length > 0 && (
        <RegistryConflicts conflicts={list.registry} onSettled={refresh} />
      )}
    </main>
  )
}
