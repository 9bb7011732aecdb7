import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { buildWorkCalendar } from "../../../domain/calendar";
import { deadlineSerial, workdaysCount } from "../../../addin/functions/compute";
import { calendarYears, setCalendarYears, workCalendar } from "../../../addin/shared/state";
import { binPath } from "../../../scripts/lib/bin";

// 2024 arrangement (国办发明电〔2023〕7号): National Day off 10-01..10-07, make-up workdays 09-29 (Sun), 10-12 (Sat).
const Y2024 = {
  year: 2024,
  source: "国务院办公厅关于2024年部分节假日安排的通知",
  off: ["2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-07"],
  work: ["2024-09-29", "2024-10-12"],
};
const cal = buildWorkCalendar([Y2024]);

describe("FUYUAN.DEADLINE", () => {
  it("counts 10 working days after 2024-09-27 across National Day to 2024-10-16, as an Excel date", () => {
    // 09-29 (make-up Sunday), 09-30, 10-08..10-11, 10-12 (make-up Saturday), 10-14, 10-15, 10-16 = serial 45581.
    expect(deadlineSerial("2024-09-27", 10, cal)).toBe(45581);
  });

  it("accepts the start as an Excel date serial", () => {
    expect(deadlineSerial(45562, 10, cal)).toBe(45581);
  });

  it.each([
    ["2024-02-30", 10, "起始日期应为日期或 YYYY-MM-DD 格式的文本，收到“2024-02-30”"],
    ["", 10, "起始日期应为日期或 YYYY-MM-DD 格式的文本，收到“”"],
    ["2024-09-27", 0, "工作日数应为不小于 1 的整数"],
    ["2024-09-27", 2.5, "工作日数应为不小于 1 的整数"],
    [12, 10, "起始日期不是有效的日期"],
  ])("refuses start %j with %j days: %s", (start, days, message) => {
    expect(() => deadlineSerial(start, days, cal)).toThrow(new RangeError(message));
  });
});

describe("FUYUAN.WORKDAYS", () => {
  it("counts 1 working day from 2024-09-30 to 2024-10-08", () => {
    expect(workdaysCount("2024-09-30", "2024-10-08", cal)).toBe(1);
  });

  it("counts negative when the end is earlier", () => {
    expect(workdaysCount(45573, 45565, cal)).toBe(-1);
  });

  it("names the end date when it is not a date", () => {
    expect(() => workdaysCount("2024-09-30", "下周一", cal)).toThrow(new RangeError("结束日期应为日期或 YYYY-MM-DD 格式的文本，收到“下周一”"));
  });
});

describe("the cached calendar", () => {
  it("counts with the years the last pull loaded", () => {
    setCalendarYears([Y2024]);
    expect(calendarYears().map((y) => y.year)).toEqual([2024]);
    expect(deadlineSerial("2024-09-27", 10, workCalendar())).toBe(45581);
  });

  it("counts weekends only for a year that was never loaded", () => {
    setCalendarYears([]);
    // Without the 2024 arrangement, 10 working days after Friday 2024-09-27 is Friday 2024-10-11 (45576).
    expect(deadlineSerial("2024-09-27", 10, workCalendar())).toBe(45576);
  });
});

describe("custom functions metadata", () => {
  it("is generated from the JSDoc with the ids DEADLINE and WORKDAYS and their parameters", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cfm-"));
    const out = join(dir, "functions.json");
    const generated = await promisify(execFile)(process.execPath, [binPath("custom-functions-metadata"), "generate", "addin/functions/functions.ts", out])
      .then(() => readFile(out, "utf8"))
      .finally(() => rm(dir, { recursive: true, force: true }));
    const json = JSON.parse(generated) as { functions: { id: string; name: string; parameters: { name: string; type: string }[]; result: { type: string } }[] };
    expect(json.functions.map((f) => ({ id: f.id, name: f.name, params: f.parameters.map((p) => `${p.name}:${p.type}`), result: f.result.type }))).toEqual([
      { id: "DEADLINE", name: "DEADLINE", params: ["start:any", "days:number"], result: undefined },
      { id: "WORKDAYS", name: "WORKDAYS", params: ["start:any", "end:any"], result: "number" },
    ]);
  });
});
