/**
 * The 报送表's layout, shared by the writer and the reader: where the marks are, which column
 * holds what, and the words the dropdown offers. Changing a column here changes both sides;
 * a change a filled file from before could not be read under bumps TEMPLATE_FORMAT.
 */

/** What the marks sheet says a file is; anything else is not our template. */
export const TEMPLATE_KIND = "fuyuan-report-template";
/** The layout's version, kept in the marks; a file of another version is refused as outdated. */
export const TEMPLATE_FORMAT = 1;

/** The visible sheet a unit fills in. */
export const TEMPLATE_SHEET = "报送表";
/** The hidden sheet of marks (kind, format, unit, period), one key and value per row. */
export const MARKS_SHEET = "模板信息";

/** The header row; duties start on the row below it. */
export const HEADER_ROW = 4;
export const FIRST_ROW = HEADER_ROW + 1;

/** 本期报送: a row marked 暂不报送 is left out of the submission. */
export const INCLUDE = "报送";
export const SKIP = "暂不报送";

/** The columns from left to right. `field` names the submission's field a refusal's column points at. */
export const TEMPLATE_COLUMNS = [
  { letter: "A", key: "task", header: "任务序号", width: 9, fill: false },
  { letter: "B", key: "title", header: "重点工作", width: 36, fill: false },
  { letter: "C", key: "include", header: "本期报送", width: 11, fill: true },
  { letter: "D", key: "progress", header: "工作进展（必填）", width: 48, fill: true },
  { letter: "E", key: "problems", header: "存在问题", width: 32, fill: true },
  { letter: "F", key: "plan", header: "下步计划", width: 32, fill: true },
  { letter: "G", key: "remark", header: "校验意见", width: 30, fill: false },
  /** The stored report's version when the file was made (hidden): a newer one is a conflict. */
  { letter: "H", key: "version", header: "版本", width: 6, fill: false },
] as const;

export type TemplateColumnKey = (typeof TEMPLATE_COLUMNS)[number]["key"];

export const columnLetter = (key: TemplateColumnKey): string => TEMPLATE_COLUMNS.find((c) => c.key === key)!.letter;
export const columnHeader = (key: TemplateColumnKey): string => TEMPLATE_COLUMNS.find((c) => c.key === key)!.header;

/**
 * The sheet column a refusal's column (a field of the submission) points at: the task's own
 * column for the task, the unit and the period (they are the row's, set by the file), else its field.
 */
export function refusedColumn(field: string | null): TemplateColumnKey {
  if (field === "progress" || field === "problems" || field === "plan" || field === "version") return field;
  return "task";
}
