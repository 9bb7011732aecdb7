/**
 * The add-in's pull and push run in Node against the real worker (wrangler dev on a local D1, as the
 * browser tests start it) with the mock workbook standing in for Excel. Every request the add-in
 * sends is recorded on its way to the worker, so a test can tell which rows a push sent.
 */
import { expect } from "vitest";
import { createClient } from "../../../addin/api/client";
import * as endpoints from "../../../addin/api/endpoints";
import { pull } from "../../../addin/sync/pull";
import { push } from "../../../addin/sync/push";
import { forgetPulled } from "../../../addin/sync/snapshot";
import type { Line, SyncContext } from "../../../addin/sync/context";
import { cellAddress } from "../../../addin/workbook/address";
import { layoutOf } from "../../../addin/workbook/layouts";
import { createMockWorkbook, type MockWorkbook } from "../workbook/mock-workbook";
import { callWorker } from "../browser/harness";

export type Sent = { method: string; path: string; body: Record<string, unknown> | null };

export type Session = {
  wb: MockWorkbook;
  sent: Sent[];
  pull: (answer?: string) => Promise<Line[]>;
  push: () => Promise<Line[]>;
  /** Types into a body row (zero-based) of a sheet, by column key. */
  type: (key: string, row: number, column: string, value: string | number) => void;
  /** The value a user sees in a body row's cell, by column key. */
  value: (key: string, row: number, column: string) => string | number | boolean;
  fill: (key: string, row: number, column: string) => string | null;
  /** The body row holding `id` in the key column, or the first blank row when `id` is undefined. */
  rowOf: (key: string, id?: number) => number;
  /** Makes this session's workbook the one Excel.run hands out again, its snapshot read back from the file. */
  activate: () => void;
};

/** A 专题会议 of 2026-03-20 with these invited units, stored through the API by the office; its id. */
export async function postMeeting(origin: string, officeToken: string, invited: string[]): Promise<number> {
  const made = await callWorker(origin, officeToken, "/api/v1/meetings", {
    method: "POST",
    json: { kind: "专题会议", date: "2026-03-20", convener: "副县长 李某", place: "县政府会议室", invited },
  });
  expect(made.status).toBe(201);
  return made.body.id as number;
}

/** The pane's lines after a pull or a push, as one text to search. */
export const joined = (lines: { text: string }[]) => lines.map((l) => l.text).join("\n");

export const at = (key: string, row: number, column: string) => {
  const i = layoutOf(key).columns.findIndex((c) => c.key === column);
  if (i < 0) throw new Error(`no column ${column} on ${key}`);
  return cellAddress(row + 1, i);
};

/** A new workbook (as a fresh Excel file) signed in with `token`; pull "all" for the office, "own" for a unit. */
export async function openSession(origin: string, token: string, scope: "all" | "own"): Promise<Session> {
  const wb = createMockWorkbook();
  const activate = () => {
    forgetPulled();
    (globalThis as { Excel?: unknown }).Excel = { run: <T>(fn: (c: Excel.RequestContext) => Promise<T>) => wb.run(fn) };
  };
  activate();
  const sent: Sent[] = [];
  const api = createClient(token, origin, (input, init) => {
    if (init?.method && init.method !== "GET") {
      sent.push({ method: init.method, path: new URL(String(input)).pathname, body: typeof init.body === "string" ? (JSON.parse(init.body) as Record<string, unknown>) : null });
    }
    return fetch(input, init);
  });
  const me = await endpoints.me(api);
  let answer = "merge";
  const ctx: SyncContext = { api, me, signal: new AbortController().signal, progress: () => undefined, ask: () => Promise.resolve(answer) };
  const s: Session = {
    wb,
    activate,
    sent,
    pull: (a = "merge") => ((answer = a), pull(ctx, scope)),
    push: () => push(ctx),
    type: (key, row, column, value) => {
      if (!wb.typeInto(layoutOf(key).sheet, at(key, row, column), value)) throw new Error("locked");
    },
    value: (key, row, column) => wb.values(layoutOf(key).sheet, at(key, row, column))[0]![0]!,
    fill: (key, row, column) => wb.cell(layoutOf(key).sheet, at(key, row, column)).fill,
    rowOf: (key, id) => {
      const layout = layoutOf(key);
      for (let row = 0; row < 500; row++) {
        const v = s.value(key, row, layout.rowKey);
        if (id === undefined ? v === "" && layout.columns.every((c) => s.value(key, row, c.key) === "") : v === id) return row;
      }
      return -1;
    },
  };
  return s;
}
