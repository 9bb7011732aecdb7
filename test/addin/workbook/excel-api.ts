// Which ExcelApi requirement sets the mock Excel claims. By default none is claimed (no Office global,
// as in the Office.js build the worker serves for the members that matter: it lacks ExcelApi 1.18),
// so the workbook code takes its fallbacks and the mock lacks what that build lacks (Worksheet.notes).
// A test that emulates a newer Excel installs an `Office.context.requirements` answering for that level.
// Browser-safe: the office shim bundles it.

let level: string | null = null;
let model: string | null = null;

/** "1.9" < "1.18": requirement-set versions compared as numbers, part by part. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The ExcelApi level the mock claims now, or null for "nothing beyond what the add-in declares". */
export const emulatedExcelApi = () => level;

/** True when the emulated Excel implements ExcelApi `version`. */
export const emulates = (version: string) => level !== null && compareVersions(version, level) <= 0;

/** True when the emulated Office.js object model defines the members of ExcelApi `version`. */
export const modelHas = (version: string) => model !== null && compareVersions(version, model) <= 0;

/**
 * Makes `Office.context.requirements.isSetSupported("ExcelApi", v)` true up to `version`; null removes the
 * claim. `objectModel`: the level of the Office.js the page loaded, when older than the Excel (OFFICE_JS=local
 * on a current Excel); by default the same.
 */
export function emulateExcelApi(version: string | null, { objectModel = version }: { objectModel?: string | null } = {}): void {
  level = version;
  model = objectModel;
  const g = globalThis as unknown as { Office?: Record<string, unknown> };
  if (version === null) {
    if (g.Office && "__emulated" in g.Office) delete g.Office;
    return;
  }
  g.Office = {
    ...(g.Office ?? {}),
    __emulated: true,
    context: { requirements: { isSetSupported: (name: string, v?: string) => name === "ExcelApi" && emulates(v ?? "1.1") } },
  };
}
