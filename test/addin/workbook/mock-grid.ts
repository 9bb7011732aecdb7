import { OfficeMockObject } from "office-addin-mock";

// The recording half of the mock workbook: what a user would see on each sheet (cells with their
// value, number format, fill, font and lock; validation rules; conditional formats; notes; charts),
// and the bookkeeping that turns property assignments on office-addin-mock objects into changes.
// No Node built-ins: the browser test bundles this file into the task pane page.

export interface Cell {
  value: string | number | boolean;
  numberFormat: string;
  fill: string | null;
  fontColor: string | null;
  bold: boolean;
  size: number | null;
  locked: boolean;
  /** Wrap text (Format → 自动换行). */
  wrap?: boolean;
  verticalAlignment?: string;
  /** A formula the user typed (the mock computes nothing; `value` stays as it was). */
  formula?: string;
}

export interface Bounds {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface PageLayoutState {
  orientation: string;
  printArea: string | null;
  titleRows: string | null;
  paperSize?: string;
  zoom?: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHorizontally?: boolean;
  leftMargin?: number;
  rightMargin?: number;
  topMargin?: number;
  bottomMargin?: number;
  headerMargin?: number;
  footerMargin?: number;
  footers?: Partial<Record<"leftHeader" | "centerHeader" | "rightHeader" | "leftFooter" | "centerFooter" | "rightFooter", string>>;
}

export interface SheetState {
  name: string;
  visibility: string;
  cells: Map<string, Cell>;
  validations: { address: string; rule: unknown; errorAlert?: unknown }[];
  conditionalFormats: { address: string; type: string; formula?: string; fill?: string; font?: string }[];
  notes: Map<string, string>;
  charts: { type: string; source: string; seriesBy: string; title?: string; legend?: boolean; labels?: boolean; reversed?: boolean; from?: string; to?: string; deleted: boolean }[];
  /** Manual page breaks: the row (one-based) each starts a page at. */
  pageBreaks: number[];
  columnWidths: Map<number, number>;
  frozenRows: number;
  protected: boolean;
  protectOptions: unknown;
  /** Set by the user's own protection; unprotect() without it fails, as in Excel. */
  password?: string;
  /** The print settings (page layout, print area, print titles, header and footer), the clerk's or the add-in's. */
  pageLayout: PageLayoutState;
}

export const key = (r: number, c: number) => `${r},${c}`;

/** `A1` for zero-based (row, column). */
export function addr(r: number, c: number): string {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${r + 1}`;
}

export function newSheet(name: string): SheetState {
  return {
    name,
    visibility: "Visible",
    cells: new Map(),
    validations: [],
    conditionalFormats: [],
    notes: new Map(),
    charts: [],
    columnWidths: new Map(),
    frozenRows: 0,
    pageBreaks: [],
    protected: false,
    protectOptions: undefined,
    pageLayout: { orientation: "Portrait", printArea: null, titleRows: null },
  };
}

export function blankCell(): Cell {
  return { value: "", numberFormat: "General", fill: null, fontColor: null, bold: false, size: null, locked: true };
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Bounds of `A1`, `A1:C3`, `A:A`, `A:C`, `1:3` or "" (the whole sheet); a `Sheet!` prefix and `$` are ignored. */
export function boundsOf(address: string): Bounds {
  const plain = address.replace(/^.*!/, "").replace(/\$/g, "");
  if (plain === "") return { r0: 0, c0: 0, r1: Infinity, c1: Infinity };
  const [a, b = a] = plain.split(":") as [string, string?];
  const part = (p: string) => {
    const m = /^([A-Z]*)(\d*)$/.exec(p)!;
    return { c: m[1] ? columnIndex(m[1]) : null, r: m[2] ? Number(m[2]) - 1 : null };
  };
  const s = part(a);
  const e = part(b);
  return { r0: s.r ?? 0, c0: s.c ?? 0, r1: e.r ?? Infinity, c1: e.c ?? Infinity };
}

export function overlaps(a: Bounds, b: Bounds): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

/** Calls `each` for every cell of finite bounds, or for every existing cell inside infinite bounds. */
export function forCells(sheet: SheetState, b: Bounds, each: (r: number, c: number) => void): void {
  if (Number.isFinite(b.r1) && Number.isFinite(b.c1)) {
    for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) each(r, c);
    return;
  }
  for (const k of [...sheet.cells.keys()]) {
    const [r, c] = k.split(",").map(Number) as [number, number];
    if (r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1) each(r, c);
  }
}

export function cellAt(sheet: SheetState, r: number, c: number): Cell {
  let cell = sheet.cells.get(key(r, c));
  if (!cell) {
    cell = blankCell();
    sheet.cells.set(key(r, c), cell);
  }
  return cell;
}

type Watch = { obj: OfficeMockObject; paths: string[]; base: Map<string, unknown>; apply: (path: string, value: unknown) => void; perRun: boolean };
type Pending = { obj: OfficeMockObject; props: string[]; read: (prop: string) => unknown };

const get = (obj: unknown, path: string) => path.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)?.[p], obj);

/**
 * Turns the mock's property store into changes: assignments are noticed by comparing with the value
 * last seen (flush), and loads are answered at sync from the recorded state, keeping office-addin-mock's
 * "not loaded" reads until then.
 */
export class Tracker {
  private watches: Watch[] = [];
  private byObject = new Map<OfficeMockObject, Watch[]>();
  private pending: Pending[] = [];

  /**
   * `perRun`: the object is made anew for each use (a range, a conditional format), so it lives only
   * as long as the Excel.run that made it, as in Excel, where a proxy object of an ended batch is invalid.
   */
  watch(obj: OfficeMockObject, paths: string[], apply: Watch["apply"], { perRun = false } = {}): void {
    const base = new Map(paths.map((p) => [p, get(obj, p)]));
    const w = { obj, paths, base, apply, perRun };
    this.watches.push(w);
    const same = this.byObject.get(obj);
    if (same) same.push(w);
    else this.byObject.set(obj, [w]);
  }

  /** The end of an Excel.run: what it queued lands, and its per-run objects are forgotten (else every later flush walks them all). */
  endRun(): void {
    this.flush();
    this.watches = this.watches.filter((w) => !w.perRun);
    this.byObject = new Map();
    for (const w of this.watches) {
      const same = this.byObject.get(w.obj);
      if (same) same.push(w);
      else this.byObject.set(w.obj, [w]);
    }
  }

  /** Replaces `load` so that what is asked for is read from the recorded state at the next sync. */
  loadable(obj: OfficeMockObject, read: (prop: string) => unknown): void {
    const target = obj as unknown as Record<string, unknown>;
    target.load = (arg?: string | string[]) => {
      const list = typeof arg === "string" ? arg.split(",") : (arg ?? []);
      this.pending.push({ obj, props: [...new Set(list.map((p) => p.trim().split("/")[0]!))], read });
      return obj;
    };
  }

  /** Answers `prop` of `obj` with `value` at the next sync (a value captured when the load was queued). */
  answerWith(obj: OfficeMockObject, prop: string, value: unknown): void {
    this.pending.push({ obj, props: [prop], read: () => value });
  }

  flush(): void {
    for (const w of this.watches) {
      for (const p of w.paths) {
        const now = get(w.obj, p);
        if (now !== w.base.get(p)) {
          w.base.set(p, now);
          w.apply(p, now);
        }
      }
    }
  }

  /** A failed request: Excel answers none of its loads (their properties stay unloaded). */
  dropLoads(): void {
    this.pending = [];
  }

  async answerLoads(): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    for (const { obj, props, read } of pending) {
      for (const p of props) {
        (obj as unknown as { setValue(name: string, value: unknown): void }).setValue(p, read(p));
        (OfficeMockObject.prototype.load as (this: OfficeMockObject, a: string) => void).call(obj, p);
      }
      await obj.sync();
      for (const w of this.byObject.get(obj) ?? []) for (const p of w.paths) w.base.set(p, get(obj, p));
    }
  }
}
