// How a pull is cut into requests. Excel on the web refuses a request or response over 5 MB
// (RichApi.Error "the request payload size has exceeded the limit"). Each chunk stays under both budgets:
// at most CHUNK_CELLS cells and at most CHUNK_BYTES of estimated JSON (values and number formats), which
// leaves room for the envelope and the formatting queued in the same request. 10,000 matters × 17 columns
// = 170,000 cells → 9 chunks → 10 syncs in all.

export const CHUNK_CELLS = 20_000;
export const CHUNK_BYTES = 2_000_000;
/** Reads cannot be sized before they happen, so they use a smaller cell budget. */
export const READ_CHUNK_CELLS = 10_000;

/** Row counts of consecutive chunks covering `rows` (each row an array of cell values). */
export function planChunks(rows: readonly unknown[][], formatBytesPerRow: number): number[] {
  const sizes: number[] = [];
  let count = 0;
  let cells = 0;
  let bytes = 0;
  for (const row of rows) {
    const rowBytes = JSON.stringify(row).length * 3 + formatBytesPerRow;
    if (count > 0 && (cells + row.length > CHUNK_CELLS || bytes + rowBytes > CHUNK_BYTES)) {
      sizes.push(count);
      count = 0;
      cells = 0;
      bytes = 0;
    }
    count += 1;
    cells += row.length;
    bytes += rowBytes;
  }
  if (count > 0 || sizes.length === 0) sizes.push(count);
  return sizes;
}
