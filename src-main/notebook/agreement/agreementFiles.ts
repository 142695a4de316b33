import type { Root, RootContent, TableRow } from 'mdast'
import type { AgreementFigures, AgreementReport } from '../../shared/coding'
import type { ExportedFile } from '../../shared/contract'
import { stringifyCsv } from '../export/stringifyCsv'
import { stringifyMarkdown } from '../export/stringifyMarkdown'
import { MATCH_SHARE } from './matchUnits'

const figure = (value: number | null | undefined) => (value == null ? '' : value.toFixed(3))

type Pair = AgreementFigures['pairs'][number]
const VARIABLES = ['speaker', 'position', 'stance'] as const

/** The agreement as CSV: a row per article, then a row for all of them together. */
export function agreementCsv(report: AgreementReport): ExportedFile {
  const name = (id: string) => report.coders.find((coder) => coder.id === id)?.name ?? id
  const pairNames = report.overall.pairs.map(
    (pair) => `${name(pair.coders[0])} & ${name(pair.coders[1])}`,
  )
  const header = [
    ...['article_id', 'title', 'units', 'one_coder_units', 'alpha_u'],
    ...VARIABLES.flatMap((v) => [`${v}_alpha`, `${v}_percent_agreement`]),
    ...pairNames.flatMap((pair) => VARIABLES.map((v) => `${v}_kappa ${pair}`)),
  ]
  const row = (articleId: string, title: string, f: AgreementFigures) => [
    articleId,
    title,
    String(f.units),
    String(f.lone),
    figure(f.alphaU),
    ...VARIABLES.flatMap((v) => [figure(f[v].alpha), figure(f[v].percentAgreement)]),
    ...f.pairs.flatMap((pair: Pair) => VARIABLES.map((v) => figure(pair[v].kappa))),
  ]
  const rows = [
    header,
    ...report.perArticle.map((f) => row(f.articleId, f.title, f)),
    row('', 'All articles', report.overall),
  ]
  return {
    filename: 'stancemark-agreement.csv',
    mediaType: 'text/csv',
    content: stringifyCsv(rows),
    encoding: 'utf8',
  }
}

const text = (value: string) => ({ type: 'text' as const, value })
const paragraph = (...children: RootContent[]): RootContent =>
  ({ type: 'paragraph', children }) as RootContent
const heading = (depth: 1 | 2, value: string): RootContent => ({
  type: 'heading',
  depth,
  children: [text(value)],
})
const table = (rows: string[][]): RootContent => ({
  type: 'table',
  align: rows[0].map((_, i) => (i === 0 ? 'left' : 'right')),
  children: rows.map((cells): TableRow => ({
    type: 'tableRow',
    children: cells.map((cell) => ({ type: 'tableCell', children: [text(cell)] })),
  })),
})
const list = (items: string[]): RootContent => ({
  type: 'list',
  ordered: false,
  spread: false,
  children: items.map((item) => ({
    type: 'listItem',
    spread: false,
    children: [{ type: 'paragraph', children: [text(item)] }],
  })),
})

/** The agreement as a Markdown report a methods section can cite. */
export function agreementMarkdown(report: AgreementReport): ExportedFile {
  const name = (id: string) => report.coders.find((coder) => coder.id === id)?.name ?? id
  const { overall } = report
  const coders = report.coders.map((coder) => coder.name).join(', ')
  const share = `${MATCH_SHARE * 100} %`
  const children: RootContent[] = [
    heading(1, 'Intercoder agreement'),
    paragraph(
      text(
        `${report.articles} ${report.articles === 1 ? 'article was' : 'articles were'} coded independently by ${report.coders.length} coders (${coders}), each blind to the others’ statements until they marked the article done. They marked ${overall.units} statement units, ${overall.lone} of them by one coder only.`,
      ),
    ),
    heading(2, 'How statements were matched'),
    paragraph(
      text(
        `Statements of different coders were matched as one unit where their spans overlap by at least ${share} of the shorter span, one to one, the largest overlap first; a statement no other coder’s matched is a unit of one coder. Speaker, position and stance are compared over matched units; speakers merged in the registry count as one speaker.`,
      ),
    ),
    heading(2, 'Coefficients'),
    table([
      ['Coefficient', 'Level of measurement', 'Value', 'Percent agreement', 'Units'],
      [
        'Krippendorff’s α_u (which words were marked)',
        'unitizing, over characters',
        figure(overall.alphaU),
        '',
        String(overall.units),
      ],
      [
        'Krippendorff’s α, speaker',
        'nominal',
        figure(overall.speaker.alpha),
        figure(overall.speaker.percentAgreement),
        String(overall.speaker.units),
      ],
      [
        'Krippendorff’s α, position',
        'nominal',
        figure(overall.position.alpha),
        figure(overall.position.percentAgreement),
        String(overall.position.units),
      ],
      [
        'Krippendorff’s α, stance',
        'ordinal (opposes < neutral < supports)',
        figure(overall.stance.alpha),
        figure(overall.stance.percentAgreement),
        String(overall.stance.units),
      ],
    ]),
    heading(2, 'Cohen’s κ for each pair of coders'),
    table([
      ['Coders', 'Speaker κ', 'Position κ', 'Stance κ', 'Units both coded'],
      ...overall.pairs.map((pair) => [
        `${name(pair.coders[0])} & ${name(pair.coders[1])}`,
        figure(pair.speaker.kappa),
        figure(pair.position.kappa),
        figure(pair.stance.kappa),
        String(pair.speaker.units),
      ]),
    ]),
    heading(2, 'Per article'),
    table([
      ['Article', 'Units', 'α_u', 'Speaker α', 'Position α', 'Stance α'],
      ...report.perArticle.map((f) => [
        f.title,
        String(f.units),
        figure(f.alphaU),
        figure(f.speaker.alpha),
        figure(f.position.alpha),
        figure(f.stance.alpha),
      ]),
    ]),
    heading(2, 'References'),
    list([
      'Krippendorff, K. (2011). Computing Krippendorff’s Alpha-Reliability. Annenberg School for Communication, University of Pennsylvania.',
      'Krippendorff, K. (2004). Content Analysis: An Introduction to Its Methodology (2nd ed.), p. 254. Thousand Oaks, CA: Sage.',
      'Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and Psychological Measurement, 20(1), 37–46.',
    ]),
  ]
  const root: Root = { type: 'root', children }
  return {
    filename: 'stancemark-agreement.md',
    mediaType: 'text/markdown; charset=utf-8',
    content: stringifyMarkdown(root),
    encoding: 'utf8',
  }
}
