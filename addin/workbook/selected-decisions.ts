import { layoutOf } from "./layouts";
import { readTable, ROW_INDEX } from "./read-table";

/** One selected 会议决定 row: the meeting, the decision's number, and the matter it already became. */
export type SelectedDecision = { meeting: number; no: number; ref: string; matter: number | null };

export type SelectedDecisions = { ok: true; rows: SelectedDecision[] } | { ok: false; message: string };

/**
 * The 会议决定 rows the selection covers (every row it touches, whatever its columns), read by the
 * sheet's headers; or why there are none. Selection on another sheet or outside the table's rows
 * says what to select.
 */
export async function selectedDecisions(context: Excel.RequestContext): Promise<SelectedDecisions> {
  const layout = layoutOf("decisions");
  const selected = context.workbook.getSelectedRange();
  selected.load("rowIndex,rowCount");
  const sheet = selected.worksheet;
  sheet.load("name");
  const table = context.workbook.tables.getItemOrNullObject(layout.table);
  table.load("isNullObject");
  await context.sync();
  if (sheet.name !== layout.sheet) return { ok: false, message: `请先在“${layout.sheet}”表中选中要转为督办事项的决定（可选多行）。` };
  if (table.isNullObject) return { ok: false, message: `“${layout.sheet}”表中还没有数据，请先拉取台账。` };
  const header = table.getHeaderRowRange();
  header.load("rowIndex");
  await context.sync();
  const first = selected.rowIndex - header.rowIndex - 1;
  const last = first + selected.rowCount - 1;
  const rows = (await readTable(context, "decisions")).filter((r) => {
    const at = r[ROW_INDEX] as number;
    return at >= first && at <= last;
  });
  if (!rows.length) return { ok: false, message: `选中的单元格不在“${layout.sheet}”表的数据行中，请选中要转办的决定所在的行。` };
  return {
    ok: true,
    rows: rows.map((r) => ({ meeting: Number(r.meeting), no: Number(r.no), ref: typeof r.ref === "string" ? r.ref : "", matter: typeof r.matter === "number" ? r.matter : null })),
  };
}
