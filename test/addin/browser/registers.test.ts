import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { cellAddress } from "../../../addin/workbook/address";
import { layoutOf, REFUSAL_FILL } from "../../../addin/workbook/layouts";
import { launchChromium, queryD1, startLocalWorker, tokenFor, type LocalWorker } from "./harness";
import { officeShimScript } from "./office-shim-bundle";
import { logLines, openPane, runAction, sheetValues, signIn, typeInto } from "./pane";

// The office records a hearing on 出庭应诉 in the real task pane against the real worker: an
// unknown defendant agency comes back marked on its own cell with the server's reason, and once
// corrected the row is stored and takes its 编号.

const SHEET = "出庭应诉";
const CASE = "（2026）皖1524行初88号";
let worker: LocalWorker;
let chromium: Awaited<ReturnType<typeof launchChromium>>;
let page: Page;

const at = (row: number, column: string) => cellAddress(row + 1, layoutOf("hearings").columns.findIndex((c) => c.key === column));
const value = async (row: number, column: string) => (await sheetValues(page, SHEET, at(row, column)))[0]![0];
const fill = (row: number, column: string) =>
  page.evaluate(([s, a]) => (window as unknown as { __workbook: { cell(s: string, a: string): { fill: string | null } } }).__workbook.cell(s!, a!).fill, [SHEET, at(row, column)]);

beforeAll(async () => {
  let shim: string;
  [worker, chromium, shim] = await Promise.all([startLocalWorker(), launchChromium(), officeShimScript()]);
  page = (await openPane(chromium.context, worker.origin, { shim })).page;
  await signIn(page, await tokenFor(worker, "office"));
});

afterAll(async () => {
  await page?.close();
  await chromium?.close();
  await worker?.stop();
});

describe("the office entering a hearing on 出庭应诉", () => {
  it("sees an unknown agency refused on its cell, corrects it, and the hearing is stored", async () => {
    await runAction(page, "拉取台账");
    expect(await value(0, "id")).toBe("");
    for (const [column, text] of [["caseNo", CASE], ["court", "金寨县人民法院"], ["hearingOn", "2026-11-18"], ["agency", "县火星局"], ["headRequired", "是"], ["appeared", "副职负责人"], ["headSpoke", "是"]] as const) {
      expect(await typeInto(page, SHEET, at(0, column), text)).toBe(true);
    }
    await runAction(page, "提交修改");

    expect(await value(0, "remark")).toBe("未知单位：县火星局");
    expect(await fill(0, "agency")).toBe(REFUSAL_FILL);
    expect(await fill(0, "caseNo")).toBeNull();
    expect(await value(0, "agency")).toBe("县火星局");
    expect((await logLines(page)).join("\n")).toContain("“出庭应诉”：1 行被服务器退回，已标红并在“校验意见”列写明原因");
    expect(await queryD1(worker, sql`select id from hearings where case_no = ${CASE}`)).toEqual([]);

    expect(await typeInto(page, SHEET, at(0, "agency"), "县自然资源局")).toBe(true);
    await runAction(page, "提交修改");

    const stored = await queryD1<{ id: number; appeared: string; head_spoke: number }>(
      worker,
      sql`select h.id, h.appeared, h.head_spoke from hearings h join units u on u.id = h.agency_id where h.case_no = ${CASE} and u.name = '县自然资源局'`,
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ appeared: "副职负责人", head_spoke: 1 });
    expect(await value(0, "id")).toBe(stored[0]!.id);
    expect(await value(0, "remark")).toBe("");
    expect(await fill(0, "agency")).toBeNull();
    expect(await value(0, "missed")).toBe("否");
    expect((await logLines(page)).join("\n")).toContain("“出庭应诉”：已保存 1 行。");
  });
});
