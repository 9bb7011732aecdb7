/**
 * Stands in for office.js inside the real task pane page: Office.onReady says "Excel", Excel.run
 * hands the workbook code an office-addin-mock workbook (test/addin/workbook/mock-workbook.ts),
 * and the test reads that workbook back through `window.__workbook`. Bundled for the browser with
 * esbuild (see office-shim-bundle.ts); served by the test in place of office-js/office.js.
 */
import { createMockWorkbook } from "../workbook/mock-workbook";

const workbook = createMockWorkbook();

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
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => batch(workbook.context),
  },
  __workbook: workbook,
};

Object.assign(globalThis, shim);
