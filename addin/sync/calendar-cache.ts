/**
 * Every pull and every 载入节假日 hands the loaded holiday arrangements to whoever keeps the
 * custom functions' calendar (addin/shared/state.ts), so =FUYUAN.DEADLINE counts with the
 * same days the worker does. The task pane registers that keeper at start.
 */
import type { CalendarYear } from "../api/endpoints";

type Keeper = (years: CalendarYear[]) => void;
const keepers: Keeper[] = [];

export function onCalendarPulled(keeper: Keeper): void {
  keepers.push(keeper);
}

export function refreshCalendarCache(years: CalendarYear[]): void {
  for (const keep of keepers) keep(years);
}
