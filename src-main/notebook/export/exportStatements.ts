import { write as writeGexf } from 'graphology-gexf'
import type { ExportedFile, StatementExport } from '../../shared/contract'
import type { Catalog } from '../storage/catalog'
import type { MatchedArticle } from '../statements/matchStatements'
import { writeGraphml } from './graphml'
import { speakerPositionNetwork, speakerSpeakerNetwork } from './statementNetworks'
import { statementsCsv } from './statementsCsv'
import { xmlSafeAttributes } from './xmlSafe'

const MEDIA_TYPES = { gexf: 'application/gexf+xml', graphml: 'application/graphml+xml' }

/** Matched statements as the file the analyst asked for. */
export function exportStatements(
  matched: readonly MatchedArticle[],
  catalog: Catalog,
  format: StatementExport,
): ExportedFile {
  if (format.format === 'csv') {
    return {
      filename: 'stancemark-statements.csv',
      mediaType: 'text/csv',
      content: statementsCsv(matched, catalog, format),
      encoding: 'utf8',
    }
  }
  const graph =
    format.network === 'speaker-position'
      ? speakerPositionNetwork(matched, catalog)
      : speakerSpeakerNetwork(matched, catalog)
  graph.setAttribute('creator', 'Stancemark')
  // Names written before the contract took control characters out must not break the XML.
  graph.updateEachNodeAttributes((_, attributes) => xmlSafeAttributes(attributes))
  graph.updateEachEdgeAttributes((_, attributes) => xmlSafeAttributes(attributes))
  return {
    filename: `stancemark-${format.network}.${format.format}`,
    mediaType: MEDIA_TYPES[format.format],
    content: format.format === 'gexf' ? writeGexf(graph) : writeGraphml(graph),
    encoding: 'utf8',
  }
}
