import type { ArticleSummary } from '../../../src-main/contract/index.ts'
import './article-picker.css'

/**
 * A report picker that never needs the whole library: a find box (its words narrow the choices to the best matches of
 * the library's search) beside a select of the choices `useArticleChoices` gives. `none` is the first option's text,
 * chosen when `value` is null (Compare's "Choose an article…", Team's "All articles …"); without it, null shows nothing.
 */
export function ArticlePicker({
  label,
  findLabel,
  value,
  articles,
  query,
  onQuery,
  onChange,
  none,
  className
}: {
  label: string
  findLabel: string
  value: number | null
  articles: readonly ArticleSummary[]
  query: string
  onQuery: (q: string) => void
  onChange: (id: number | null) => void
  none?: string
  className?: string
}) {
  return (
    <span className={`article-picker${className ? ` ${className}` : ''}`}>
      <input
        type="search"
        className="article-picker-find"
        aria-label={findLabel}
        placeholder="Find…"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
      />
      <label>
        <span>{label}</span>
        <select value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
          {none !== undefined ? <option value="">{none}</option> : null}
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
      </label>
    </span>
  )
}
