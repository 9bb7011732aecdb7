import { createClient } from "../api/client";
import { calendars } from "../api/endpoints";
import { loadToken } from "../sync/token-store";
import { onCalendarChange, restoreCalendar, setCalendarYears } from "../shared/state";

// The custom functions are right before any pull: when the shared runtime starts, the calendar saved
// by an earlier session is restored, then the current one is fetched from the worker with the saved
// token (offline or signed out, the saved one stays). Whenever the calendar changes (start-up, pull,
// 载入节假日), the workbook is recalculated in full once: the functions are not volatile, so nothing
// else would make cells that already answered count again with the new holidays.

/** Recalculates every formula once (Excel.CalculationType "Full", ExcelApi 1.1). */
export async function recalculateAll(): Promise<void> {
  if (typeof Excel === "undefined") return;
  await Excel.run(async (context) => {
    context.workbook.application.calculate("Full");
    await context.sync();
  }).catch((err: unknown) => console.warn("recalculation after a calendar change failed", err));
}

let subscribed: (() => void) | null = null;

export async function startCalendar(fetchYears = async () => {
  const token = await loadToken();
  return token ? calendars(createClient(token)) : null;
}): Promise<void> {
  subscribed ??= onCalendarChange(() => void recalculateAll());
  await restoreCalendar();
  try {
    const years = await fetchYears();
    if (years) setCalendarYears(years);
  } catch (err) {
    console.warn("calendar not loaded at start-up; the saved one is used", err);
  }
}
