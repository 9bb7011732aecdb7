import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOTES_EXCEL_API, REQUIRED_EXCEL_API, supportsExcelApi } from "../../../addin/workbook/api-level";
import { createRecorder, recordedUses, type Recorder } from "../workbook/api-recorder";
import { compareVersions, emulateExcelApi } from "../workbook/excel-api";
import { createMockWorkbook } from "../workbook/mock-workbook";
import { judge } from "./api-check";
import { excelApiSets } from "./api-sets";
import { openRealBuild, type RealBuild } from "./real-build";

// Every Excel API member the workbook code touches, checked against the Office.js the worker serves.
// The workbook tests run again inside this file (imported below) with the recording mock, so what is
// checked is what they exercise; then each recorded chain is replayed on the real object model of the
// Excel host files for the web and for Windows (build 16.0.15407).

(import.meta as ImportMeta & { glob(pattern: string, o: { eager: true }): unknown }).glob("../workbook/*.test.ts", { eager: true });

const HOST_FILES = ["excel-web-16.00.js", "excel-win32-16.01.js"];
/** Office LTSC 2021 implements ExcelApi 1.14: the oldest Excel the add-in promises to run on. */
const OFFICE_2021 = "1.14";
const root = path.resolve(import.meta.dirname, "../../..");
const sets = excelApiSets();

let build: RealBuild;

describe("the Excel API the add-in uses, against the Office.js build the worker serves", () => {
  beforeAll(async () => {
    build = await openRealBuild();
  });
  afterAll(() => build?.close());

  it.each(HOST_FILES)("finds in %s every member the workbook tests touched, or a detection before it", async (file) => {
    const uses = [...recordedUses.uses.values()];
    expect(uses.length).toBeGreaterThan(100);
    const { problems, needed } = judge(await build.replay(file, uses), sets, REQUIRED_EXCEL_API);
    expect(problems).toEqual([]);
    expect(needed).toBe(REQUIRED_EXCEL_API);
  });

  it("declares in the manifest exactly the ExcelApi set the undetected members need, which Office 2021 has", async () => {
    const xml = await readFile(path.join(root, "manifest.xml"), "utf8");
    expect(xml).toContain(`<Set Name="ExcelApi" MinVersion="${REQUIRED_EXCEL_API}" />`);
    expect(compareVersions(REQUIRED_EXCEL_API, OFFICE_2021)).toBeLessThanOrEqual(0);
  });

  describe("a newer member", () => {
    const touchNotes = (recorder: Recorder, detect: boolean) => {
      const wb = createMockWorkbook(undefined, { recorder });
      const sheet = wb.context.workbook.worksheets.add("督办事项");
      if (detect && !supportsExcelApi(NOTES_EXCEL_API)) return;
      try {
        sheet.notes.load("items");
      } catch {
        // The mock, like this build, has no notes: `sheet.notes` is undefined.
      }
    };

    it("fails the check when the code calls Worksheet.notes without detecting ExcelApi 1.18", async () => {
      const recorder = createRecorder();
      touchNotes(recorder, false);
      const { problems } = judge(await build.replay(HOST_FILES[0]!, [...recorder.uses.values()]), sets, REQUIRED_EXCEL_API);
      expect(problems).toEqual([expect.stringMatching(/^Worksheet\.notes .* is not in this build's object model and is used without detection$/)]);
    });

    it("passes when the same call is behind isSetSupported, on an Excel with and without notes", async () => {
      const recorder = createRecorder();
      touchNotes(recorder, true);
      emulateExcelApi(NOTES_EXCEL_API);
      touchNotes(recorder, true);
      emulateExcelApi(null);
      const replayed = await build.replay(HOST_FILES[0]!, [...recorder.uses.values()]);
      expect(replayed.some((r) => r.level === NOTES_EXCEL_API && r.members.some((m) => m.member === "notes" && !m.exists))).toBe(true);
      expect(judge(replayed, sets, REQUIRED_EXCEL_API).problems).toEqual([]);
    });

    it("fails the check when a detection claims less than the member needs", async () => {
      const recorder = createRecorder();
      emulateExcelApi("1.16");
      touchNotes(recorder, false);
      emulateExcelApi(null);
      const { problems } = judge(await build.replay(HOST_FILES[0]!, [...recorder.uses.values()]), sets, REQUIRED_EXCEL_API);
      expect(problems).toEqual([expect.stringContaining("needs ExcelApi 1.18, more than the 1.16 its detection checked")]);
    });
  });
});
