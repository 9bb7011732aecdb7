import { OfficeMockObject } from "office-addin-mock";
import { addr, boundsOf, key, type SheetState, type Tracker } from "./mock-grid";

// Charts and notes of a mock sheet: collections whose items are answered at sync from the recorded state.

interface Deps {
  tracker: Tracker;
  op: <A extends unknown[], R>(fn: (...a: A) => R) => (...a: A) => R;
  range: (s: SheetState, address: string) => OfficeMockObject;
}

export function chartsOf(s: SheetState, { tracker, op }: Pick<Deps, "tracker" | "op">): OfficeMockObject {
  const mockOf = (record: SheetState["charts"][number]) => {
    const c = new OfficeMockObject({
      title: { text: "" },
      legend: { visible: true },
      dataLabels: { showValue: false },
      axes: { categoryAxis: { reversePlotOrder: false } },
      setPosition: op((from: string, to: string) => Object.assign(record, { from, to })),
      delete: op(() => void (record.deleted = true)),
    });
    tracker.watch(c, ["title.text", "legend.visible", "dataLabels.showValue", "axes.categoryAxis.reversePlotOrder"], (p, v) => {
      if (p === "title.text") record.title = String(v);
      else if (p === "legend.visible") record.legend = Boolean(v);
      else if (p === "dataLabels.showValue") record.labels = Boolean(v);
      else record.reversed = Boolean(v);
    });
    return c;
  };
  const charts = new OfficeMockObject({
    items: [],
    add: op((type: string, source: OfficeMockObject, seriesBy: string) => {
      const address = (source as unknown as { _address: string })._address;
      const record = { type, source: address, seriesBy, deleted: false };
      s.charts.push(record);
      return mockOf(record);
    }),
  });
  tracker.loadable(charts, () => s.charts.filter((c) => !c.deleted).map(mockOf));
  return charts;
}

export function notesOf(s: SheetState, { tracker, op, range }: Deps): OfficeMockObject {
  const mockOf = (k: string) => {
    const [y, x] = k.split(",").map(Number) as [number, number];
    return new OfficeMockObject({
      content: s.notes.get(k) ?? "",
      getLocation: () => range(s, addr(y, x)),
      delete: op(() => void s.notes.delete(k)),
    });
  };
  const notes = new OfficeMockObject({
    items: [],
    add: op((address: string, content: string) => {
      const b = boundsOf(address);
      s.notes.set(key(b.r0, b.c0), content);
    }),
  });
  tracker.loadable(notes, () =>
    // Loaded as "items/content": each note's content is readable once the collection is.
    [...s.notes.keys()].map((k) => Object.assign(mockOf(k), { content: s.notes.get(k) })),
  );
  return notes;
}
