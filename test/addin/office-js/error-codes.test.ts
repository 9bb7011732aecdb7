import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeError, OFFICE_ERROR_MESSAGES } from "../../../addin/shared/messages";
import { openRealBuild, type RealBuild } from "./real-build";

// Every error code the Office.js build the worker serves can raise has a Chinese sentence a clerk can act on.

/** English words a clerk would have to read; the product names Excel and Office are fine. */
const english = (text: string) => text.replace(/Excel|Office(\.js)?/g, "").match(/[A-Za-z]{3,}/);
let build: RealBuild;

describe("Excel's errors, in Chinese", () => {
  beforeAll(async () => {
    build = await openRealBuild();
  });
  afterAll(() => build?.close());

  it.each(["excel-web-16.00.js", "excel-win32-16.01.js"])("names every error code of %s", async (file) => {
    const codes = await build.errorCodes(file);
    expect(codes).toEqual(expect.arrayContaining(["AccessDenied", "GeneralException", "InvalidArgument", "ItemNotFound"]));
    expect(codes.filter((code) => !(code in OFFICE_ERROR_MESSAGES))).toEqual([]);
    // Excel on the web's own code for a request over 5 MB, not listed in the build's ErrorCodes.
    expect(OFFICE_ERROR_MESSAGES.RequestPayloadSizeLimitExceeded).toContain("超过了 Excel 的上限");
  });

  it("never shows an English word for an Excel error, and puts the debug info in the console", () => {
    const logged: unknown[][] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    try {
      for (const code of Object.keys(OFFICE_ERROR_MESSAGES)) {
        const text = describeError({ name: "RichApi.Error", code, message: "The operation failed.", debugInfo: { errorLocation: "Range.values" } });
        expect(english(text)).toBeNull();
      }
      expect(describeError({ name: "RichApi.Error", code: "SomethingNew", message: "x", debugInfo: {} })).toBe("Excel 未能完成操作，请重试；若仍失败，请关闭并重新打开工作簿。");
    } finally {
      console.error = error;
    }
    expect(logged).toContainEqual(["Excel error", "AccessDenied", "The operation failed.", { errorLocation: "Range.values" }]);
  });

  it("turns a bug (Cannot read properties of undefined) into a Chinese sentence", () => {
    const error = console.error;
    console.error = () => undefined;
    try {
      const text = describeError(new TypeError("Cannot read properties of undefined (reading 'load')"));
      expect(text).toContain("加载项内部出错");
      expect(text).not.toContain("Cannot");
    } finally {
      console.error = error;
    }
  });
});
