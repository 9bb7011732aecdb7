import type { OfficeMockObject } from "office-addin-mock";
import type { Tracker } from "./mock-grid";

/**
 * Application.calculationMode as Excel has it: every assignment is a change (also to the same value,
 * recorded in `log`), and a load is answered as of its place in the batch, i.e. the mode before a
 * switch queued after it. `answer()` is called at each sync, `drop()` at a sync that fails (Excel
 * answers no load of a failed request). No Node built-ins.
 */
export function calculationOf(app: OfficeMockObject, tracker: Tracker, log: string[]): { answer(): void; drop(): void } {
  let mode = "Automatic";
  let loaded: string | undefined;
  let pending: string | undefined;
  Object.defineProperty(app, "calculationMode", {
    get: () => loaded ?? "Error, property was not loaded",
    set: (v: unknown) => {
      tracker.flush();
      mode = String(v);
      log.push(mode);
    },
  });
  (app as unknown as Record<string, unknown>).load = () => {
    pending = mode;
    return app;
  };
  return {
    answer: () => {
      if (pending !== undefined) [loaded, pending] = [pending, undefined];
    },
    drop: () => void (pending = undefined),
  };
}
