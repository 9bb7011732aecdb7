import type { SheetLayout } from "./types";

// Every sheet the add-in writes prints as a 台账 page: A4 landscape, fit to one page wide, the header
// row repeated on every page, the sheet's title at the top and page numbers with the pull time at the
// bottom. The clerk's own print settings win: a sheet whose print titles are already set (by the
// clerk, or by an earlier pull) keeps its layout; only the pull time in our own footer moves on.

/** The right footer's text, also how a later pull knows the footer is still the add-in's own. */
const PULLED_PREFIX = "拉取于 ";

/** Margins in points (Excel's "Normal" preset is 0.7 in / 0.75 in; a bound 台账 wants a wider left). */
const MARGINS = { left: 54, right: 36, top: 54, bottom: 54, header: 22, footer: 22 } as const;

export type PageProbe = { titles: Excel.Range; rightFooter: Excel.HeaderFooter };

/**
 * Queues the loads a later decision needs: whether print titles exist and what the right footer says.
 * Queued on the sheet as found (possibly a null object, like its protection probe); read only when it exists.
 */
export function probePageSetup(sheet: Excel.Worksheet): PageProbe {
  const titles = sheet.pageLayout.getPrintTitleRowsOrNullObject();
  titles.load("isNullObject");
  const rightFooter = sheet.pageLayout.headersFooters.defaultForAllPages;
  rightFooter.load("rightFooter");
  return { titles, rightFooter };
}

/** Right footer text for a pull at `pulledAt` (`YYYY-MM-DD HH:mm`, China time). */
export const pulledFooter = (pulledAt: string) => `${PULLED_PREFIX}${pulledAt}`;

/**
 * Queues the page setup: the whole 台账 layout on a new sheet or one never set up (`probe` null or no
 * print titles), else only the pull time, and only in a footer that is still the add-in's.
 */
export function queuePageSetup(sheet: Excel.Worksheet, layout: Pick<SheetLayout, "sheet">, pulledAt: string | undefined, probe: PageProbe | null): void {
  const page = sheet.pageLayout;
  const footers = page.headersFooters.defaultForAllPages;
  if (probe && !probe.titles.isNullObject) {
    if (pulledAt && probe.rightFooter.rightFooter.startsWith(PULLED_PREFIX)) footers.rightFooter = pulledFooter(pulledAt);
    return;
  }
  page.orientation = "Landscape";
  page.paperSize = "A4";
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  page.centerHorizontally = true;
  page.leftMargin = MARGINS.left;
  page.rightMargin = MARGINS.right;
  page.topMargin = MARGINS.top;
  page.bottomMargin = MARGINS.bottom;
  page.headerMargin = MARGINS.header;
  page.footerMargin = MARGINS.footer;
  page.setPrintTitleRows("$1:$1");
  footers.centerHeader = `&B府院联动台账　${layout.sheet}&B`;
  footers.centerFooter = "第 &P 页，共 &N 页";
  footers.rightFooter = pulledAt ? pulledFooter(pulledAt) : "";
}
