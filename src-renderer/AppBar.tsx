import type { Route } from './routes'
import { routeHash } from './routes'

const VIEWS: { view: Route['view']; label: string }[] = [
  { view: 'articles', label: 'Articles' },
  { view: 'statements', label: 'Statements' },
  { view: 'speakers', label: 'Speakers' },
  { view: 'codebook', label: 'Codebook' },
  { view: 'analysis', label: 'Analysis' },
]

/** The app's name and the views of the archive. */
export function AppBar({ route, articleId }: { route: Route; articleId?: string }) {
  return (
    <header className="app-bar">
      <span className="app-name">Stancemark</span>
      <nav aria-label="Views">
        {VIEWS.map(({ view, label }) => (
          <a
            key={view}
            href={routeHash(view === 'articles' ? { view, articleId } : ({ view } as Route))}
            aria-current={route.view === view ? 'page' : undefined}
          >
            {label}
          </a>
        ))}
      </nav>
    </header>
  )
}
