// One-off extractor: reads the plan document and prints its 32 key tasks as JSON
// (number, domain, title, full text, responsible units as written). Its output was
// reviewed and committed as seed/jinzhai/plan.json; test/seed re-checks it against the document.
import { readFileSync } from "node:fs";

export interface ExtractedTask { no: number; domain: string; title: string; text: string; units: string[] }

export function extractTasks(documentText: string): ExtractedTask[] {
  const section = (documentText.split("五、重点工作")[1] ?? "").split("六、工作要求")[0] ?? "";
  const body = section
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .join("");
  // Headings as the plan writes them, less the word 领域: 诉源治理 … 执行案件, then 其他相关工作.
  const domains = [...body.matchAll(/（[一二三四五]）(.+?(?:领域|工作))(?=\d)/g)].map((m) => ({
    at: m.index,
    name: (m[1] ?? "").replace(/领域$/, ""),
  }));
  const tasks: ExtractedTask[] = [];
  const re = /(\d{1,2})\.(.+?)(?=\d{1,2}\.[^\d]|（[一二三四五]）|$)/g;
  for (const m of body.matchAll(re)) {
    const no = Number(m[1]);
    const at = m.index ?? 0;
    if (no !== tasks.length + 1) continue;
    const text = (m[2] ?? "").trim();
    const domain = domains.filter((d) => (d.at ?? 0) < at).at(-1)?.name ?? "";
    const title = text.split("。")[0] ?? text;
    const resp = text.match(/（责\s*任\s*单\s*位：(.+?)[)）]/);
    const units = resp?.[1] ? resp[1].split(/[、，,]/).map((s) => s.trim()).filter(Boolean) : [];
    tasks.push({ no, domain, title, text, units });
  }
  return tasks;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // npx tsx scripts/extract-plan-tasks.ts ../shared/plan/jinzheng-2022-23.txt
  const doc = readFileSync(process.argv[2] ?? "../shared/plan/jinzheng-2022-23.txt", "utf8");
  console.log(JSON.stringify(extractTasks(doc), null, 1));
}
