import type { Quote, Token } from './finding'

/** The quotation a quote-mark token opens or closes, if it does. */
export function quoteAt(
  quotes: readonly Quote[],
  token: Token | undefined,
  side: 'open' | 'close',
): Quote | undefined {
  if (!token) return undefined
  return quotes.find((quote) =>
    side === 'open'
      ? quote.open === token.start
      : quote.close === token.end && quote.end === token.start,
  )
}
