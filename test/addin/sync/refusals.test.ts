import { describe, expect, it } from "vitest";
import { ApiError } from "../../../addin/api/client";
import { isCellRefusal, isConflict, refusalsOf } from "../../../addin/sync/refusals";

// The worker's 409s as worker/matters and worker/reports send them: only `stale` is a conflict.
const stale = new ApiError(409, "conflict", "该事项已被他人修改，请按最新数据重新操作", [{ row: null, column: "version", code: "stale", message: "提交的版本为 1，当前版本为 2" }], { current: { id: 7, version: 2 } });
const settled = new ApiError(409, "conflict", "该事项已办结，不能再次办结", [{ row: null, column: "status", code: "already_settled", message: "该事项已办结，不能再次办结" }], { current: { id: 7, version: 2 } });
const closed = new ApiError(409, "conflict", "2026年度考评已于2027-01-10关账（办公室），不能再修改考评方案或加减分");
const forbidden = new ApiError(403, "forbidden", "只有牵头单位或办公室可以办结事项");

describe("refusals by the worker's codes", () => {
  it("treats only a stale version as a conflict", () => {
    expect([stale, settled, closed, forbidden].map(isConflict)).toEqual([true, false, false, false]);
    expect([stale, settled, closed, forbidden].map(isCellRefusal)).toEqual([false, true, true, true]);
  });

  it("marks a settled matter as settled, on the row, in the server's words", () => {
    expect(refusalsOf(settled, [4], "settled")).toEqual([{ rowKey: 4, column: "status", message: "该事项已办结，不能再次办结", kind: "settled" }]);
  });

  it("marks a closed year and a missing permission each as such", () => {
    expect(refusalsOf(closed, [1], "progress")).toEqual([{ rowKey: 1, column: "progress", message: closed.message, kind: "closed" }]);
    expect(refusalsOf(forbidden, [2], "settled")).toEqual([{ rowKey: 2, column: "settled", message: forbidden.message, kind: "forbidden" }]);
  });
});
