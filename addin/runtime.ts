/**
 * Entry of the shared runtime's page (taskpane.html → taskpane.js): registers the custom
 * functions, then starts the task pane. One bundle, so the functions and the pane share one copy
 * of addin/shared/state.ts (the holiday calendar a pull refreshes).
 */
import "./functions/register";
import { startPane } from "./taskpane/taskpane";

void startPane();
