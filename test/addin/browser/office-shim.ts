/**
 * Stands in for office.js inside the real task pane page: Office.onReady says "Excel", Excel.run
 * hands the workbook code an office-addin-mock workbook (test/addin/workbook/mock-workbook.ts),
 * and the test reads that workbook back through `window.__workbook`. Bundled for the browser with
 * esbuild (see office-shim-bundle.ts); served by the test in place of office-js/office.js.
 */
import { createMockWorkbook } from "../workbook/mock-workbook";

// A page opened with `__savedWorkbook` set (see pane.ts, openPane's `saved`) opens that workbook, as
// Excel opens a saved file in a new runtime: nothing of the earlier page's memory survives.
const workbook = createMockWorkbook((globalThis as { __savedWorkbook?: string }).__savedWorkbook);

const shim = {
  Office: {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: "Excel", platform: "OfficeOnline" };
      callback?.(info);
      return Promise.resolve(info);
    },
  },
  Excel: {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => workbook.run(batch),
  },
  __workbook: workbook,
};

Object.assign(globalThis, shim);
