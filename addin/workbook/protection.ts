/**
 * The add-in no longer protects its sheets: Excel refuses to sort a protected range that holds locked
 * cells, and every table has locked server columns. Server columns are instead restored from the
 * server on every push and pull, and a push says which ones had been typed over (docs/addin-workbook.md,
 * "Server columns"). Kept, doing nothing, because refusals.ts still calls it after marking; remove it
 * together with that call.
 */
export function protectSheet(_sheet: Excel.Worksheet): void {}
