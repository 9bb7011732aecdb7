/**
 * How many bytes an uploaded .xlsx (a zip) holds once inflated, measured by inflating it — the
 * sizes a zip declares can lie — and stopping as soon as a budget is passed. An .xlsx is read whole
 * into memory (exceljs, over JSZip); a 100 KB upload of deflated blanks can hold hundreds of MB,
 * far past an isolate's 128 MB, so the budget is checked before exceljs sees the file.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

export type ZipSize = { kind: "ok"; inflated: number } | { kind: "too_large" } | { kind: "not_zip" };

interface Entry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** The inflated size of every entry, or `too_large` once past `budget`, or `not_zip`. */
export async function inflatedSize(bytes: ArrayBuffer, budget: number): Promise<ZipSize> {
  const view = new DataView(bytes);
  const entries = centralDirectory(view);
  if (!entries) return { kind: "not_zip" };
  let total = 0;
  for (const entry of entries) {
    const data = entryData(view, entry);
    if (!data) return { kind: "not_zip" };
    if (entry.method === STORED) total += data.byteLength;
    else if (entry.method === DEFLATED) {
      const inflated = await inflateUpTo(data, budget - total);
      if (inflated === null) return { kind: "not_zip" };
      if (inflated === Infinity) return { kind: "too_large" };
      total += inflated;
    } else return { kind: "not_zip" };
    if (total > budget) return { kind: "too_large" };
  }
  return { kind: "ok", inflated: total };
}

/** The entries the central directory lists (no zip64, no multi-disk: an .xlsx needs neither). */
function centralDirectory(view: DataView): Entry[] | null {
  const end = findEndRecord(view);
  if (end === null) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) return null;
    entries.push({ method: view.getUint16(at + 10, true), compressedSize: view.getUint32(at + 20, true), localOffset: view.getUint32(at + 42, true) });
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** The end-of-central-directory record: within the last 22 + 65,535 bytes (its comment at most that). */
function findEndRecord(view: DataView): number | null {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return null;
}

/** An entry's compressed bytes, after its local header; null when they lie outside the file. */
function entryData(view: DataView, entry: Entry): Uint8Array | null {
  const at = entry.localOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > view.byteLength) return null;
  return new Uint8Array(view.buffer, view.byteOffset + start, entry.compressedSize);
}

/** Bytes `data` inflates to; Infinity as soon as that passes `budget`; null if it is not deflate. */
async function inflateUpTo(data: Uint8Array, budget: number): Promise<number | null> {
  const reader = new Blob([data]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return size;
      size += value.byteLength;
      if (size > budget) {
        await reader.cancel();
        return Infinity;
      }
    }
  } catch {
    return null;
  }
}
