import { deadline, workdays } from "./functions";
import { startCalendar } from "./startup";

// Runtime entry for the custom functions (the webpack plugin would append these lines; esbuild does not).
// Outside Excel the CustomFunctions global is absent and nothing is registered.
if (typeof CustomFunctions !== "undefined") {
  CustomFunctions.associate("DEADLINE", deadline);
  CustomFunctions.associate("WORKDAYS", workdays);
}
void startCalendar();
