import { describe, expect, it } from "vitest";
import { z } from "zod";
// The app's validation config (the zh-CN locale and the Chinese words over it) is set where the routers are made.
import "../../../worker/platform/router";

const messageOf = (schema: z.ZodType, input: unknown) => schema.safeParse(input).error?.issues[0]?.message;
/** Letters a clerk would have to read as English, or a formula such as >=. */
const unreadable = (text: string) => text.replace(/true|false|null/g, "").match(/[A-Za-z]{3,}|[<>]=?/);

describe("validation messages a field gives no words of its own", () => {
  it.each([
    { what: "a text of at least 3", schema: z.string().min(3), input: "a", message: "至少 3 个字" },
    { what: "a text of at most 2", schema: z.string().max(2), input: "abc", message: "不超过 2 个字" },
    { what: "a list of at least 1", schema: z.array(z.number()).min(1), input: [] as unknown, message: "至少 1 项" },
    { what: "a list of at most 1", schema: z.array(z.number()).max(1), input: [1, 2] as unknown, message: "不超过 1 项" },
    { what: "a number of at least 5", schema: z.number().min(5), input: 1, message: "应不小于 5" },
    { what: "a number of at most 1", schema: z.number().max(1), input: 9, message: "应不大于 1" },
    { what: "a number above 0", schema: z.number().gt(0), input: 0, message: "应不小于 0（不含）" },
    { what: "a text of a pattern", schema: z.string().regex(/^a+$/), input: "b", message: "格式不正确" },
    { what: "a number given as text", schema: z.number().int(), input: "1", message: "应为数字，收到的是文本" },
    { what: "an integer given a fraction", schema: z.number().int(), input: 1.5, message: "应为整数，收到的是数字" },
    { what: "a missing field", schema: z.object({ a: z.string() }), input: {}, message: "缺少此项（应为文本）" },
  ])("$what reads $message", ({ schema, input, message }) => {
    const got = messageOf(schema, input);
    expect(got).toBe(message);
    expect(unreadable(got!)).toBeNull();
  });

  it("keeps a field's own words", () => {
    expect(messageOf(z.string().min(1, "请填写进展"), "")).toBe("请填写进展");
    expect(messageOf(z.string({ error: "应为文本" }), 1)).toBe("应为文本");
  });
});
