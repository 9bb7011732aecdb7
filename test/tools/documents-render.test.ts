/**
 * The office's .docx documents as a reader sees them: fetched from the real worker (wrangler dev
 * over a seeded local D1), rendered to PDF by LibreOffice headless (Debian's package, with the
 * machine's Chinese font), then to PNG (pdftoppm), and read back as text (pdftotext).
 * UPDATE_SCREENSHOTS=1 keeps the first page of each as docs/images/*.png for the README.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalWorker, tokensFor, callWorker, type LocalWorker } from "../addin/browser/harness";

const run = promisify(execFile);
let worker: LocalWorker;
let dir: string;
let t: { office: string; leader: string; unit: string };

beforeAll(async () => {
  [worker, dir] = await Promise.all([startLocalWorker(), mkdtemp(path.join(os.tmpdir(), "fuyuan-docs-"))]);
  t = await tokensFor(worker, { office: { role: "office" }, leader: { role: "leader" }, unit: { role: "unit", unit: "县财政局" } });
  // Two matters of 县财政局 long past their deadline, whatever today is.
  for (const title of ["某企业破产案件职工安置协调", "涉企行政诉讼败诉案件整改"]) {
    const made = await callWorker(worker.origin, t.office, "/api/v1/matters", { method: "POST", json: { title, lead: "县财政局", assigned: "2026-03-02", source: "其他", days: 10 } });
    expect(made.status).toBe(201);
  }
}, 180_000);

afterAll(async () => {
  await worker?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function fetchDoc(route: string, token: string, json?: unknown) {
  const res = await fetch(`${worker.origin}${route}`, {
    method: json === undefined ? "GET" : "POST",
    headers: { Authorization: `Bearer ${token}`, ...(json === undefined ? {} : { "Content-Type": "application/json" }) },
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  return { status: res.status, type: res.headers.get("Content-Type"), bytes: Buffer.from(await res.arrayBuffer()) };
}

/** Renders a .docx: its PDF's page count and text, and the PNG of page 1. */
async function render(name: string, bytes: Buffer) {
  const docx = path.join(dir, `${name}.docx`);
  await writeFile(docx, bytes);
  const profile = `file://${path.join(dir, "lo-profile")}`;
  await run("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, docx], { timeout: 120_000 });
  const pdf = path.join(dir, `${name}.pdf`);
  const { stdout: info } = await run("pdfinfo", [pdf]);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    const { stdout: text } = await run("pdftotext", ["-layout", pdf, "-"]);
  await run("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, path.join(dir, name)]);
  const png = path.join(dir, `${name}.png`);
  if (process.env.UPDATE_SCREENSHOTS) await copyFile(png, path.resolve(import.meta.dirname, `../../docs/images/${name}.png`));
  return { pages, size: info, text: text.replace(/\s+/g, ""), png };
}

describe("the office's documents rendered by LibreOffice", () => {
  it("renders the year-end 通报 on A4 with banner, number, title, 主送, body, issuer, date and the figures' version", async () => {
    const res = await fetchDoc("/api/v1/files/notice/2026.docx", t.leader);
    expect(res.status).toBe(200);
    expect(res.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    const r = await render("notice-2026", res.bytes);
    expect(r.size).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    // Every unit is named in the overview and the lists: a few pages, each numbered.
    expect(r.pages).toBeGreaterThanOrEqual(2);
    expect(r.pages).toBeLessThanOrEqual(10);
    expect(r.text).toContain(`—${r.pages}—`);
    for (const words of ["金寨县府院联动机制办公室文件", "金寨县府院联办〔2026〕", "关于2026年度府院联动工作考评结果的通报", "各成员单位：", "一、考评情况", "二、通报表扬单位", "府院联动机制办公室", "—1—", "数据版本"]) {
      expect(r.text).toContain(words);
    }
    expect((await readFile(r.png)).subarray(1, 4).toString()).toBe("PNG");
  }, 180_000);

  it("renders the office's edited 通报 with its own number and text; a unit may not have one made", async () => {
    const text = ["关于2026年度府院联动工作考评结果的通报", "各成员单位：", "　　经研究，现将考评结果通报如下。", "一、总体情况", "　　各单位认真履职，成效明显。", "金寨县府院联动机制办公室", "2026年12月31日"].join("\n");
    const res = await fetchDoc("/api/v1/files/notice/2026.docx", t.office, { text, number: "金府联办〔2026〕9号" });
    expect(res.status).toBe(200);
    const r = await render("notice-edited", res.bytes);
    expect(r.pages).toBe(1);
    for (const words of ["金府联办〔2026〕9号", "经研究，现将考评结果通报如下。", "一、总体情况", "2026年12月31日"]) expect(r.text).toContain(words);
    expect(r.text).not.toContain("二、通报表扬单位");
    expect((await fetchDoc("/api/v1/files/notice/2026.docx", t.unit)).status).toBe(403);
    expect((await fetchDoc("/api/v1/files/notice/2026.docx", t.leader, { text })).status).toBe(403);
  }, 180_000);

  it("renders a unit's 催办单 with each overdue matter, its deadline and working days past", async () => {
    const res = await fetchDoc(`/api/v1/files/reminder-notice/${encodeURIComponent("县财政局")}.docx`, t.office);
    expect(res.status).toBe(200);
    const r = await render("reminder-notice", res.bytes);
    expect(r.pages).toBeGreaterThanOrEqual(1);
    for (const words of ["关于督办事项办理情况的催办单", "县财政局：", "某企业破产案件职工安置协调", "涉企行政诉讼败诉案件整改", "请立即办理", "本事项已报分管领导督办", "本催办单依据"]) {
      expect(r.text).toContain(words);
    }
    // 已逾期 N 个工作日 in the table's 办理时限 column (the cell may wrap after 个工).
    expect(r.text).toMatch(/已逾期\d+个工/);
    const none = await fetchDoc(`/api/v1/files/reminder-notice/${encodeURIComponent("县林业局")}.docx`, t.office);
    expect(none.status).toBe(422);
    expect((await fetchDoc(`/api/v1/files/reminder-notice/${encodeURIComponent("县财政局")}.docx`, t.unit)).status).toBe(403);
  }, 180_000);
});
