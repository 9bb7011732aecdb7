// Shapes shared by the workbook layer and its callers (the task pane's pull/push orchestration).
// Sheet rows are keyed by column key and hold whatever the cells hold; the summary's shapes are the server's.
import type { AssessmentEntryWire } from "../../schema/contracts/assessment";
import type { SummaryWire } from "../../schema/contracts/summary";

/** The sheets the add-in owns, keyed as the API resources they show. */
export type SheetKey = "tasks" | "units" | "matters" | "reports" | "calendar" | MeetingSheetKey | MechanismSheetKey | RegisterKey | "summary";

/** The sheets of the plan's meetings (四(一)): meetings with attendance, topics, decisions. */
export type MeetingSheetKey = "meetings" | "topics" | "decisions";

/** The sheets of the plan's other mechanisms (四(二)、(三)) this add-in shows: joint research and task forces. */
export type MechanismSheetKey = "research" | "taskforces" | "taskforceLog";

/** The four registers (docs/registers.md), entered and corrected on their sheets. */
export type RegisterKey = "hearings" | "suggestions" | "petitionRisks" | "enterprises";

/**
 * How a column's cells are written and read back.
 * - text: number format "@", risky leading characters guarded so text never becomes a formula
 * - number: an integer or decimal; blank reads back as null
 * - date: the wire's `YYYY-MM-DD`, written as an Excel date serial formatted `yyyy-mm-dd`
 * - bool: 是 / 否
 * - list: an array on the wire, joined with 、 in the cell
 * - period: a reporting period, `2026-Q4` on the wire, 2026年第四季度 in the cell (the code typed reads too)
 */
export type ColumnKind = "text" | "number" | "date" | "bool" | "list" | "period";

/** A named list offered as an in-cell dropdown; the values live on the hidden 列表 sheet. */
export type ListName =
  | "units"
  | "tasks"
  | "sources"
  | "periods"
  | "attendance"
  | "topicDecisions"
  | "approvals"
  | "meetings"
  | "allUnits"
  | "yesNo"
  | "appearances"
  | "suggestionKinds"
  | "adoptions"
  | "riskGrades"
  | "riskStatuses"
  | "enterpriseLevels"
  | "meetingKinds"
  | "taskforces"
  | "taskforceStatuses"
  | "taskforceLogKinds";

export interface ColumnLayout {
  /** The key in the API wire row. */
  key: string;
  /** The Chinese header the user sees. */
  header: string;
  kind: ColumnKind;
  /** server: computed or assigned by the worker; grey and locked. user: editable. */
  owner: "server" | "user";
  /** Offer a dropdown from this list (user columns only). */
  list?: ListName;
  /**
   * A dropdown that advises without stopping other text: the hint Excel shows (an Information alert)
   * when something else is typed, as 报送期次 (the code 2026-Q4 typed) and a unit under another of
   * its names (the server judges it; a refusal is marked on the cell). Without it the list is a Stop.
   */
  lenient?: string;
  /** Column width in points. */
  width?: number;
  /** Long text: wrapped inside the column's width (by default text and lists of 150 points or more). */
  wrap?: boolean;
}

/** A conditional fill driven by the text in one column of the same row. */
export interface StateColour {
  column: string;
  equals: string;
  fill: string;
  font: string;
}

export interface SheetLayout {
  key: Exclude<SheetKey, "summary">;
  /** Worksheet name (Chinese). */
  sheet: string;
  /** Excel table name: ASCII, unique in the workbook. */
  table: string;
  /** The column that identifies a row on the server (blank on rows the user adds). */
  rowKey: string;
  columns: ColumnLayout[];
  /** Blank rows kept at the end of the table, ready to type into. */
  spareRows: number;
  colours: StateColour[];
  /** A line of text for the reader, in the first row beside the table (one column apart): WriteOptions.note. */
  note?: boolean;
}

/** The server's lists offered as dropdowns. The others (sources, the mechanisms' and registers' values) have fixed defaults. */
export interface ValidationLists {
  units?: string[];
  /** Every unit, also on a unit's own pull (a register names other units: the agency, the addressee). */
  allUnits?: string[];
  tasks?: number[];
  sources?: string[];
  /** The open reporting periods as labels (2026年第四季度 …), newest first. */
  periods?: string[];
  attendance?: string[];
  topicDecisions?: string[];
  approvals?: string[];
  /** The meetings the caller sees, by number (议题's 会议编号). */
  meetings?: number[];
  /** The task forces the caller sees, by name (专班工作记录's 专班). */
  taskforces?: string[];
}

/** One refused cell: `rowKey` is a table-body index (number, as `ROW_INDEX` in readTable rows) or a key-column value (string). */
export interface Refusal {
  rowKey: string | number;
  column: string;
  message: string;
  /** Why, for the pane's summary (bad value, no permission, already settled, year closed …). */
  kind?: "invalid" | "forbidden" | "settled" | "reviewing" | "closed" | "refused";
}

export interface Conflict {
  mine: Record<string, unknown>;
  theirs: Record<string, unknown>;
}

export interface WriteOptions {
  lists?: ValidationLists;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /**
   * Rows to keep as this sheet's pull snapshot inside the workbook (snapshot-store.ts), written in the
   * same requests as the sheet. Only sheets the user edits (SNAPSHOT_KEYS) keep one.
   */
  snapshot?: Record<string, unknown>[];
  /** When the pull happened (`YYYY-MM-DD HH:mm`, China time), printed in each page's footer. */
  pulledAt?: string;
  /** The sheet's line beside the table (layouts with `note`); blank clears it. */
  note?: string;
}

/** GET /api/v1/summary?year= */
export type SummaryPayload = SummaryWire;
/** One entry of GET /api/v1/assessment/:year. */
export type AssessmentEntry = AssessmentEntryWire;
