/** The explorer's columns that sort; the archive sorts each (see StatementFilter.sort). */
export type SortKey = 'quote' | 'speaker' | 'position' | 'stance' | 'article' | 'published'
export interface Sort {
  key: SortKey
  direction: 'ascending' | 'descending'
}
