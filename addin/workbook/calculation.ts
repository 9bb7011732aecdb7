// One operation (a pull, a push, a calendar load) writes several sheets in many requests. Calculation
// is switched to manual once at its start and put back at its end, so formulas that read the ledger
// (the clerk's own columns, =FUYUAN.DEADLINE) recalculate once instead of after every chunk.
// Application.calculationMode is read in ExcelApi 1.1 and set in 1.8 (the level dataValidation needs anyway).
// Screen updating has no such switch: suspendScreenUpdatingUntilNextSync lasts one request by design,
// so writeTable asks for it in each request that writes.

/**
 * Runs `fn` with calculation manual. The mode is read in a request of its own first: a load queued in
 * a request that fails is never answered, so a mode read alongside `fn`'s first writes would be lost
 * exactly when that request fails, with the switch to manual possibly applied. The switch travels with
 * `fn`'s first sync; the saved mode is put back, and a recalculation run, in one request at the end,
 * also when `fn` fails or is cancelled. A clerk's own manual mode is left as it is.
 */
export async function withCalculationSuspended<T>(context: Excel.RequestContext, fn: () => Promise<T>): Promise<T> {
  const app = context.workbook.application;
  app.load("calculationMode");
  await context.sync();
  const before = loadedMode(app);
  if (before === null || before === "Manual") return fn();
  app.calculationMode = "Manual";
  try {
    return await fn();
  } finally {
    app.calculationMode = before;
    app.calculate("Recalculate");
    // A failure to restore must not hide fn's own outcome (its result or its error).
    await context.sync().catch(() => undefined);
  }
}

const MODES = ["Automatic", "AutomaticExceptTables", "Manual"] as const;

/** The mode as loaded, or null when it could not be read (an unloaded property throws in Excel). */
function loadedMode(app: Excel.Application): (typeof MODES)[number] | null {
  try {
    const mode = app.calculationMode as string;
    return (MODES as readonly string[]).includes(mode) ? (mode as (typeof MODES)[number]) : null;
  } catch {
    return null;
  }
}
