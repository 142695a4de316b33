import { useState } from 'react'
import { messageOf } from '../../../src-main/shared/errors'
import { api } from '../../api'
import { routeHash } from '../../app/routes'
import { useArchiveQuery } from '../../app/useArchiveQuery'
import { counted } from '../../ui/counted'
import { FormError } from '../../ui/FormError'
import { saveExportedFile } from '../export/saveExportedFile'
import { AgreementFiguresTable } from './AgreementFiguresTable'
import { coefficient } from './figures'
import { PairKappas } from './PairKappas'
import './agreement.css'

const loadAgreement = () => api.agreement({})

/** How far the coders agree, over every double-coded article they have all marked done. */
export function AgreementView() {
  const { value: report, error } = useArchiveQuery(loadAgreement)
  const [message, setMessage] = useState<string>()
  const exportAs = async (format: 'csv' | 'markdown') => {
    try {
      setMessage(await saveExportedFile(await api.exportAgreement({}, format)))
    } catch (caught) {
      setMessage(messageOf(caught))
    }
  }

  return (
    <main className="agreement" aria-label="Agreement">
      <div className="agreement-head">
        <h1>Agreement</h1>
        <span className="spacer" />
        <button type="button" disabled={!report?.articles} onClick={() => void exportAs('csv')}>
          Export CSV
        </button>
        <button
          type="button"
          disabled={!report?.articles}
          onClick={() => void exportAs('markdown')}
        >
          Export Markdown report
        </button>
      </div>
      {message && (
        <p className="hint" role="status">
          {message}
        </p>
      )}
      <FormError message={error} />
      {report && report.articles === 0 && (
        <p className="empty-hint">
          No article is double-coded and done by all its coders yet. Choose articles in the library,
          press Code independently…, and once every coder has marked them done their agreement shows
          here.
        </p>
      )}
      {report && report.articles > 0 && (
        <>
          <p className="agreement-scope">
            {counted(report.articles, 'article', 'articles')} coded independently by{' '}
            {report.coders.map((c) => c.name).join(', ')}:{' '}
            {counted(report.overall.units, 'unit', 'units')} ({report.overall.lone} marked by one
            coder only). Statements of different coders are one unit where their words overlap by at
            least half of the shorter.
          </p>
          <section aria-labelledby="agreement-overall">
            <h2 id="agreement-overall">All articles</h2>
            <AgreementFiguresTable figures={report.overall} />
          </section>
          <section aria-labelledby="agreement-pairs">
            <h2 id="agreement-pairs">Each pair of coders (Cohen’s κ)</h2>
            <p className="hint">
              Cohen’s κ: agreement between two coders over the units both coded, beyond what chance
              would give (1 is perfect, 0 chance).
            </p>
            <PairKappas pairs={report.overall.pairs} coders={report.coders} />
          </section>
          <section aria-labelledby="agreement-articles">
            <h2 id="agreement-articles">Each article</h2>
            <table className="agreement-table">
              <thead>
                <tr>
                  <th scope="col">Article</th>
                  <th scope="col">Units</th>
                  <th scope="col">α words</th>
                  <th scope="col">α speaker</th>
                  <th scope="col">α position</th>
                  <th scope="col">α stance</th>
                </tr>
              </thead>
              <tbody>
                {report.perArticle.map((article) => (
                  <tr key={article.articleId}>
                    <th scope="row">
                      <a
                        href={routeHash({
                          view: 'articles',
                          articleId: article.articleId,
                          compare: true,
                        })}
                      >
                        {article.title || 'Untitled article'}
                      </a>
                    </th>
                    <td>{article.units}</td>
                    <td>{coefficient(article.alphaU)}</td>
                    <td>{coefficient(article.speaker.alpha)}</td>
                    <td>{coefficient(article.position.alpha)}</td>
                    <td>{coefficient(article.stance.alpha)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </main>
  )
}
