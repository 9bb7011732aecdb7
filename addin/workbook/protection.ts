/**
 * Locked cells cannot be typed into; filtering, sorting and resizing still work. No password: the
 * protection guards against slips (typing a deadline), the server guards everything else.
 */
export function protectSheet(sheet: Excel.Worksheet): void {
  sheet.protection.protect({
    allowAutoFilter: true,
    allowSort: true,
    allowFormatColumns: true,
    allowFormatRows: true,
  });
}
