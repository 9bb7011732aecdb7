import { CellGrid, newSheet, type SheetState } from "./mock-grid";
import type { MockWorkbook } from "./mock-workbook";

// Saving and reopening a mock workbook: what a file keeps (sheets with their cells, formats, validation,
// conditional formats, notes, charts, widths, protection, visibility and print settings; tables; names),
// as JSON. Nothing of the add-in's memory survives, exactly as when Excel closes the file. No Node built-ins.

type SavedSheet = Omit<SheetState, "cells" | "notes" | "columnWidths"> & {
  cells: [string, SheetState["cells"] extends Map<string, infer C> ? C : never][];
  notes: [string, string][];
  columnWidths: [number, number][];
};
type Saved = { sheets: SavedSheet[]; tables: [string, { sheet: string; address: string; style?: string }][]; names: [string, string][]; activeSheet: string | null };

export function saveWorkbook(wb: MockWorkbook): string {
  const saved: Saved = {
    sheets: [...wb.sheets.values()].map((s) => ({
      ...s,
      cells: [...s.cells.entries()].map(([k, c]) => [k, { ...c }]),
      notes: [...s.notes.entries()],
      columnWidths: [...s.columnWidths.entries()],
    })),
    tables: [...wb.tables.entries()].map(([k, t]) => [k, { ...t }]),
    names: [...wb.names.entries()],
    activeSheet: wb.activeSheet,
  };
  return JSON.stringify(saved);
}

/** Fills a new mock from a saved workbook; `addSheet` builds the sheet's object model over the restored state. */
export function openSaved(wb: MockWorkbook, text: string, addSheet: (name: string, state: SheetState) => void): void {
  const saved = JSON.parse(text) as Saved;
  for (const s of saved.sheets) {
    const state: SheetState = {
      ...newSheet(s.name),
      ...s,
      cells: s.cells.reduce((grid, [k, c]) => grid.set(k, c), new CellGrid()),
      notes: new Map(s.notes),
      columnWidths: new Map(s.columnWidths),
    };
    addSheet(s.name, state);
  }
  for (const [k, t] of saved.tables) wb.tables.set(k, t);
  for (const [k, v] of saved.names) wb.names.set(k, v);
  wb.activeSheet = saved.activeSheet;
}
