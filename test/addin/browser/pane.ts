/**
 * Opening the task pane in Chromium: every request that would leave 127.0.0.1 is recorded (and
 * refused: the browser resolves no other host, see launchChromium), every Content-Security-Policy
 * violation the browser reports is recorded, and with `shim` office.js is answered with the
 * office-addin-mock stand-in. Only that one file is intercepted: routing every request through
 * the test process cost the browser files about a quarter of their CPU.
 */
import type { BrowserContext, Page } from "playwright-core";
import { cellAddress } from "../../../addin/workbook/address";
import { layoutOf } from "../../../addin/workbook/layouts";

export type Pane = { page: Page; offsite: string[]; violations: string[] };

/** Where a wire column of a sheet sits: body row i is sheet row i + 1 (zero-based; the header is row 0). */
export const bodyCell = (key: string, bodyRow: number, column: string) => cellAddress(bodyRow + 1, layoutOf(key).columns.findIndex((c) => c.key === column));

/** Records in `into` every request of `page` to anywhere but `origin`. */
export function recordOffsite(page: Page, origin: string, into: string[]): void {
  page.on("request", (request) => {
    const url = request.url();
    if (/^(https?|wss?):/.test(url) && !url.startsWith(origin)) into.push(url);
  });
}

export async function openPane(context: BrowserContext, origin: string, opts: { shim?: string; saved?: string } = {}): Promise<Pane> {
  const page = await context.newPage();
  if (opts.saved) await page.addInitScript((saved) => void ((window as unknown as { __savedWorkbook: string }).__savedWorkbook = saved), opts.saved);
  const offsite: string[] = [];
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" && /Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  recordOffsite(page, origin, offsite);
  const shim = opts.shim;
  if (shim) await page.route(`${origin}/office-js/office.js`, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: shim }));
  await page.goto(`${origin}/taskpane`);
  return { page, offsite, violations };
}

/**
 * Signs in with a token; a pane that restored an earlier user's saved token signs out first. A
 * restore still under way when the form shows (a saved token being checked) can take the form
 * away again: then the pane is looked at anew.
 */
export async function signIn(page: Page, token: string) {
  for (let attempt = 1; ; attempt++) {
    await page.locator("#signin:not([hidden]), #session:not([hidden])").first().waitFor();
    if (await page.locator("#session").isVisible()) await page.locator("#signout").click();
    try {
      await page.locator("#token").fill(token, { timeout: 10_000 });
      break;
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
  await page.locator("#signin-button").click();
  await page.locator("#session").waitFor({ state: "visible" });
}

/**
 * Clicks an action by its Chinese label and waits until the pane is idle again. With `answer`, the
 * action is expected to ask first (unsubmitted edits before a pull) and that choice is clicked.
 */
export async function runAction(page: Page, label: string, answer?: string) {
  await page.locator("#actions button", { hasText: label }).click();
  if (answer) await answerAsk(page, answer);
  await page.locator("#progress").waitFor({ state: "hidden" });
}

/** Waits for the pane's question and clicks the choice labelled `answer`; returns the question. */
export async function answerAsk(page: Page, answer: string): Promise<string> {
  await page.locator("#ask").waitFor({ state: "visible" });
  const question = (await page.locator("#ask-text").textContent()) ?? "";
  await page.locator("#ask-choices button", { hasText: answer }).click();
  return question;
}

export const logLines = (page: Page) => page.locator("#log li").allTextContents();

/** Values a user sees in a block of a mock sheet. */
export const sheetValues = (page: Page, sheet: string, address: string) =>
  page.evaluate(([s, a]) => (window as unknown as { __workbook: { values(s: string, a: string): unknown[][] } }).__workbook.values(s!, a!), [sheet, address]);

/** The notes on a mock sheet, by "row,column" (zero-based). */
export const sheetNotes = (page: Page, sheet: string) =>
  page.evaluate(
    (s) => Object.fromEntries((window as unknown as { __workbook: { sheet(n: string): { notes: Map<string, string> } } }).__workbook.sheet(s).notes),
    sheet,
  );

/** A user typing into one cell of a mock sheet; false when the cell is locked. */
export const typeInto = (page: Page, sheet: string, address: string, value: string | number) =>
  page.evaluate(
    ([s, a, v]) => (window as unknown as { __workbook: { typeInto(s: string, a: string, v: string | number): boolean } }).__workbook.typeInto(s, a, v),
    [sheet, address, value] as const,
  );

/** Every non-empty cell value of a mock sheet, as text. */
export const sheetTexts = (page: Page, sheet: string) =>
  page.evaluate(
    (s) =>
      [...(window as unknown as { __workbook: { sheet(n: string): { cells: Map<string, { value: unknown }> } } }).__workbook.sheet(s).cells.values()]
        .map((c) => String(c.value))
        .filter((v) => v !== ""),
    sheet,
  );

/** The mock workbook as saved, for reopening it in a new page (openPane's `saved`). */
export const saveWorkbook = (page: Page) => page.evaluate(() => (window as unknown as { __workbook: { save(): string } }).__workbook.save());

/** The formula a user typed into a cell of a mock sheet. */
export const cellFormula = (page: Page, sheet: string, address: string) =>
  page.evaluate(([s, a]) => (window as unknown as { __workbook: { cell(s: string, a: string): { formula?: string } } }).__workbook.cell(s!, a!).formula, [sheet, address]);
