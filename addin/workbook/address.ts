// A1 addresses from zero-based indexes. The workbook code names every range by address, so one request
// reads like the cells it touches.

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** `A1` for (row 0, column 0). */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** `A1:C3` for a block of `rows` × `columns` starting at (row, column); a single cell stays `A1`. */
export function blockAddress(row: number, column: number, rows: number, columns: number): string {
  const start = cellAddress(row, column);
  if (rows === 1 && columns === 1) return start;
  return `${start}:${cellAddress(row + rows - 1, column + columns - 1)}`;
}

/** Zero-based (row, column) of a single-cell address such as `C7` or `督办事项!C7`. */
export function parseCell(address: string): { row: number; column: number } | null {
  const m = /([A-Z]+)(\d+)$/.exec(address.replace(/\$/g, ""));
  if (!m) return null;
  let column = 0;
  for (const ch of m[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, column: column - 1 };
}
