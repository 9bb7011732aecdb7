const QUARTERS = ["一", "二", "三", "四"] as const;

/**
 * The Chinese label of a reporting period code: `2026-Q4` → 2026年第四季度, `2026-03` → 2026年3月.
 * Anything that is not a period code comes back unchanged.
 */
export function periodLabel(code: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(code);
  if (quarter) return `${quarter[1]}年第${QUARTERS[Number(quarter[2]) - 1]}季度`;
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(code);
  if (month) return `${month[1]}年${Number(month[2])}月`;
  return code;
}

/**
 * The period code of what a user wrote: a label (2026年第四季度, 2026年4季度, 2026年11月,
 * 2026年03月) or the code itself (2026-Q4, 2026-q4, 2026-11). Null when it is neither, so the
 * caller can keep the text as typed for the server to refuse.
 */
export function periodOfText(text: string): string | null {
  const t = text.trim().replace(/\s+/g, "");
  const code = /^(\d{4})-(?:([qQ])([1-4])|(0[1-9]|1[0-2]))$/.exec(t);
  if (code) return code[2] ? `${code[1]}-Q${code[3]}` : `${code[1]}-${code[4]}`;
  const quarter = /^(\d{4})年第?([1-4一二三四])季度?$/.exec(t);
  if (quarter) {
    const q = /[1-4]/.test(quarter[2]!) ? Number(quarter[2]) : QUARTERS.indexOf(quarter[2] as (typeof QUARTERS)[number]) + 1;
    return `${quarter[1]}-Q${q}`;
  }
  const month = /^(\d{4})年(\d{1,2})月(?:份)?$/.exec(t);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return `${month[1]}-${month[2]!.padStart(2, "0")}`;
  return null;
}
