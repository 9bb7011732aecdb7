import type { z } from "zod";
import { detail } from "./errors";
import type { ErrorDetail } from "../../schema/contracts/errors";

/**
 * Maps zod issues onto cells: `rows.3.task` becomes row 3, column "task"; inside any other list
 * the list's name stays in the column (`indicators.0.weight` → row 0, column "indicators.weight");
 * a top-level field or a query parameter becomes row null, column <name>. A field the contract
 * does not know (strict objects) gives one detail per field, its column the field itself.
 */
export function issuesToDetails(error: z.ZodError): ErrorDetail[] {
  const details = error.issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => cell([...path, key], "unknown_field", `不能提交字段 ${key}`));
    }
    return [cell(path, issue.code, issue.message)];
  });
  return onceEachPerCell(details);
}

/**
 * Two checks of one cell can fail with the same words (an empty 进展 is both too short and blank):
 * the clerk reads each message once on the cell, the first check's code kept.
 */
function onceEachPerCell(details: ErrorDetail[]): ErrorDetail[] {
  const seen = new Set<string>();
  return details.filter((d) => {
    const key = JSON.stringify([d.row, d.column, d.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function cell(path: string[], code: string, message: string): ErrorDetail {
  const rowAt = path.findIndex((p, i) => i > 0 && /^\d+$/.test(p));
  if (rowAt > 0) {
    const list = path.slice(0, rowAt);
    const rest = path.slice(rowAt + 1);
    const column = list.length === 1 && list[0] === "rows" ? rest : [...list, ...rest];
    return detail(Number(path[rowAt]), column.length ? column.join(".") : null, code, message);
  }
  return detail(null, path.length ? path.join(".") : null, code, message);
}
