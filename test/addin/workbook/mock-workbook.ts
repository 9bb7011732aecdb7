import { OfficeMockObject } from "office-addin-mock";
import { addr, boundsOf, cellAt, forCells, newSheet, overlaps, Tracker, type Cell, type SheetState } from "./mock-grid";
import { chartsOf, notesOf } from "./mock-annotations";
import { nullPageLayout, pageLayoutOf } from "./mock-page-layout";
import { openSaved, saveWorkbook } from "./mock-saved";
import { calculationOf } from "./mock-application";
import { utf8Bytes } from "../../../addin/workbook/chunks";
import { modelHas } from "./excel-api";
import { recordedUses, type Recorder } from "./api-recorder";

// A workbook-shaped office-addin-mock: the Excel object model the add-in's workbook code uses
// (worksheets, tables, names, ranges with values/formats/validation/conditional formats, notes (only when
// ExcelApi 1.18 is emulated, see excel-api.ts),
// charts, protection, frozen panes), built from OfficeMockObject data with methods, recording what a
// user would see. Writes land at once (in queue order); loads are answered at `context.sync()` (never
// when that request fails), and each sync is recorded as one request with its size. Like Excel, writing a locked cell of a protected sheet
// fails the sync. Importable from a browser bundle (no Node built-ins).

export interface Request {
  cellsWritten: number;
  /** How many `values` assignments this request carried (one 2-D block each). */
  valueWrites: number;
  /** UTF-8 bytes of the JSON of the values and number formats written in this request. */
  bytes: number;
  /** UTF-8 bytes of the JSON of the values read back by this request. */
  responseBytes: number;
  suspendedCalculation: boolean;
  suspendedScreen: boolean;
}

/** Excel on the web's limit on a request and on a response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface MockWorkbook {
  context: Excel.RequestContext;
  requests: Request[];
  sheets: Map<string, SheetState>;
  tables: Map<string, { sheet: string; address: string; style?: string }>;
  names: Map<string, string>;
  activeSheet: string | null;
  /** The cell the user has selected (Workbook.getSelectedRange), by sheet and address. */
  selection: { sheet: string; address: string } | null;
  /** Every change of Application.calculationMode, and "calculate" for each recalculation asked. */
  calculation: string[];
  /** The workbook as saved: createMockWorkbook(saved) opens it again in a new mock. */
  save(): string;
  sheet(name: string): SheetState;
  /** The values a user sees in a block, "" for empty cells. */
  values(sheet: string, address: string): (string | number | boolean)[][];
  cell(sheet: string, address: string): Cell;
  /** A user typing into a cell: false when the sheet is protected and the cell locked. */
  typeInto(sheet: string, address: string, value: string | number): boolean;
  /** A user protecting a sheet with a password (Review → Protect Sheet). */
  protectWithPassword(sheet: string, password: string): void;
  /** Makes the next request that writes cells fail as Excel would, with OfficeExtension error `code`. */
  failNextWrite(code: string): void;
  /** Excel.run on this workbook: the batch gets the context; at its end what it queued lands and its ranges expire. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** An error shaped as Office.js raises them (RichApi.Error: code, message, debugInfo). */
export function officeError(code: string, message: string, errorLocation: string): Error {
  return Object.assign(new Error(message), { name: "RichApi.Error", code, debugInfo: { code, message, errorLocation } });
}

const RANGE_PATHS = ["values", "numberFormat", "format.fill.color", "format.font.color", "format.font.bold", "format.font.size", "format.protection.locked", "format.wrapText", "format.verticalAlignment", "format.columnWidth", "dataValidation.rule", "dataValidation.errorAlert"];
const each2d = (v: unknown, r: number, c: number) => (Array.isArray(v) ? (v as unknown[][])[r]?.[c] : v);

