/**
 * Pull without losing what was typed: the sheet after a pull is the server's rows, except for rows
 * the user changed since the last pull (unsubmitted edits). Those keep the user's values in the user's
 * columns over the server's (the server's own columns are the server's); when the server changed the
 * same row meanwhile (its version moved), the row keeps the user's values and its old version and is reported as
 * a conflict, side by side on 冲突, and its snapshot row stays the old one, so the next push meets the
 * conflict again rather than overwriting the other side. Rows the user added stay where they are.
 * Pure.
 */
import { changedRows, ROW_INDEX } from "../workbook";
import { comparable } from "../workbook/cells";
import { layoutOf } from "../workbook/layouts";
import type { Conflict } from "../workbook/types";
import { placeRows } from "./placement";
import type { Row } from "./snapshot";

const blank = (v: unknown) => v === null || v === undefined || v === "";

/** Rows typed and not yet submitted. Without a snapshot only rows without a key can be told apart. */
export function unsubmitted(key: string, current: Row[], snapshot: Row[] | undefined): Row[] {
  const rowKey = layoutOf(key).rowKey;
  return snapshot ? changedRows(current, snapshot, key) : current.filter((r) => blank(r[rowKey]));
}

export type Merged = { rows: (Row | null)[]; snapshot: Row[]; conflicts: Conflict[]; kept: number };

export function mergePulled(key: string, fresh: Row[], current: Row[], snapshot: Row[] | undefined): Merged {
  const layout = layoutOf(key);
  const keyColumn = layout.columns.find((c) => c.key === layout.rowKey)!;
  const id = (r: Row) => comparable(keyColumn, r[layout.rowKey]);
  const userColumns = layout.columns.filter((c) => c.owner === "user" && c.key !== layout.rowKey);
  const edited = new Set(unsubmitted(key, current, snapshot).map((r) => r[ROW_INDEX] as number));
  const before = new Map((snapshot ?? []).map((s) => [id(s), s]));
  const serverMoved = (server: Row, old: Row | undefined) =>
    !!old && (typeof server.version === "number" && typeof old.version === "number"
      ? server.version !== old.version
      : userColumns.some((c) => comparable(c, server[c.key]) !== comparable(c, old[c.key])));

  const conflicts: Conflict[] = [];
  const oldSnapshotRows = new Map<string, Row>();
  const rows = placeRows(key, current, fresh, (row, server) => {
    if (!edited.has(row[ROW_INDEX] as number)) return server ?? null;
    const old = before.get(id(row));
    const { [ROW_INDEX]: _drop, ...mine } = row;
    if (!server) {
      if (old) oldSnapshotRows.set(id(row), old);
      return mine;
    }
    if (serverMoved(server, old)) {
      conflicts.push({ mine, theirs: server });
      oldSnapshotRows.set(id(row), old!);
      return { ...server, ...Object.fromEntries(userColumns.map((c) => [c.key, mine[c.key]])), version: old!.version };
    }
    return { ...server, ...Object.fromEntries(userColumns.map((c) => [c.key, mine[c.key]])) };
  });
  const snap = fresh.map((f) => oldSnapshotRows.get(id(f)) ?? f);
  for (const [k, old] of oldSnapshotRows) if (!fresh.some((f) => id(f) === k)) snap.push(old);
  return { rows, snapshot: snap, conflicts, kept: edited.size };
}
