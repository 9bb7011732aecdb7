import { describe, expect, it } from "vitest";
import { mergePulled, unsubmitted } from "../../../addin/sync/pull-merge";
import { placeRows } from "../../../addin/sync/placement";
import { serverCellsTypedOver } from "../../../addin/sync/push";
import { ROW_INDEX } from "../../../addin/workbook";
import { matter } from "../workbook/fixtures";

// A pull over unsubmitted edits: the user's values win in the user's columns, a row the server also
// changed is a conflict, rows the user added stay, and every row keeps its place on the sheet.

const onSheet = (rows: Record<string, unknown>[]) => rows.map((r, i) => ({ ...r, [ROW_INDEX]: i }));

describe("a pull over unsubmitted edits", () => {
  const snapshot = [matter(1), matter(2), matter(3)];

  it("counts the rows changed since the pull and the rows added", () => {
    const current = onSheet([matter(1, { result: "我填的结果" }), matter(2), matter(3), { id: null, title: "新交办事项" }]);
    expect(unsubmitted("matters", current, snapshot).map((r) => r.id ?? r.title)).toEqual([1, "新交办事项"]);
  });

  it("keeps the user's values over the server's, takes the server's columns, and marks a row both changed as a conflict", () => {
    const current = onSheet([matter(1, { result: "我填的结果" }), matter(2, { result: "我也改了" }), matter(3), { id: null, title: "新交办事项" }]);
    const fresh = [matter(1, { deadline: "2026-03-20" }), matter(2, { version: 2, result: "他人的结果" }), matter(3, { title: "服务器改名" }), matter(4)];
    const merged = mergePulled("matters", fresh, current, snapshot);
    const rows = merged.rows.map((r) => r && [r.id, r.title, r.result, r.deadline, r.version]);
    expect(rows).toEqual([
      [1, "协调第1号执行案件", "我填的结果", "2026-03-20", 1],
      [2, "协调第2号执行案件", "我也改了", "2026-03-16", 1],
      [3, "服务器改名", null, "2026-03-16", 1],
      [null, "新交办事项", undefined, undefined, undefined],
      [4, "协调第4号执行案件", null, "2026-03-16", 1],
    ]);
    expect(merged.conflicts.map((c) => [c.mine.result, c.theirs.result])).toEqual([["我也改了", "他人的结果"]]);
    // The conflict row's snapshot stays the old version, so the next push meets the conflict again.
    expect(merged.snapshot.map((r) => [r.id, r.version])).toEqual([[1, 1], [2, 1], [3, 1], [4, 1]]);
    expect(merged.kept).toBe(3);
  });

  it("without edits is the server's rows, in the order the user sorted them", () => {
    const current = onSheet([matter(3), matter(1), matter(2)]);
    const merged = mergePulled("matters", [matter(1), matter(2, { title: "改名" }), matter(3)], current, snapshot);
    expect(merged.rows.map((r) => r?.id)).toEqual([3, 1, 2]);
    expect(merged.rows[2]?.title).toBe("改名");
    expect(merged.conflicts).toEqual([]);
  });
});

describe("placeRows", () => {
  it("leaves a blank where the server no longer has a row and gives a free place to the server's new row", () => {
    const current = onSheet([matter(1), { id: null, title: "刚提交的新事项" }, matter(2)]);
    const rows = placeRows("matters", current, [matter(2), matter(7, { title: "刚提交的新事项" })], (row, server) => (row.id ? (server ?? null) : "free"));
    expect(rows.map((r) => r?.id ?? null)).toEqual([null, 7, 2]);
  });
});

describe("server columns typed over on an unprotected sheet", () => {
  it("are counted against the snapshot (the rewrite restores them)", () => {
    const current = onSheet([matter(1, { deadline: "2026-12-31", version: 9 }), matter(2)]);
    expect(serverCellsTypedOver("matters", current, [matter(1), matter(2)])).toBe(2);
  });
});
