// The add-in's workbook layer: every function takes an Excel.RequestContext and batches its own syncs.
export { SHEETS, SHEET_NAMES, layoutOf } from "./layouts";
export { writeTable, SheetProtectedError } from "./write-table";
export { readSnapshot, SNAPSHOT_KEYS, SNAPSHOT_SHEET, isSnapshotKey, type SnapshotKey } from "./snapshot-store";
export { withCalculationSuspended } from "./calculation";
export { readTable, ROW_INDEX } from "./read-table";
export { changedRows, removedRows } from "./changed-rows";
export { markRefusals, type MarkedRows } from "./refusals";
export { writeConflicts } from "./conflicts";
export { writeSummary } from "./summary";
export type * from "./types";
export { selectedRow, type SelectedRow, type HistorySheet } from "./selected-row";
export { selectedDecisions, type SelectedDecision, type SelectedDecisions } from "./selected-decisions";
export { selectedLine, markUnitCell, type SelectedLine } from "./selected-line";
