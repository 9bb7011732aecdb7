import { restoreCalendar } from "../shared/state";
import { deadline, workdays } from "./functions";

// Runtime entry for the custom functions (the webpack plugin would append these lines; esbuild does not).
// Outside Excel the CustomFunctions global is absent and nothing is registered.
restoreCalendar();
if (typeof CustomFunctions !== "undefined") {
  CustomFunctions.associate("DEADLINE", deadline);
  CustomFunctions.associate("WORKDAYS", workdays);
}
