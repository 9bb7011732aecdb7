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
  cells: CellGrid;
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

/**
 * A sheet's cells by "row,column" key, as the tests read them, stored row by row: a pull of 100,000
 * rows makes over a million cells, and hashing a key for each cost seconds. Iterated row by row.
 */
export class CellGrid implements Map<string, Cell> {
  private rows: (Cell | undefined)[][] = [];
  private count = 0;
  readonly [Symbol.toStringTag] = "CellGrid";

  private static position(k: string): [number, number] {
    const comma = k.indexOf(",");
    return [Number(k.slice(0, comma)), Number(k.slice(comma + 1))];
  }

  at(r: number, c: number): Cell | undefined {
    return this.rows[r]?.[c];
  }
  put(r: number, c: number, cell: Cell): void {
    const row = (this.rows[r] ??= []);
    if (row[c] === undefined) this.count++;
    row[c] = cell;
  }
  remove(r: number, c: number): boolean {
    const row = this.rows[r];
    if (row?.[c] === undefined) return false;
    row[c] = undefined;
    this.count--;
    return true;
  }
  /** Every cell's row and column, without making its key. */
  *positions(): IterableIterator<[number, number]> {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (row) for (let c = 0; c < row.length; c++) if (row[c] !== undefined) yield [r, c];
    }
  }

  get size(): number {
    return this.count;
  }
  get(k: string): Cell | undefined {
    return this.at(...CellGrid.position(k));
  }
  has(k: string): boolean {
    return this.get(k) !== undefined;
  }
  set(k: string, cell: Cell): this {
    this.put(...CellGrid.position(k), cell);
    return this;
  }
  delete(k: string): boolean {
    return this.remove(...CellGrid.position(k));
  }
  clear(): void {
    this.rows = [];
    this.count = 0;
  }
  forEach(each: (cell: Cell, k: string, map: Map<string, Cell>) => void): void {
    for (const [k, cell] of this.entries()) each(cell, k, this);
  }
  *keys(): MapIterator<string> {
    for (const [r, c] of this.positions()) yield key(r, c);
  }
  *values(): MapIterator<Cell> {
    for (const [r, c] of this.positions()) yield this.rows[r]![c]!;
  }
  *entries(): MapIterator<[string, Cell]> {
    for (const [r, c] of this.positions()) yield [key(r, c), this.rows[r]![c]!];
  }
  [Symbol.iterator](): MapIterator<[string, Cell]> {
    return this.entries();
  }
}

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
    cells: new CellGrid(),
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
  for (const [r, c] of [...sheet.cells.positions()]) {
    if (r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1) each(r, c);
  }
}

export function cellAt(sheet: SheetState, r: number, c: number): Cell {
  let cell = sheet.cells.at(r, c);
  if (!cell) {
    cell = blankCell();
    sheet.cells.put(r, c, cell);
  }
  return cell;
}

type Watch = { obj: OfficeMockObject; paths: string[]; base: Map<string, unknown>; apply: (path: string, value: unknown) => void; perRun: boolean };
type Pending = { obj: OfficeMockObject; props: string[]; read: (prop: string) => unknown };

const get = (obj: unknown, path: string) => path.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)?.[p], obj);

/**
 * Turns the mock's property store into changes: an assignment to a watched property marks its watch
 * (an accessor stands in for the plain property office-addin-mock keeps), and flush compares only the
 * marked ones with the value last seen; loads are answered at sync from the recorded state, keeping
 * office-addin-mock's "not loaded" reads until then.
 */
export class Tracker {
  private watches: Watch[] = [];
  private byObject = new Map<OfficeMockObject, Watch[]>();
  private pending: Pending[] = [];
  /** Watches assigned to since the last flush, in the order of their first assignment. */
  private dirty = new Set<Watch>();
  /** The watches told of each observed property, by the object holding it. */
  private observers = new WeakMap<object, Map<string, Set<Watch>>>();

  private observe(obj: OfficeMockObject, path: string, w: Watch): void {
    const parts = path.split(".");
    const leaf = parts.pop()!;
    const parent = (parts.length === 0 ? obj : get(obj, parts.join("."))) as Record<string, unknown> | undefined;
    if (!parent || typeof parent !== "object") return;
    let byLeaf = this.observers.get(parent);
    if (!byLeaf) this.observers.set(parent, (byLeaf = new Map()));
    const told = byLeaf.get(leaf);
    if (told) return void told.add(w);
    const watchers = new Set([w]);
    byLeaf.set(leaf, watchers);
    let value = parent[leaf];
    const dirty = this.dirty;
    Object.defineProperty(parent, leaf, {
      configurable: true,
      enumerable: true,
      get: () => value,
      set: (v: unknown) => {
        value = v;
        for (const x of watchers) dirty.add(x);
      },
    });
  }

  /**
   * `perRun`: the object is made anew for each use (a range, a conditional format), so it lives only
   * as long as the Excel.run that made it, as in Excel, where a proxy object of an ended batch is invalid.
   */
  watch(obj: OfficeMockObject, paths: string[], apply: Watch["apply"], { perRun = false } = {}): void {
    const base = new Map(paths.map((p) => [p, get(obj, p)]));
    const w = { obj, paths, base, apply, perRun };
    for (const p of paths) this.observe(obj, p, w);
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
    if (this.dirty.size === 0) return;
    const marked = [...this.dirty];
    this.dirty.clear();
    for (const w of marked) {
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
