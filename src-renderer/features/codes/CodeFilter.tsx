import type { CodeRow } from '../../../src-main/contract/codes.ts'

export type CodeFilterChoice = 'all' | 'none' | number

/** The claim filter's code choice: any code (with its sub-codes), claims without a code, or all. */
export function CodeFilter({
  value,
  onChange,
  codebook
}: {
  value: CodeFilterChoice
  onChange: (v: CodeFilterChoice) => void
  codebook: readonly CodeRow[]
}) {
  // shown (disabled) with an empty codebook too: the first code added does not push the export buttons along
  return (
    <select
      aria-label="Code"
      className="code-filter"
      disabled={codebook.length === 0}
      title={codebook.length === 0 ? 'No codes yet (Codebook)' : undefined}
      value={String(value)}
      onChange={(e) => onChange(e.target.value === 'all' || e.target.value === 'none' ? e.target.value : Number(e.target.value))}
    >
      <option value="all">All codes</option>
      <option value="none">Without a code</option>
      {codebook.map((c) => (
        <option key={c.id} value={c.id}>
          {'\u2003'.repeat(c.depth)}
          {c.name}
        </option>
      ))}
    </select>
  )
}
