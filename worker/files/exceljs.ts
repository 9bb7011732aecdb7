/**
 * exceljs for the worker: its Node build's Workbook, run on workerd's Node APIs (`nodejs_compat`
 * is on by default from compatibility date 2026-08-04; ours is later). Not the browser build the
 * bundler would pick for the package: that one carries browserify's `process.nextTick` shim, a
 * queue shared by the whole isolate whose drain timer dies with the request that set it, after
 * which every other request touching a workbook hangs. The stream reader and writer (archiver,
 * unzipper, temp files) are left out: the worker reads and writes whole files in memory.
 * Import exceljs from here only: it first quiets readable-stream's debug log (quiet-stream-debug.ts).
 */
import "./quiet-stream-debug";
import type * as ExcelTypes from "exceljs";
// @ts-expect-error: the package types its entry point, not this module of it (the same class).
import WorkbookImpl from "exceljs/lib/doc/workbook.js";

export const Workbook = WorkbookImpl as typeof ExcelTypes.Workbook;
export type Workbook = ExcelTypes.Workbook;
export type { Worksheet, Row, Cell, Fill, Font, Borders, PageSetup, DataValidation } from "exceljs";
