/** 刷新汇总: the year's summary and assessment from the worker, rebuilt into 考评汇总. */
import * as endpoints from "../api/endpoints";
import { writeSummary } from "../workbook";
import { chinaMinute } from "../../domain/calendar/china-today";
import { inExcel, yearOf, type Line, type SyncContext } from "./context";

export async function refreshSummary(ctx: SyncContext): Promise<Line[]> {
  const year = yearOf(ctx);
  ctx.progress(`下载 ${year} 年汇总`, 0.1);
  const [summary, assessment] = await Promise.all([
    endpoints.summary(ctx.api, year, { signal: ctx.signal }),
    endpoints.assessment(ctx.api, year, { signal: ctx.signal }),
  ]);
  ctx.signal.throwIfAborted();
  ctx.progress("正在重建“考评汇总”", 0.5);
  const entries = assessment.entries;
  await inExcel((context) => writeSummary(context, summary, entries, { pulledAt: chinaMinute(new Date()) }));
  const ranked = entries.filter((e) => e.rank !== null).length;
  const apart = entries.filter((e) => !e.assessed).length;
  const others = apart > 0 ? `另有 ${apart} 家非参评单位单列。` : "";
  return [{ text: `“考评汇总”已刷新：${year} 年，${ranked} 家单位参与排名。${others}`, tone: "ok" }];
}
