import { comparable } from "./cells";
import { layoutOf } from "./layouts";

/**
 * Rows to push: rows the user added (no row key yet) and rows whose user-editable cells differ from the
 * pulled snapshot (matched by row key). Server-owned columns are ignored: they cannot be typed into, and
 * the server recomputes them anyway. A column the snapshot row lacks (a snapshot keeps every column
 * of the layout it was pulled under, so it was not on the sheet then, as 来源文号 before it became
 * typable) is no change. Pure; inputs are not changed.
 */
export function changedRows(
  current: Record<string, unknown>[],
  pulledSnapshot: Record<string, unknown>[],
  key: string,
): Record<string, unknown>[] {
  const layout = layoutOf(key);
  const keyColumn = layout.columns.find((c) => c.key === layout.rowKey)!;
  const editable = layout.columns.filter((c) => c.owner === "user");
  const pulled = new Map<string, Record<string, unknown>>();
  for (const row of pulledSnapshot) pulled.set(comparable(keyColumn, row[layout.rowKey]), row);

  return current.filter((row) => {
    const id = comparable(keyColumn, row[layout.rowKey]);
    const before = id === "" ? undefined : pulled.get(id);
    if (!before) return true;
    return editable.some((c) => c.key in before && comparable(c, row[c.key]) !== comparable(c, before[c.key]));
  });
}

/**
 * Rows of the pulled snapshot whose row key is no longer on the sheet (the row deleted, or all its
 * cells cleared): what a sheet that sends deletions sends as such.
 */
export function removedRows(current: Record<string, unknown>[], pulledSnapshot: Record<string, unknown>[], key: string): Record<string, unknown>[] {
  const layout = layoutOf(key);
  const keyColumn = layout.columns.find((c) => c.key === layout.rowKey)!;
  const still = new Set(current.map((row) => comparable(keyColumn, row[layout.rowKey])).filter((k) => k !== ""));
  return pulledSnapshot.filter((row) => {
    const k = comparable(keyColumn, row[layout.rowKey]);
    return k !== "" && !still.has(k);
  });
}
