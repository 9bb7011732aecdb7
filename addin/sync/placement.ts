/**
 * Where rows go when a sheet is rewritten: every row keeps the table position it has now, so a
 * sort the user made survives, and so do the clerk's own columns to the right of the table, which
 * the add-in never moves (their cells stay beside the same row). Server rows not on the sheet yet
 * take the free positions first (rows the user added that the server has now saved), then follow.
 * Pure.
 */
import { comparable } from "../workbook/cells";
import { ROW_INDEX } from "../workbook/read-table";
import { layoutOf } from "../workbook/layouts";
import type { Row } from "./snapshot";

/** What goes at a current row's position: a row, a blank, or "free" (a blank that a new server row may take). */
export type Placed = Row | null | "free";

export function placeRows(
  key: string,
  current: Row[],
  fresh: Row[],
  choose: (row: Row, server: Row | undefined) => Placed,
): (Row | null)[] {
  const layout = layoutOf(key);
  const keyColumn = layout.columns.find((c) => c.key === layout.rowKey)!;
  const id = (r: Row) => comparable(keyColumn, r[layout.rowKey]);
  const byKey = new Map(fresh.map((f) => [id(f), f]));
  const used = new Set<string>();
  const slots: Placed[] = [];
  for (const row of current) {
    const k = id(row);
    const server = k === "" ? undefined : byKey.get(k);
    if (server) used.add(k);
    slots[row[ROW_INDEX] as number] = choose(row, server);
  }
  const waiting = fresh.filter((f) => !used.has(id(f)));
  const out: (Row | null)[] = [];
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i];
    out.push(slot === "free" ? (waiting.shift() ?? null) : (slot ?? null));
  }
  return [...out, ...waiting];
}
