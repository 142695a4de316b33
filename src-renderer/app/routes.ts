/** Where the analyst is: one view of the archive, addressed by the page's hash so Back works. */
export type Route =
  | { view: 'articles'; articleId?: string; statementId?: string; compare?: boolean }
  | { view: 'statements' }
  | { view: 'speakers'; speakerId?: string }
  | { view: 'codebook' }
  | { view: 'analysis' }
  | { view: 'agreement' }
  | { view: 'settings' }
  | { view: 'conflicts' }

const ID = '([A-Za-z0-9_-]+)'

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '')
  let match = new RegExp(`^/article/${ID}/compare$`).exec(path)
  if (match) return { view: 'articles', articleId: match[1], compare: true }
  match = new RegExp(`^/article/${ID}(?:/statement/${ID})?$`).exec(path)
  if (match) return { view: 'articles', articleId: match[1], statementId: match[2] }
  match = new RegExp(`^/speakers(?:/${ID})?$`).exec(path)
  if (match) return { view: 'speakers', speakerId: match[1] }
  if (path === '/statements') return { view: 'statements' }
  if (path === '/codebook') return { view: 'codebook' }
  if (path === '/analysis') return { view: 'analysis' }
  if (path === '/agreement') return { view: 'agreement' }
  if (path === '/settings') return { view: 'settings' }
  if (path === '/conflicts') return { view: 'conflicts' }
  return { view: 'articles' }
}

export function routeHash(route: Route): string {
  switch (route.view) {
    case 'articles':
      if (!route.articleId) return '#/articles'
      if (route.compare) return `#/article/${route.articleId}/compare`
      return `#/article/${route.articleId}${route.statementId ? `/statement/${route.statementId}` : ''}`
    case 'speakers':
      return route.speakerId ? `#/speakers/${route.speakerId}` : '#/speakers'
    default:
      return `#/${route.view}`
  }
}

export function go(route: Route): void {
  location.hash = routeHash(route)
}
