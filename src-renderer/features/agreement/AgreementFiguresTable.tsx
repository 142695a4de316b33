import type { AgreementFigures } from '../../../src-main/shared/coding'
import { coefficient, percent } from './figures'

const ROWS: {
  label: string
  level: string
  explained: string
  alpha: (f: AgreementFigures) => number | null
  agreement?: (f: AgreementFigures) => { percentAgreement: number | null; units: number }
}[] = [
  {
    label: 'Words',
    level: 'α for unitizing (αU), over characters',
    explained: 'Did the coders mark the same words as statements?',
    alpha: (f) => f.alphaU,
  },
  {
    label: 'Speaker',
    level: 'Krippendorff’s α, nominal',
    explained: 'Did they name the same speaker? Any two different speakers disagree equally.',
    alpha: (f) => f.speaker.alpha,
    agreement: (f) => f.speaker,
  },
  {
    label: 'Position',
    level: 'Krippendorff’s α, nominal',
    explained: 'Did they code the same position from the codebook?',
    alpha: (f) => f.position.alpha,
    agreement: (f) => f.position,
  },
  {
    label: 'Stance',
    level: 'Krippendorff’s α, ordinal',
    explained:
      'Did they code the same stance? Opposes < neutral < supports: neutral against supports is a smaller disagreement than opposes against supports.',
    alpha: (f) => f.stance.alpha,
    agreement: (f) => f.stance,
  },
]

/** The coefficients of one set of articles, each with its level of measurement and what it asks. */
export function AgreementFiguresTable({ figures }: { figures: AgreementFigures }) {
  return (
    <table className="agreement-table agreement-figures">
      <thead>
        <tr>
          <th scope="col">What</th>
          <th scope="col">Coefficient</th>
          <th scope="col">α</th>
          <th scope="col">Percent agreement</th>
          <th scope="col">Units compared</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map((row) => {
          const agreement = row.agreement?.(figures)
          return (
            <tr key={row.label}>
              <th scope="row">
                {row.label}
                <span className="figure-explained">{row.explained}</span>
              </th>
              <td>{row.level}</td>
              <td className="figure">{coefficient(row.alpha(figures))}</td>
              <td>{agreement ? percent(agreement.percentAgreement) : '—'}</td>
              <td>{agreement ? agreement.units : figures.units}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
