import type { MatterColour } from "../../schema/values";
import type { ColumnLayout } from "./types";

// The pieces every sheet layout is built from: a column the user types into, a column the server
// keeps (grey), the 校验意见 column, and the server's colours as fills. Shared by layouts.ts and
// register-layouts.ts.

export const user = (key: string, header: string, kind: ColumnLayout["kind"], more: Partial<ColumnLayout> = {}): ColumnLayout => ({
  key,
  header,
  kind,
  owner: "user",
  ...more,
});
export const server = (key: string, header: string, kind: ColumnLayout["kind"], more: Partial<ColumnLayout> = {}): ColumnLayout => ({
  key,
  header,
  kind,
  owner: "server",
  ...more,
});

/** The key of the 校验意见 column: why the server refused the row, as text that shows and prints without notes. */
export const REMARK_KEY = "remark";
/** Last column of every sheet the user submits from; written by markRefusals only, blank after a clean push. */
export const remark = () => server(REMARK_KEY, "校验意见", "text", { width: 240, wrap: true });

/**
 * How each of the server's colours looks on the sheet: Excel's own good / neutral / bad styles,
 * orange (settled late), blue (waiting for the office's review) and grey (cancelled).
 */
export const COLOUR_STYLES: Readonly<Record<MatterColour, { fill: string; font: string }>> = {
  green: { fill: "#C6EFCE", font: "#006100" },
  yellow: { fill: "#FFEB9C", font: "#9C5700" },
  red: { fill: "#FFC7CE", font: "#9C0006" },
  orange: { fill: "#F8CBAD", font: "#833C0B" },
  blue: { fill: "#DDEBF7", font: "#1F4E78" },
  grey: { fill: "#D9D9D9", font: "#595959" },
};
