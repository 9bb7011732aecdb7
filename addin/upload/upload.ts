// The 报送表 upload page (/upload): sign in with a token, download the unit's template for a
// period, upload it filled, and see what was stored or refused (cell by cell), with the file
// marked red on request. Same origin and CSP as the task pane; the token lives in this page only.
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
let token = "";
let lastFile: File | null = null;

function say(text: string, kind: "ok" | "bad" | "" = "") {
  const s = $("status");
  if (!s) return;
  s.textContent = text;
  s.className = `status ${kind}`;
}

function showList(items: { text: string; bad: boolean }[], marked: boolean) {
  const list = $<HTMLUListElement>("result-list");
  const section = $("result");
  if (!list || !section) return;
  list.replaceChildren(...items.map((i) => Object.assign(document.createElement("li"), { textContent: i.text, className: i.bad ? "bad" : "" })));
  section.hidden = items.length === 0;
  const button = $("marked");
  if (button) button.hidden = !marked;
}

const auth = (more: Record<string, string> = {}) => ({ Authorization: `Bearer ${token}`, ...more });

async function errorText(res: Response): Promise<{ message: string; cells: { message: string }[]; details: { message: string }[] }> {
  try {
    const body = (await res.json()) as { error?: { message?: string; cells?: { message: string }[]; details?: { message: string }[] } };
    return { message: body.error?.message ?? `请求失败（${res.status}）`, cells: body.error?.cells ?? [], details: body.error?.details ?? [] };
  } catch {
    return { message: `请求失败（${res.status}）`, cells: [], details: [] };
  }
}

/** Saves a response's body under the name its Content-Disposition gives. */
async function save(res: Response, fallback: string) {
  const cd = res.headers.get("Content-Disposition") ?? "";
  const name = /filename\*=UTF-8''([^;]+)/.exec(cd)?.[1];
  const a = document.createElement("a");
  a.href = URL.createObjectURL(await res.blob());
  a.download = name ? decodeURIComponent(name) : fallback;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

function thisQuarter(): string {
  const d = new Date();
  return `${d.getFullYear()}-Q${Math.floor(d.getMonth() / 3) + 1}`;
}

async function signIn(e: Event) {
  e.preventDefault();
  token = $<HTMLInputElement>("token")?.value.trim() ?? "";
  // A header carries only ASCII: a token pasted with other characters cannot be one of ours.
  if (!/^[\x21-\x7e]+$/.test(token)) {
    token = "";
    say("令牌有误：令牌只由字母、数字和符号组成，请重新粘贴办公室发放的令牌", "bad");
    return;
  }
  const res = await fetch("/api/v1/me", { headers: auth() });
  if (!res.ok) {
    token = "";
    say((await errorText(res)).message, "bad");
    return;
  }
  const me = (await res.json()) as { roleName: string; unit: string | null };
  const who = $("who");
  if (who) who.textContent = me.unit ?? me.roleName;
  const signin = $("signin");
  const work = $("work");
  if (signin) signin.hidden = true;
  if (work) work.hidden = false;
  const period = $<HTMLInputElement>("period");
  if (period && !period.value) period.value = thisQuarter();
  say("已登录", "ok");
}

function signOut() {
  token = "";
  const signin = $("signin");
  const work = $("work");
  if (signin) signin.hidden = false;
  if (work) work.hidden = true;
  showList([], false);
  say("已退出登录");
}

async function download(e: Event) {
  e.preventDefault();
  const period = $<HTMLInputElement>("period")?.value.trim() ?? "";
  const res = await fetch(`/api/v1/files/report-template?period=${encodeURIComponent(period)}`, { headers: auth() });
  if (!res.ok) {
    const err = await errorText(res);
    say(err.message, "bad");
    showList(err.details.map((d) => ({ text: d.message, bad: true })), false);
    return;
  }
  await save(res, `报送表-${period}.xlsx`);
  say(`已下载 ${period} 期报送表，请填写后上传`, "ok");
}

async function upload(e: Event) {
  e.preventDefault();
  const file = $<HTMLInputElement>("file")?.files?.[0];
  if (!file) return;
  lastFile = file;
  say("正在上传……");
  const res = await fetch("/api/v1/files/reports", { method: "POST", headers: auth({ "Content-Type": XLSX }), body: file });
  if (res.ok) {
    const { rows } = (await res.json()) as { rows: { task: number; period: string; version: number }[] };
    say(`已保存 ${rows.length} 行`, "ok");
    showList(rows.map((r) => ({ text: `第${r.task}项重点工作（${r.period}）已保存，版本 ${r.version}`, bad: false })), false);
    return;
  }
  const err = await errorText(res);
  say(err.message, "bad");
  const lines = err.cells.length ? err.cells : err.details;
  showList(lines.map((c) => ({ text: c.message, bad: true })), err.cells.length > 0);
}

async function downloadMarked() {
  if (!lastFile) return;
  const res = await fetch("/api/v1/files/reports?marked=1", { method: "POST", headers: auth({ "Content-Type": XLSX }), body: lastFile });
  if (res.headers.get("Content-Type") !== XLSX) {
    say((await errorText(res)).message, "bad");
    return;
  }
  await save(res, "报送表-校验意见.xlsx");
  say("已下载标注了问题的报送表：红色单元格需修改，原因见“校验意见”列", "bad");
}

document.addEventListener("DOMContentLoaded", () => {
  $("signin-form")?.addEventListener("submit", (e) => void signIn(e));
  $("signout")?.addEventListener("click", signOut);
  $("download-form")?.addEventListener("submit", (e) => void download(e));
  $("upload-form")?.addEventListener("submit", (e) => void upload(e));
  $("marked")?.addEventListener("click", () => void downloadMarked());
});
