/**
 * Krippendorff's alpha for nominal data, any number of coders, missing values
 * allowed, computed through the coincidence matrix as in Krippendorff (2011),
 * "Computing Krippendorff's Alpha-Reliability", section C (nominal data, any
 * number of observers, missing data):
 *
 *   alpha = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k
 *
 * where each unit with m_u ≥ 2 values adds 1/(m_u − 1) to o_ck for every ordered
 * pair of values from different coders, n_c are the coincidence matrix's
 * marginals and n their total. Units with fewer than two values are not pairable
 * and drop out. Null when undefined: fewer than two pairable values, or only one
 * value used at all (no variation to agree on).
 *
 * `units` is one array per unit holding each coder's value, or null where that
 * coder gave none.
 */
export function krippendorffAlphaNominal(units: readonly (readonly (string | null)[])[]): number | null {
  const coincidences = new Map<string, Map<string, number>>()
  const add = (c: string, k: string, w: number): void => {
    let row = coincidences.get(c)
    if (!row) coincidences.set(c, (row = new Map()))
    row.set(k, (row.get(k) ?? 0) + w)
  }
  for (const unit of units) {
    const values = unit.filter((v): v is string => v !== null)
    const m = values.length
    if (m < 2) continue
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) add(values[i]!, values[j]!, 1 / (m - 1))
  }
  const marginals = new Map<string, number>()
  let n = 0
  let disagreeObserved = 0
  for (const [c, row] of coincidences) {
    for (const [k, o] of row) {
      marginals.set(c, (marginals.get(c) ?? 0) + o)
      n += o
      if (c !== k) disagreeObserved += o
    }
  }
  if (n < 2 || marginals.size < 2) return null
  let disagreeExpected = 0
  for (const [c, nc] of marginals) for (const [k, nk] of marginals) if (c !== k) disagreeExpected += nc * nk
  return 1 - ((n - 1) * disagreeObserved) / disagreeExpected
}
