import { expect, type Locator } from '@playwright/test'

/** Columns of a claims grid (the cell's class is `col-<id>`). */
type Column = 'confidence' | 'attributedTo' | 'note' | 'sourceReliability' | 'claimCredibility'

/** One claim row's cell for a column. */
export const claimCell = (row: Locator, column: Column): Locator => row.locator(`[role="gridcell"].col-${column}`)

/**
 * What a claim row shows for a column, the way the analyst reads it. Claims grids draw light rows: plain text in
 * every cell but the selected row's active one, which holds the field's editor (a select: its chosen option; a text
 * field: its value, or "—" when empty, as the plain cell shows it).
 */
async function shown(row: Locator, column: Column): Promise<string> {
  return await claimCell(row, column).evaluate((cell) => {
    const select = cell.querySelector('select')
    if (select) return select.selectedOptions[0]?.textContent?.trim() ?? ''
    const input = cell.querySelector('input')
    if (input) return input.value || input.placeholder
    return (cell.querySelector('.cell-plain') ?? cell).textContent?.trim() ?? ''
  })
}

/** Waits until the row shows `value` for the column (through its plain text or its editor). */
export async function expectShown(row: Locator, column: Column, value: string): Promise<void> {
  await expect(row).toHaveCount(1)
  await expect.poll(() => shown(row, column)).toBe(value)
}