/** `saved`: a workbook saved by `save()`, opened again; `recorder`: where the add-in's API uses are recorded (by default the one test/addin/office-js checks). */
export function createMockWorkbook(saved?: string, { recorder = recordedUses }: { recorder?: Recorder } = {}): MockWorkbook {
  const tracker = new Tracker();
  const sheetMocks = new Map<string, OfficeMockObject>();
  let request: Request = fresh();
  let failure: Error | null = null;
  let failWrite: string | null = null;

  const wb: MockWorkbook = {
    context: undefined as unknown as Excel.RequestContext,
    requests: [],
    sheets: new Map(),
    tables: new Map(),
    names: new Map(),
    activeSheet: null,
    selection: null,
    calculation: [],
    save: () => saveWorkbook(wb),
    protectWithPassword: (name, password) => void Object.assign(wb.sheet(name), { protected: true, password }),
    sheet: (name) => {
      const s = wb.sheets.get(name);
      if (!s) throw new Error(`no sheet ${name}`);
      return s;
    },
    values: (name, address) => {
      const b = boundsOf(address);
      const s = wb.sheet(name);
      return Array.from({ length: b.r1 - b.r0 + 1 }, (_, r) =>
        Array.from({ length: b.c1 - b.c0 + 1 }, (_, c) => s.cells.at(b.r0 + r, b.c0 + c)?.value ?? ""),
      );
    },
    cell: (name, address) => {
      const b = boundsOf(address);
      return cellAt(wb.sheet(name), b.r0, b.c0);
    },
    failNextWrite: (code) => void (failWrite = code),
    run: async (batch) => {
      try {
        return await batch(wb.context);
      } finally {
        tracker.endRun();
      }
    },
    typeInto: (name, address, value) => {
      const s = wb.sheet(name);
      const b = boundsOf(address);
      const cell = cellAt(s, b.r0, b.c0);
      if (s.protected && cell.locked) return false;
      if (typeof value === "string" && value.startsWith("=")) cell.formula = value;
      else cell.value = value;
      return true;
    },
  };

  function fresh(): Request {
    return { cellsWritten: 0, valueWrites: 0, bytes: 0, responseBytes: 0, suspendedCalculation: false, suspendedScreen: false };
  }

  /** Every method runs after the property writes queued before it, as Excel runs a batch in order. */
  const op = <A extends unknown[], R>(fn: (...a: A) => R) => (...a: A): R => {
    tracker.flush();
    return fn(...a);
  };

  function nullObject(): OfficeMockObject {
    const o = new OfficeMockObject({ isNullObject: true, protection: { protected: false } });
    tracker.loadable(o, () => true);
    tracker.loadable((o as unknown as { protection: OfficeMockObject }).protection, () => false);
    (o as unknown as Record<string, unknown>).pageLayout = nullPageLayout(tracker);
    return o;
  }

  function range(s: SheetState, address: string): OfficeMockObject {
    const b = boundsOf(address);
    const cf = () => (type: string) => {
      const record: SheetState["conditionalFormats"][number] = { address, type };
      s.conditionalFormats.push(record);
      const m = new OfficeMockObject({ custom: { rule: { formula: "" }, format: { fill: { color: "" }, font: { color: "" } } } });
      tracker.watch(
        m,
        ["custom.rule.formula", "custom.format.fill.color", "custom.format.font.color"],
        (p, v) => {
          if (p === "custom.rule.formula") record.formula = String(v);
          else if (p === "custom.format.fill.color") record.fill = String(v);
          else record.font = String(v);
        },
        { perRun: true },
      );
      return m;
    };
    const r = new OfficeMockObject({
      values: [],
      numberFormat: [],
      address: "",
      rowCount: 0,
      columnCount: 0,
      rowIndex: 0,
      columnIndex: 0,
      format: {
        fill: { color: "", clear: op(() => forCells(s, b, (y, x) => void (cellAt(s, y, x).fill = null))) },
        font: { color: "", bold: false, size: 11 },
        protection: { locked: true },
        wrapText: false,
        verticalAlignment: "Bottom",
        columnWidth: 0,
      },
      dataValidation: { rule: {}, errorAlert: {}, clear: op(() => void (s.validations = s.validations.filter((v) => !overlaps(boundsOf(v.address), b)))) },
      conditionalFormats: { add: op(cf()) },
      clear: op(() => {
        forCells(s, b, (y, x) => s.cells.remove(y, x));
        for (const k of [...s.notes.keys()]) {
          const [y, x] = k.split(",").map(Number) as [number, number];
          if (overlaps({ r0: y, c0: x, r1: y, c1: x }, b)) s.notes.delete(k);
        }
        s.validations = s.validations.filter((v) => !overlaps(boundsOf(v.address), b));
        s.conditionalFormats = s.conditionalFormats.filter((v) => !overlaps(boundsOf(v.address), b));
      }),
    });
    tracker.watch(r, RANGE_PATHS, (path, v) => {
      if (path === "values" || path === "numberFormat") {
        request.bytes += utf8Bytes(JSON.stringify(v));
        if (path === "values") {
          request.cellsWritten += Array.isArray(v) ? (v as unknown[][]).reduce((n, row) => n + row.length, 0) : 1;
          request.valueWrites += 1;
        }
      }
      if (path === "format.columnWidth") {
        for (let c = b.c0; c <= b.c1; c++) s.columnWidths.set(c, v as number);
        return;
      }
      if (path === "dataValidation.rule") return void s.validations.push({ address, rule: v });
      if (path === "dataValidation.errorAlert") {
        const last = [...s.validations].reverse().find((x) => x.address === address);
        if (last) last.errorAlert = v;
        return;
      }
      forCells(s, b, (y, x) => {
        const cell = cellAt(s, y, x);
        const item = each2d(v, y - b.r0, x - b.c0);
        if (path === "values") {
          if (s.protected && cell.locked) failure ??= officeError("AccessDenied", `The cell or chart that you're trying to change is protected (${s.name}!${address}).`, "Range.values");
          cell.value = item as Cell["value"];
        } else if (path === "numberFormat") cell.numberFormat = String(item);
        else if (path === "format.fill.color") cell.fill = String(item);
        else if (path === "format.font.color") cell.fontColor = String(item);
        else if (path === "format.font.bold") cell.bold = Boolean(item);
        else if (path === "format.font.size") cell.size = Number(item);
        else if (path === "format.protection.locked") cell.locked = Boolean(item);
        else if (path === "format.wrapText") cell.wrap = Boolean(item);
        else if (path === "format.verticalAlignment") cell.verticalAlignment = String(item);
      });
    }, { perRun: true });
    tracker.loadable(r, (p) => {
      const rows = Number.isFinite(b.r1) ? b.r1 - b.r0 + 1 : 0;
      const cols = Number.isFinite(b.c1) ? b.c1 - b.c0 + 1 : 0;
      if (p === "values") {
        const values = wb.values(s.name, address);
        request.responseBytes += utf8Bytes(JSON.stringify(values));
        return values;
      }
      if (p === "address") return `${s.name}!${address}`;
      return { rowCount: rows, columnCount: cols, rowIndex: b.r0, columnIndex: b.c0 }[p];
    });
    return r;
  }

  function table(name: string): OfficeMockObject {
    const record = wb.tables.get(name)!;
    const t = new OfficeMockObject({
      isNullObject: false,
      name,
      style: "",
      delete: op(() => {
        const s = wb.sheet(record.sheet);
        forCells(s, boundsOf(record.address), (y, x) => s.cells.remove(y, x));
        const current = [...wb.tables.entries()].find(([, x]) => x === record)?.[0];
        if (current !== undefined) wb.tables.delete(current);
      }),
      convertToRange: op(() => {
        const current = [...wb.tables.entries()].find(([, x]) => x === record)?.[0];
        if (current !== undefined) wb.tables.delete(current);
      }),
      getHeaderRowRange: () => {
        const b = boundsOf(record.address);
        return range(wb.sheet(record.sheet), `${addr(b.r0, b.c0)}:${addr(b.r0, b.c1)}`);
      },
      getDataBodyRange: () => {
        const b = boundsOf(record.address);
        return range(wb.sheet(record.sheet), `${addr(b.r0 + 1, b.c0)}:${addr(b.r1, b.c1)}`);
      },
    });
    (t as unknown as { worksheet: OfficeMockObject }).worksheet = sheetMocks.get(record.sheet)!;
    tracker.watch(t, ["name", "style"], (p, v) => {
      const current = [...wb.tables.entries()].find(([, x]) => x === record)?.[0];
      if (p === "style") record.style = String(v);
      else if (current !== undefined && current !== v) {
        wb.tables.delete(current);
        wb.tables.set(String(v), record);
      }
    });
    tracker.loadable(t, (p) => (p === "isNullObject" ? false : p === "name" ? name : undefined));
    return t;
  }

  function sheet(name: string, restored?: SheetState): OfficeMockObject {
    const s = restored ?? newSheet(name);
    wb.sheets.set(name, s);
    const m = new OfficeMockObject({
      isNullObject: false,
      name,
      visibility: "Visible",
      protection: {
        protected: false,
        protect: op((options?: unknown, password?: string) => Object.assign(s, { protected: true, protectOptions: options, password })),
        unprotect: op((password?: string) => {
          if (s.password && password !== s.password) failure ??= Object.assign(new Error(`InvalidArgument: ${s.name} needs its password`), { code: "InvalidArgument" });
          else Object.assign(s, { protected: false, password: undefined });
        }),
      },
      freezePanes: { freezeRows: op((n: number) => void (s.frozenRows = n)) },
      horizontalPageBreaks: {
        add: op((at: OfficeMockObject | string) => {
          const address = typeof at === "string" ? at : (at as unknown as { _address: string })._address;
          s.pageBreaks.push(boundsOf(address).r0 + 1);
        }),
      },
      tables: {
        add: op((address: string, hasHeaders: boolean) => {
          if (!hasHeaders) throw new Error("the mock only knows tables with headers");
          const name = `Table${wb.tables.size + 1}`;
          wb.tables.set(name, { sheet: s.name, address });
          return table(name);
        }),
      },
      activate: op(() => void (wb.activeSheet = s.name)),
      delete: op(() => {
        wb.sheets.delete(s.name);
        sheetMocks.delete(s.name);
      }),
      getRange: (address = "") => {
        const r = range(s, address);
        (r as unknown as { _address: string })._address = address;
        return r;
      },
    });
    const target = m as unknown as Record<string, unknown>;
    // Worksheet.notes is ExcelApi 1.18: like the build the worker serves, the mock has none unless a newer Excel is emulated.
    const notes = notesOf(s, { tracker, op, range });
    Object.defineProperty(target, "notes", { get: () => (modelHas("1.18") ? notes : undefined), configurable: true });
    target.charts = chartsOf(s, { tracker, op });
    target.pageLayout = pageLayoutOf(s, { tracker, op });
    tracker.watch(m, ["visibility"], (_, v) => void (s.visibility = String(v)));
    tracker.loadable((m as unknown as { protection: OfficeMockObject }).protection, (p) => (p === "protected" ? s.protected : undefined));
    tracker.loadable(m, (p) => (p === "isNullObject" ? false : p === "name" ? name : s.visibility));
    sheetMocks.set(name, m);
    return m;
  }

  const context = new OfficeMockObject({
    workbook: {
      worksheets: {
        getItemOrNullObject: (name: string) => sheetMocks.get(name) ?? nullObject(),
        getItem: (name: string) => sheetMocks.get(name) ?? fail(`no sheet ${name}`),
        add: op((name: string) => (sheetMocks.has(name) ? fail(`sheet ${name} exists`) : sheet(name))),
      },
      getSelectedRange: () => {
        const at = wb.selection ?? { sheet: [...wb.sheets.keys()][0] ?? fail("no sheet to select in"), address: "A1" };
        const r = range(wb.sheet(at.sheet), at.address);
        (r as unknown as { worksheet: OfficeMockObject }).worksheet = sheetMocks.get(at.sheet)!;
        return r;
      },
      tables: {
        getItemOrNullObject: (name: string) => (wb.tables.has(name) ? table(name) : nullObject()),
        getItem: (name: string) => (wb.tables.has(name) ? table(name) : fail(`no table ${name}`)),
      },
      names: {
        getItemOrNullObject: (name: string) => {
          if (!wb.names.has(name)) return nullObject();
          const item = new OfficeMockObject({ isNullObject: false, delete: op(() => void wb.names.delete(name)) });
          tracker.loadable(item, () => false);
          return item;
        },
        add: op((name: string, reference: string) => void wb.names.set(name, reference)),
      },
    },
    application: {
      calculate: op(() => void wb.calculation.push("calculate")),
      suspendApiCalculationUntilNextSync: () => void (request.suspendedCalculation = true),
      suspendScreenUpdatingUntilNextSync: () => void (request.suspendedScreen = true),
    },
  });
  const app = (context as unknown as { application: OfficeMockObject }).application;
  (context as unknown as { workbook: Record<string, unknown> }).workbook.application = app;
  const calc = calculationOf(app, tracker, wb.calculation);
  const ctx = context as unknown as Record<string, unknown>;
  ctx.sync = async () => {
    tracker.flush();
    if (failWrite && request.cellsWritten > 0) {
      failure ??= officeError(failWrite, "An internal error has occurred.", "Range.values");
      failWrite = null;
    }
    const failed = failure ?? (request.bytes > PAYLOAD_LIMIT ? payloadError("Request") : null);
    failure = null;
    if (failed) {
      // As in Excel: the request's writes before the failure stay, and none of its loads is answered.
      tracker.dropLoads();
      calc.drop();
      wb.requests.push(request);
      request = fresh();
      throw failed;
    }
    await tracker.answerLoads();
    calc.answer();
    wb.requests.push(request);
    const done = request;
    request = fresh();
    if (done.responseBytes > PAYLOAD_LIMIT) throw payloadError("Response");
  };
  if (saved) openSaved(wb, saved, (name, state) => void sheet(name, state));
  wb.context = recorder.wrap(context) as unknown as Excel.RequestContext;
  return wb;
}

function payloadError(which: "Request" | "Response"): Error {
  return Object.assign(new Error(`The ${which.toLowerCase()} payload size has exceeded the limit.`), { code: `${which}PayloadSizeLimitExceeded` });
}


function fail(message: string): never {
  throw new Error(message);
}
