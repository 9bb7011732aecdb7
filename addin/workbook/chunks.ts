// How a write or a read is cut into requests. Excel on the web refuses a request or response over 5 MB
// (RichApi.Error "RequestPayloadSizeLimitExceeded" / "ResponsePayloadSizeLimitExceeded"). Sizes are
// counted in real UTF-8 bytes of the JSON that carries the values and number formats (a Chinese
// character is 3 bytes), so text-heavy rows (three 4,000-character texts in a report) are cut as finely
// as they need, and short rows travel many to a request. A write is planned by bytes alone: each chunk
// stays under CHUNK_BYTES (under 4 MB, which leaves more than 1 MB for the envelope and the formatting
// queued with the first chunk), so a write of B bytes takes about ⌈B / CHUNK_BYTES⌉ requests whatever
// its row count — round trips, not cells, are what a pull waits on.

export const CHUNK_BYTES = 3_900_000;
/** A read's first chunk, before any row has been measured. */
export const FIRST_READ_ROWS = 20;
/** Cell budget of a read; its byte budget is CHUNK_BYTES like a write's. */
export const READ_CHUNK_CELLS = 10_000;

/** UTF-8 length of a string, without encoding it. */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of a value as it travels in a request (its JSON). */
export const jsonBytes = (value: unknown): number => utf8Bytes(JSON.stringify(value) ?? "");

/** One unit a chunk is made of: a sheet row, or a row of the workbook snapshot, by its bytes in a request. */
export interface ChunkItem {
  bytes: number;
}

/**
 * Consecutive chunks covering `items`, as item counts. The first chunk's budget is reduced by
 * `firstExtraBytes` (the table structure and lists travel with it). A single item over the budget
 * still gets a chunk of its own.
 */
export function planChunks(items: readonly ChunkItem[], firstExtraBytes = 0): number[] {
  const sizes: number[] = [];
  let count = 0;
  let bytes = firstExtraBytes;
  for (const item of items) {
    if (count > 0 && bytes + item.bytes > CHUNK_BYTES) {
      sizes.push(count);
      count = 0;
      bytes = 0;
    }
    count += 1;
    bytes += item.bytes;
  }
  if (count > 0 || sizes.length === 0) sizes.push(count);
  return sizes;
}

/** Whether an Excel error is the request or response size limit (the block is then read in halves). */
export function isPayloadLimit(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && /PayloadSizeLimitExceeded/i.test(code);
}

/**
 * Reads `rowCount` rows of `columns` columns starting at (row, column) of a sheet, a chunk per sync.
 * Reads cannot be sized before they happen, so the first chunk is small and each later one is sized by
 * the largest row measured so far (with a margin); a response over the limit is read again in halves.
 */
export async function readBlocks(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  at: { row: number; column: number; rowCount: number; columns: number },
  address: (row: number, column: number, rows: number, columns: number) => string,
): Promise<unknown[][]> {
  const out: unknown[][] = [];
  let widest = 0;
  let step = Math.min(FIRST_READ_ROWS, at.rowCount);
  for (let start = 0; start < at.rowCount; ) {
    const count = Math.max(1, Math.min(step, at.rowCount - start));
    const chunk = sheet.getRange(address(at.row + start, at.column, count, at.columns));
    chunk.load("values");
    try {
      await context.sync();
    } catch (err) {
      if (!isPayloadLimit(err) || count === 1) throw err;
      step = Math.ceil(count / 2);
      continue;
    }
    for (const cells of chunk.values) {
      widest = Math.max(widest, jsonBytes(cells));
      out.push(cells);
    }
    start += count;
    const byBytes = Math.floor(CHUNK_BYTES / (Math.max(1, widest) * 1.25));
    step = Math.max(1, Math.min(byBytes, Math.floor(READ_CHUNK_CELLS / Math.max(1, at.columns))));
  }
  return out;
}
