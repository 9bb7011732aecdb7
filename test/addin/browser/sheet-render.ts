import { isoOfSerial } from "../../../addin/shared/excel-date";
import { boundsOf, key, type Cell, type SheetState } from "../workbook/mock-grid";

// A mock workbook's sheet drawn as Excel would show it at 100% zoom: column widths, fills (conditional
// ones too), fonts, wrapped text, the frozen header, the charts as labelled bars where they sit, and a
// line with the sheet's print settings. Opened in Chromium, it gives the screenshot a clerk looks at,
// and lets a test find text cut off by its column (a cell not wrapping whose text is wider than it).

type SavedSheet = Omit<SheetState, "cells" | "notes" | "columnWidths"> & { cells: [string, Cell][]; columnWidths: [number, number][] };
type Saved = { sheets: SavedSheet[] };

const PX_PER_PT = 4 / 3;
const DEFAULT_WIDTH_PT = 48;
const ROW_PX = 20;

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
const letter = (c: number) => {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

/** What the cell shows for its number format: dates, percentages and one-decimal scores as Excel formats them. */
function shown(cell: Cell): string {
  const v = cell.value;
  if (typeof v === "number") {
    if (/y/.test(cell.numberFormat)) return isoOfSerial(v) ?? String(v);
    if (cell.numberFormat.endsWith("%")) return `${(v * 100).toFixed(1)}%`;
    if (cell.numberFormat === "0.0") return v.toFixed(1);
    return String(v);
  }
  const text = String(v);
  return text.startsWith("'") ? text.slice(1) : text;
}

/** The fill and font a conditional rule `=$N2="逾期"` gives the cell at (r, c), if any. */
function conditional(sheet: SavedSheet, r: number, c: number): { fill?: string; font?: string } {
  for (const rule of sheet.conditionalFormats) {
    const b = boundsOf(rule.address);
    if (r < b.r0 || r > b.r1 || c < b.c0 || c > b.c1) continue;
    const m = /^=\$([A-Z]+)\d+="(.*)"$/.exec(rule.formula ?? "");
    if (!m) continue;
    const col = boundsOf(`${m[1]}1`).c0;
    const cell = new Map(sheet.cells).get(key(r, col));
    if (cell && shown(cell) === m[2]) return { fill: rule.fill, font: rule.font };
  }
  return {};
}

function printLine(sheet: SavedSheet): string {
  const p = sheet.pageLayout;
  const zoom = p.zoom?.horizontalFitToPages ? `适应 ${p.zoom.horizontalFitToPages} 页宽${p.zoom.verticalFitToPages ? `、${p.zoom.verticalFitToPages} 页高` : ""}` : `缩放 ${p.zoom?.scale ?? 100}%`;
  // Excel's header and footer codes, as the printed page shows them: &B bold on/off, &P this page, &N pages.
  const code = (t: string | undefined) => t?.replace(/&B/g, "").replace(/&P/g, "1").replace(/&N/g, "N");
  const f = Object.fromEntries(Object.entries(p.footers ?? {}).map(([k, v]) => [k, code(v)])) as typeof p.footers & object;
  return [
    `纸张 ${p.paperSize ?? "未设置"} · ${p.orientation === "Landscape" ? "横向" : "纵向"} · ${zoom}`,
    `标题行 ${p.titleRows ?? "无"}${p.printArea ? ` · 打印区域 ${p.printArea}` : ""}`,
    `页眉 ${f.centerHeader ?? "无"} · 页脚 ${[f.centerFooter, f.rightFooter].filter(Boolean).join(" / ") || "无"}`,
  ].join("　|　");
}

/** The sheet as an HTML page; `maxRows` rows at most (a screen and a little more). */
export function renderSheetHtml(savedText: string, name: string, maxRows = 45): string {
  const saved = JSON.parse(savedText) as Saved;
  const sheet = saved.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const cells = new Map(sheet.cells);
  const widths = new Map(sheet.columnWidths);
  let rows = 0;
  let cols = 0;
  for (const [k, c] of cells) {
    if (c.value === "" && !c.fill) continue;
    const [r, col] = k.split(",").map(Number) as [number, number];
    rows = Math.max(rows, r + 1);
    cols = Math.max(cols, col + 1);
  }
  for (const chart of sheet.charts.filter((c) => !c.deleted && c.to)) cols = Math.max(cols, boundsOf(chart.to!).c0 + 1);
  rows = Math.min(rows, maxRows);
  const widthPx = (c: number) => Math.round((widths.get(c) ?? DEFAULT_WIDTH_PT) * PX_PER_PT);

  const head = `<tr><th class="corner"></th>${Array.from({ length: cols }, (_, c) => `<th style="width:${widthPx(c)}px">${letter(c)}</th>`).join("")}</tr>`;
  const body = Array.from({ length: rows }, (_, r) => {
    const tds = Array.from({ length: cols }, (_, c) => {
      const cell = cells.get(key(r, c));
      if (!cell) return `<td></td>`;
      const cond = conditional(sheet, r, c);
      const style = [
        `background:${cond.fill ?? cell.fill ?? "transparent"}`,
        `color:${cond.font ?? cell.fontColor ?? "#000"}`,
        cell.bold ? "font-weight:bold" : "",
        cell.size ? `font-size:${Math.round(cell.size * PX_PER_PT)}px` : "",
        cell.wrap ? "white-space:pre-wrap" : "white-space:nowrap",
        `vertical-align:${(cell.verticalAlignment ?? "Bottom").toLowerCase() === "top" ? "top" : "bottom"}`,
        typeof cell.value === "number" ? "text-align:right" : "",
      ].filter(Boolean);
      // As in Excel, text that does not wrap runs on over empty cells to its right (and is cut at the first full one).
      let room = widthPx(c);
      for (let n = c + 1; n < cols && !cells.get(key(r, n))?.value; n++) room += widthPx(n);
      return `<td data-cell="${letter(c)}${r + 1}" data-wrap="${cell.wrap ? 1 : 0}" data-room="${room - 7}" style="${style.join(";")}"><div style="max-width:${room - 7}px">${escape(shown(cell))}</div></td>`;
    }).join("");
    const frozen = r + 1 === sheet.frozenRows ? ' class="frozen"' : "";
    return `<tr${frozen}><th>${r + 1}</th>${tds}</tr>`;
  }).join("");

  const left = (c: number) => 40 + Array.from({ length: c }, (_, i) => widthPx(i)).reduce((a, b) => a + b, 0);
  const charts = sheet.charts
    .filter((ch) => !ch.deleted && ch.from && ch.to)
    .map((ch) => {
      const from = boundsOf(ch.from!);
      const to = boundsOf(ch.to!);
      const src = boundsOf(ch.source);
      const bars = Array.from({ length: src.r1 - src.r0 }, (_, i) => {
        const label = cells.get(key(src.r0 + 1 + i, src.c0));
        const value = cells.get(key(src.r0 + 1 + i, src.c0 + 1));
        return { label: label ? shown(label) : "", value: typeof value?.value === "number" ? value.value : 0, text: value ? shown(value) : "" };
      });
      const max = Math.max(1e-9, ...bars.map((b) => b.value));
      const list = ch.reversed ? bars : [...bars].reverse();
      const items = list
        .map((b) => `<li><span class="label">${escape(b.label)}</span><span class="bar" style="width:${Math.round((b.value / max) * 60)}%"></span>${ch.labels ? `<span class="value">${escape(b.text)}</span>` : ""}</li>`)
        .join("");
      return `<figure class="chart" style="left:${left(from.c0)}px;top:${28 + 22 + from.r0 * ROW_PX}px;width:${left(to.c0 + 1) - left(from.c0)}px;height:${(to.r0 - from.r0 + 1) * ROW_PX}px"><figcaption>${escape(ch.title ?? "")}</figcaption><ul>${items}</ul></figure>`;
    })
    .join("");

  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    body { margin: 0; font: 15px "WenQuanYi Micro Hei", sans-serif; position: relative; }
    .print { height: 28px; line-height: 28px; font-size: 12px; background: #f3f3f3; padding: 0 8px; white-space: nowrap; overflow: hidden; }
    table { border-collapse: collapse; table-layout: fixed; }
    th { background: #eee; font-weight: normal; color: #555; font-size: 12px; border: 1px solid #d4d4d4; width: 40px; }
    td { border: 1px solid #d4d4d4; padding: 0 3px; height: ${ROW_PX - 1}px; overflow: visible; position: relative; }
    td > div { overflow: hidden; position: relative; z-index: 1; width: max-content; }
    td[data-wrap="1"] > div { max-width: none !important; width: auto; }
    tr.frozen td, tr.frozen th { border-bottom: 2px solid #888; }
    .chart { position: absolute; margin: 0; background: #fff; border: 1px solid #aaa; box-sizing: border-box; padding: 4px 8px; overflow: hidden; }
    .chart figcaption { text-align: center; font-weight: bold; font-size: 13px; }
    .chart ul { list-style: none; margin: 4px 0 0; padding: 0; font-size: 11px; }
    .chart li { display: flex; align-items: center; height: 14px; gap: 4px; }
    .chart .label { width: 96px; text-align: right; white-space: nowrap; overflow: hidden; }
    .chart .bar { background: #4472c4; height: 9px; }
  </style></head><body><div class="print">${escape(printLine(sheet))}</div><table style="width:${left(cols)}px">${head}${body}</table>${charts}</body></html>`;
}
