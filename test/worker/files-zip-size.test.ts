import { describe, expect, it } from "vitest";
import JSZip from "jszip";
import { and, eq } from "drizzle-orm";
import { db, tokenFor } from "./helpers";
import { reports, units } from "../../schema/tables";
import { MAX_TEMPLATE_INFLATED_BYTES } from "../../schema/contracts/files";
import { inflatedSize } from "../../worker/files/zip-size";
import { fetchFile, readXlsx, upload } from "./files-fixtures";

const PERIOD = "2026-Q4";
const templateBytes = async (token: string) => (await fetchFile(`/api/v1/files/report-template?period=${PERIOD}`, { token })).bytes;

/** The unit's real template, filled in, with `blanks` spaces added inside its sheet: a small upload that unzips big. */
async function paddedTemplate(token: string, blanks: number): Promise<ArrayBuffer> {
  const wb = await readXlsx(await templateBytes(token));
  const sheet = wb.getWorksheet("报送表")!;
  for (let r = 5; r <= sheet.rowCount; r++) if (sheet.getCell(`A${r}`).text) sheet.getCell(`D${r}`).value = "进展";
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const name = Object.keys(zip.files).find((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))!;
  const xml = await zip.file(name)!.async("string");
  const at = xml.indexOf("<sheetData>");
  zip.file(name, xml.slice(0, at) + " ".repeat(blanks) + xml.slice(at));
  return zip.generateAsync({ type: "arraybuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

/** Every central-directory record's uncompressed size overwritten with 1: what the zip says is not what it holds. */
function understated(bytes: ArrayBuffer): ArrayBuffer {
  const copy = bytes.slice(0);
  const view = new DataView(copy);
  for (let at = 0; at + 46 <= view.byteLength; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 1, true);
  return copy;
}

async function storedFor(unit: string) {
  const [u] = await db().select().from(units).where(eq(units.name, unit));
  return db().select().from(reports).where(and(eq(reports.unitId, u!.id), eq(reports.period, PERIOD)));
}

/** One bomb for the cases that need one (deflating 16 MB takes the test a couple of seconds). */
let bomb: Promise<ArrayBuffer> | undefined;
const bombFor = (token: string) => (bomb ??= paddedTemplate(token, MAX_TEMPLATE_INFLATED_BYTES + 1024));

describe("an uploaded 报送表 is measured unzipped before it is read", () => {
  it("refuses a 报送表 that is small on the wire but unzips past 16 MB with 413, and stores nothing", async () => {
    const finance = await tokenFor("unit", "县财政局");
    const bytes = await bombFor(finance);
    expect(bytes.byteLength).toBeLessThan(100 * 1024);
    const res = await upload(bytes, finance);
    expect(res.status).toBe(413);
    expect(res.json.error).toEqual({
      code: "file_too_large",
      message: "文件内容过大：报送表解压后不超过 16 MB，请删去多余的内容或图片后重新上传",
      details: [{ row: null, column: "file", code: "file_too_large", message: "文件内容过大：报送表解压后不超过 16 MB，请删去多余的内容或图片后重新上传" }],
    });
    expect(await storedFor("县财政局")).toEqual([]);
  });

  it("measures what the zip holds, not what it declares: understated sizes are refused the same way", async () => {
    const finance = await tokenFor("unit", "县财政局");
    const res = await upload(understated(await bombFor(finance)), finance);
    expect(res.status).toBe(413);
    expect(res.json.error.code).toBe("file_too_large");
  });

  it("still takes a filled template with a little padding under the limit", async () => {
    const finance = await tokenFor("unit", "县林业局");
    const res = await upload(await paddedTemplate(finance, 1024 * 1024), finance);
    expect(res.status).toBe(200);
    expect((await storedFor("县林业局")).map((r) => r.progress)).toContain("进展");
  });

  it("counts exactly the bytes an honest template unzips to, and calls a cut-off file not a zip", async () => {
    const bytes = await templateBytes(await tokenFor("unit", "县财政局"));
    const zip = await JSZip.loadAsync(bytes);
    let declared = 0;
    for (const f of Object.values(zip.files)) if (!f.dir) declared += (await f.async("uint8array")).byteLength;
    expect(await inflatedSize(bytes, MAX_TEMPLATE_INFLATED_BYTES)).toEqual({ kind: "ok", inflated: declared });
    expect(await inflatedSize(bytes, declared - 1)).toEqual({ kind: "too_large" });
    expect(await inflatedSize(bytes.slice(0, bytes.byteLength - 30), MAX_TEMPLATE_INFLATED_BYTES)).toEqual({ kind: "not_zip" });
    expect(await inflatedSize(new ArrayBuffer(10), MAX_TEMPLATE_INFLATED_BYTES)).toEqual({ kind: "not_zip" });
  });
});
