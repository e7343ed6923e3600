import { useCall } from '../../api/use-call.ts'
import { ErrorNote } from '../../ui/ErrorNote.tsx'
import { analystColour } from './analyst-colours.ts'

const fmt = (x: number | null, digits = 2): string => (x === null ? '—' : x.toFixed(digits))

/** Agreement on the confidence tag and the spans: kappa, alpha, percent, per tag, what was left unmatched, and warnings. */
export function AgreementView({ articleId, version, analysts }: { articleId: number | null; version: number; analysts: string[] }) {
  const report = useCall('agreement.report', articleId === null ? {} : { articleId }, version)
  if (report.error) return <ErrorNote error={report.error} onRetry={report.reload} />
  const r = report.data
  if (!r) return <p aria-busy="true">Working out agreement…</p>
  if (r.articles === 0)
    return (
      <p className="team-empty">
        No article has claims from two or more analysts yet{articleId === null ? '' : ' here'}. Sync, or wait for teammates to mark it.
      </p>
    )
  const figures: [string, string][] = [
    ['Analysts', String(r.analysts.length)],
    ['Articles', String(r.articles)],
    ['Matched spans', String(r.matched)],
    ['Unmatched claims', String(r.unmatched)],
    ['Tag agreement', r.percent === null ? '—' : `${r.percent}%`],
    ["Cohen's kappa", r.analysts.length === 2 ? fmt(r.cohenKappa, 3) : '— (two analysts only)'],
    ["Krippendorff's alpha", fmt(r.krippendorffAlpha, 3)],
    ['Span agreement (F1)', fmt(r.spanF1, 3)]
  ]
  return (
    <div className="agreement" role="region" aria-label="Agreement">
      <p className="team-legend">
        {r.analysts.map((a) => (
          <span key={a} className="analyst-chip" style={{ borderColor: analystColour(analysts, a) }}>
            {a}
          </span>
        ))}
      </p>
      <table className="agreement-figures" aria-label="Agreement figures">
        <tbody>
          {figures.map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="agreement-tags" aria-label="Per tag">
        <thead>
          <tr>
            <th scope="col">Tag</th>
            {r.analysts.map((a) => (
              <th key={a} scope="col">
                {a}
              </th>
            ))}
            <th scope="col">Specific agreement</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(r.perTag).map(([tag, f]) => (
            <tr key={tag}>
              <th scope="row">{tag}</th>
              {r.analysts.map((a) => (
                <td key={a}>{f.uses[a] ?? 0}</td>
              ))}
              <td>{fmt(f.specificAgreement)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {r.diagnostics.length ? (
        <ul className="agreement-notes" aria-label="Diagnostics">
          {r.diagnostics.map((d) => (
            <li key={d.message}>{d.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
