import { describe, expect, it } from "vitest";
import { mergeKept } from "../../../addin/sync/push";

// After a push the sheet is rewritten from the server; rows the server refused keep the user's text.
describe("mergeKept", () => {
  const fresh = [
    { id: 1, progress: "服务器上的第1行", version: 2 },
    { id: 2, progress: "服务器上的第2行", version: 5 },
  ];
  const current = [
    { _row: 0, id: 1, progress: "已保存的修改", version: 1 },
    { _row: 1, id: 2, progress: "被退回的修改", version: 4 },
    { _row: 2, id: null, progress: "被退回的新行", version: null },
  ];

  it("keeps a refused row in place of its server row and appends a refused new row", () => {
    const { rows } = mergeKept(fresh, current, new Set([1, 2]), "id");
    expect(rows).toEqual([
      { id: 1, progress: "服务器上的第1行", version: 2 },
      { id: 2, progress: "被退回的修改", version: 4 },
      { id: null, progress: "被退回的新行", version: null },
    ]);
  });

  it("tells where each kept row now sits, so its marks follow it", () => {
    const { moved } = mergeKept(fresh, current, new Set([2]), "id");
    expect([...moved]).toEqual([[2, 2]]);
  });

  it("does not change the rows it is given", () => {
    const before = JSON.stringify([fresh, current]);
    mergeKept(fresh, current, new Set([0, 1, 2]), "id");
    expect(JSON.stringify([fresh, current])).toBe(before);
  });
});
