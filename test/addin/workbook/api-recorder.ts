import { OfficeMockObject } from "office-addin-mock";
import { emulatedExcelApi } from "./excel-api";

// Records every Excel API member the add-in touches on the mock workbook, as the chain of steps from
// the RequestContext that reached it (`workbook.tables.getItem().getHeaderRowRange().load()`), with the
// ExcelApi level the mock claimed at that moment (null: none beyond the declared set, i.e. the code took
// no detected branch). test/addin/office-js replays each chain on the real Office.js object model to
// name its classes and check each member exists. Browser-safe.

export type Step =
  | { kind: "get"; name: string }
  | { kind: "set"; name: string }
  | { kind: "call"; name: string; args: Arg[] }
  /** One element of a collection's loaded `items`. */
  | { kind: "item" };
/** A call argument: plain data as given, or another recorded object by its chain. */
export type Arg = { value: unknown } | { ref: Step[] };
export type Use = { steps: Step[]; level: string | null };

export type Recorder = { uses: Map<string, Use>; wrap<T extends object>(root: T): T };

const label = (s: Step) => (s.kind === "item" ? "[]" : s.kind === "call" ? `${s.name}()` : s.kind === "set" ? `${s.name}=` : s.name);
export const chainText = (steps: Step[]) => steps.map(label).join(".");

/** Plain data survives the trip to the browser; anything else (a function, a symbol) becomes undefined. */
function plain(value: unknown): unknown {
  try {
    return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
  } catch {
    return undefined;
  }
}

export function createRecorder(): Recorder {
  const uses = new Map<string, Use>();
  const raw = new WeakMap<object, object>();
  const chainOf = new WeakMap<object, Step[]>();

  const note = (steps: Step[]) => {
    const level = emulatedExcelApi();
    const id = `${level ?? "-"} ${chainText(steps)}`;
    if (!uses.has(id)) uses.set(id, { steps, level });
  };
  const unwrap = (v: unknown) => (typeof v === "object" && v !== null && raw.has(v) ? raw.get(v)! : v);
  const argOf = (v: unknown): Arg => (typeof v === "object" && v !== null && chainOf.has(v) ? { ref: chainOf.get(v)! } : { value: plain(v) });
  const out = (value: unknown, steps: Step[]): unknown => {
    if (value instanceof OfficeMockObject) return wrap(value, steps);
    return value;
  };

  function wrap<T extends object>(target: T, steps: Step[]): T {
    const proxy = new Proxy(target, {
      get(t, prop, receiver) {
        if (typeof prop === "symbol" || prop === "then") return Reflect.get(t, prop, receiver);
        const value = Reflect.get(t, prop, t);
        if (typeof value === "function") {
          return (...args: unknown[]) => {
            const at: Step[] = [...steps, { kind: "call", name: prop, args: args.map(argOf) }];
            note(at);
            return out((value as (...a: unknown[]) => unknown).apply(t, args.map(unwrap)), at);
          };
        }
        const at: Step[] = [...steps, { kind: "get", name: prop }];
        note(at);
        if (prop === "items" && Array.isArray(value)) return value.map((item) => out(item, [...at, { kind: "item" }]));
        return out(value, at);
      },
      set(t, prop, value) {
        if (typeof prop !== "symbol") note([...steps, { kind: "set", name: prop }]);
        return Reflect.set(t, prop, unwrap(value), t);
      },
    });
    raw.set(proxy, target);
    chainOf.set(proxy, steps);
    return proxy;
  }

  return { uses, wrap: (root) => wrap(root, []) };
}

/** What every mock workbook records into unless given its own recorder. */
export const recordedUses = createRecorder();
