import { useRegistry } from '../features/registry/RegistryProvider'
import { SyncButton } from '../features/team/SyncButton'
import type { Route } from './routes'
import { routeHash } from './routes'

const VIEWS: { view: Route['view']; label: string }[] = [
  { view: 'articles', label: 'Articles' },
  { view: 'statements', label: 'Statements' },
  { view: 'speakers', label: 'Speakers' },
  { view: 'codebook', label: 'Codebook' },
  { view: 'analysis', label: 'Analysis' },
  { view: 'agreement', label: 'Agreement' },
  { view: 'settings', label: 'Settings' },
]

interface AppBarProps {
  route: Route
  articleId?: string
  readOnly: boolean
  onBackups: () => void
  onExport: () => void
}

/** The app's name, the views of the archive, and what concerns the whole archive. */
export function AppBar({ route, articleId, readOnly, onBackups, onExport }: AppBarProps) {
  const { coder, coders } = useRegistry()
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
      <span className="spacer" />
      {coder && coders.length > 1 && (
        <span className="coder-chip" title="Who codes in this window; change it in Settings">
          <span className="coder-swatch" style={{ background: coder.color }} aria-hidden />
          <span className="coder-chip-label">Coding as </span>
          {coder.name}
        </span>
      )}
      {readOnly && (
        <span className="read-only-pill" title="Another Stancemark has this archive open">
          Read-only
        </span>
      )}
      <SyncButton />
      <button type="button" className="app-bar-button" onClick={onExport}>
        Export…
      </button>
      <button type="button" className="app-bar-button" onClick={onBackups}>
        Backups…
      </button>
    </header>
  )
}
