import type { z } from "zod";
import { detail } from "./errors";
import type { ErrorDetail } from "../../schema/contracts/errors";

/**
 * Maps zod issues onto cells: `rows.3.task` becomes row 3, column "task";
 * a top-level field or a query parameter becomes row null, column <name>.
 */
export function issuesToDetails(error: z.ZodError): ErrorDetail[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    const rowAt = path.findIndex((p, i) => i > 0 && /^\d+$/.test(p));
    if (rowAt > 0) {
      return detail(Number(path[rowAt]), path[rowAt + 1] ?? null, issue.code, issue.message);
    }
    return detail(null, path.length ? path.join(".") : null, issue.code, issue.message);
  });
}
