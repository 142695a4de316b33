import type { AgreementFigures } from '../../../src-main/shared/coding'
import type { Coder } from '../../../src-main/shared/model'
import { coefficient } from './figures'

/** Cohen's κ of each pair of coders, for speaker, position and stance. */
export function PairKappas({
  pairs,
  coders,
}: {
  pairs: AgreementFigures['pairs']
  coders: Coder[]
}) {
  const name = (id: string) => coders.find((c) => c.id === id)?.name ?? 'a coder'
  return (
    <table className="agreement-table">
      <thead>
        <tr>
          <th scope="col">Coders</th>
          <th scope="col">κ speaker</th>
          <th scope="col">κ position</th>
          <th scope="col">κ stance</th>
          <th scope="col">Units both coded</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map((pair) => (
          <tr key={pair.coders.join('-')}>
            <th scope="row">
              {name(pair.coders[0])} and {name(pair.coders[1])}
            </th>
            <td className="figure">{coefficient(pair.speaker.kappa)}</td>
            <td className="figure">{coefficient(pair.position.kappa)}</td>
            <td className="figure">{coefficient(pair.stance.kappa)}</td>
            <td>{Math.max(pair.speaker.units, pair.position.units, pair.stance.units)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
