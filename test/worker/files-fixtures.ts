import * as ExcelJS from "../../worker/files/exceljs";
import { exports } from "cloudflare:workers";

/** A raw call through the worker's fetch handler, for files (the body is kept as bytes). */
export async function fetchFile(path: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.token) headers.set("Authorization", `Bearer ${init.token}`);
  const res = await exports.default.fetch(new Request(`https://fuyuan.test${path}`, { ...init, headers }));
  const bytes = await res.arrayBuffer();
  const type = res.headers.get("Content-Type") ?? "";
  const json = type.includes("json") ? JSON.parse(new TextDecoder().decode(bytes)) : undefined;
  return { status: res.status, headers: res.headers, bytes, json };
}

/** Reads an .xlsx with the same library the worker writes it with. */
export async function readXlsx(bytes: ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  return wb;
}

export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Uploads a workbook as the body of POST /api/v1/files/reports. */
export async function upload(wb: ExcelJS.Workbook | ArrayBuffer, token: string, query = "", headers: Record<string, string> = {}) {
  const body = wb instanceof ArrayBuffer ? wb : ((await wb.xlsx.writeBuffer()));
  return fetchFile(`/api/v1/files/reports${query}`, { method: "POST", token, body, headers: { "Content-Type": XLSX, ...headers } });
}
