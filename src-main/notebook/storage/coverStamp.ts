/** Which version of an article a derived index was made from: its revision and when it was saved. */
export function coverStamp(article: { revision: number; updatedAt: string }): string {
  return `${article.revision} ${article.updatedAt}`
}
