/** D1 binds at most 100 parameters per statement: split multi-row inserts to fit. */
export function chunkForD1<T>(rows: ReadonlyArray<T>, paramsPerRow: number): T[][] {
  const size = Math.max(1, Math.floor(100 / paramsPerRow));
  const chunks: T[][] = [];
  for (let i = 0; i < rows.length; i += size) chunks.push(rows.slice(i, i + size));
  return chunks;
}
