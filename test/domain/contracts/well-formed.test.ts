// The text check every text cell goes through (schema/contracts/common.ts): a text is accepted only
// when it survives being stored as UTF-8 unchanged, i.e. it has no lone surrogate.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWellFormed } from "../../../schema/contracts/common";

const roundTrips = (s: string) => new TextDecoder().decode(new TextEncoder().encode(s)) === s;
/** Texts of ASCII, CJK, paired and lone surrogates. */
const units = fc.oneof(fc.constantFrom("a", "进", "\n"), fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), fc.constant("😀"));

describe("isWellFormed", () => {
  it("accepts exactly the texts UTF-8 stores unchanged", () => {
    fc.assert(
      fc.property(fc.array(units, { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(isWellFormed(text)).toBe(roundTrips(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses a lone high or low surrogate and accepts a pair", () => {
    expect(isWellFormed("工作\uD83D")).toBe(false);
    expect(isWellFormed("\uDE00进展")).toBe(false);
    expect(isWellFormed("进展😀")).toBe(true);
  });
});
