// One operation (a pull, a push, a calendar load) writes several sheets in many requests. Calculation
// is switched to manual once at its start and put back at its end, so formulas that read the ledger
// (the clerk's own columns, =FUYUAN.DEADLINE) recalculate once instead of after every chunk.
// Application.calculationMode is read in ExcelApi 1.1 and set in 1.8 (the level dataValidation needs anyway).
// Screen updating has no such switch: suspendScreenUpdatingUntilNextSync lasts one request by design,
// so writeTable asks for it in each request that writes.

/**
 * Runs `fn` with calculation manual. The mode is read and set in the batch of `fn`'s first sync (no
 * request of its own); the saved mode is put back, and a recalculation run, in one request at the end,
 * also when `fn` fails or is cancelled.
 */
export async function withCalculationSuspended<T>(context: Excel.RequestContext, fn: () => Promise<T>): Promise<T> {
  const app = context.workbook.application;
  app.load("calculationMode");
  app.calculationMode = "Manual";
  try {
    return await fn();
  } finally {
    let before = loadedMode(app);
    if (before === null) {
      // fn failed before its first sync: send the load (and the switch to manual) now, then undo it.
      await context.sync().catch(() => undefined);
      before = loadedMode(app);
    }
    if (before !== null && before !== "Manual") {
      app.calculationMode = before;
      app.calculate("Recalculate");
      await context.sync().catch(() => undefined);
    }
  }
}

const MODES = ["Automatic", "AutomaticExceptTables", "Manual"] as const;

/** The mode as loaded, or null before the load has been answered (an unloaded property throws in Excel). */
function loadedMode(app: Excel.Application): (typeof MODES)[number] | null {
  try {
    const mode = app.calculationMode as string;
    return (MODES as readonly string[]).includes(mode) ? (mode as (typeof MODES)[number]) : null;
  } catch {
    return null;
  }
}
