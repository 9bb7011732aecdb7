import { OfficeMockObject } from "office-addin-mock";
import type { SheetState, Tracker } from "./mock-grid";

// A mock sheet's page layout (ExcelApi 1.9): orientation, paper, zoom, margins, print titles and the
// default header and footer, recorded on SheetState.pageLayout as a clerk would read them in 页面设置
// (read at each use: a test may replace the state to play the clerk's own settings).

interface Deps {
  tracker: Tracker;
  op: <A extends unknown[], R>(fn: (...a: A) => R) => (...a: A) => R;
}

const FIELDS = ["orientation", "paperSize", "centerHorizontally", "leftMargin", "rightMargin", "topMargin", "bottomMargin", "headerMargin", "footerMargin"] as const;
const DEFAULTS: Record<(typeof FIELDS)[number], string | number | boolean> = {
  orientation: "Portrait",
  paperSize: "Letter",
  centerHorizontally: false,
  leftMargin: 50.4,
  rightMargin: 50.4,
  topMargin: 54,
  bottomMargin: 54,
  headerMargin: 21.6,
  footerMargin: 21.6,
};
const FOOTERS = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"] as const;

/** office-addin-mock cannot take a mock inside its initial data: children that are mocks are attached after. */
function attach(parent: OfficeMockObject, name: string, child: OfficeMockObject): OfficeMockObject {
  (parent as unknown as Record<string, unknown>)[name] = child;
  return parent;
}

export function pageLayoutOf(s: SheetState, { tracker, op }: Deps): OfficeMockObject {
  const titles = () => {
    const o = new OfficeMockObject({ isNullObject: s.pageLayout.titleRows === null, address: s.pageLayout.titleRows ?? "" });
    tracker.loadable(o, (p) => (p === "isNullObject" ? s.pageLayout.titleRows === null : p === "address" ? s.pageLayout.titleRows : undefined));
    return o;
  };
  const defaultForAllPages = new OfficeMockObject(Object.fromEntries(FOOTERS.map((f) => [f, s.pageLayout.footers?.[f] ?? ""])));
  tracker.loadable(defaultForAllPages, (p) => s.pageLayout.footers?.[p as (typeof FOOTERS)[number]] ?? "");
  tracker.watch(defaultForAllPages, [...FOOTERS], (p, v) => void (s.pageLayout.footers = { ...s.pageLayout.footers, [p]: String(v) }));
  const m = new OfficeMockObject({
    // office-addin-mock takes no nulls: unset fields start as Excel's defaults would read.
    ...Object.fromEntries(FIELDS.map((f) => [f, s.pageLayout[f] ?? DEFAULTS[f]])),
    zoom: s.pageLayout.zoom ?? { scale: 100 },
    setPrintTitleRows: op((address: string) => void (s.pageLayout.titleRows = address)),
    setPrintArea: op((address: string) => void (s.pageLayout.printArea = address)),
    getPrintTitleRowsOrNullObject: () => titles(),
  });
  attach(m, "headersFooters", attach(new OfficeMockObject({}), "defaultForAllPages", defaultForAllPages));
  tracker.watch(m, [...FIELDS, "zoom"], (p, v) => void ((s.pageLayout as unknown as Record<string, unknown>)[p] = v));
  return m;
}

/** The page layout of a sheet that does not exist (a null object's): loads answer nothing useful. */
export function nullPageLayout(tracker: Tracker): OfficeMockObject {
  const titles = new OfficeMockObject({ isNullObject: true, address: "" });
  tracker.loadable(titles, (p) => (p === "isNullObject" ? true : undefined));
  const defaultForAllPages = new OfficeMockObject({ rightFooter: "" });
  tracker.loadable(defaultForAllPages, () => "");
  const m = new OfficeMockObject({ getPrintTitleRowsOrNullObject: () => titles });
  return attach(m, "headersFooters", attach(new OfficeMockObject({}), "defaultForAllPages", defaultForAllPages));
}
