import type { StatementMode } from '../../shared/model'
import type { Quote, Span } from './finding'

/** Direct when the words are one quotation, mixed when quoted words sit inside a paraphrase. */
export function statementMode(content: Span, quotes: readonly Quote[]): StatementMode {
  const inside = quotes.filter((quote) => quote.start < content.end && quote.end > content.start)
  if (inside.length === 0) return 'indirect'
  const [first] = inside
  if (inside.length === 1 && first.open <= content.start && first.close >= content.end - 1)
    return 'direct'
  return 'mixed'
}
