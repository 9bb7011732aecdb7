// Excel date serials <-> `YYYY-MM-DD`. Serial 1 is 1900-01-01 in Excel's 1900 date system, which counts a
// fictitious 1900-02-29; from 1900-03-01 on (serial 61) a serial is the number of days since 1899-12-30.
// Only whole days are meaningful here; a time of day is dropped. Dates before 1900-03-01 are refused.

const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
const FIRST = 61;

/** `YYYY-MM-DD` of a serial, or null when it is not a usable date (before 1900-03-01, after 9999-12-31, NaN). */
export function isoOfSerial(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  if (day < FIRST || day > 2_958_465) return null;
  const d = new Date(EPOCH + day * MS_PER_DAY);
  const y = String(d.getUTCFullYear()).padStart(4, "0");
  const m = String(d.getUTCMonth() + 1).padStart(2, "0");
  const dd = String(d.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${dd}`;
}

/** Serial of a strict `YYYY-MM-DD` (no validity check beyond the shape: callers validate first). */
export function serialOfIso(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const serial = Math.round((t - EPOCH) / MS_PER_DAY);
  return serial >= FIRST ? serial : null;
}
