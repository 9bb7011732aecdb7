// The layer walls and the cycle rule, shown to fail on deliberate violations: each probe is linted
// with the project's own eslint.config.js as if it were a file at the given path (ESLint's
// lintText with filePath), so the rule sees the real folders it guards. Probes that keep to the
// walls must come back clean, so a rule that reports everything would fail here too.
import path from "node:path";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({
    cwd: root,
    // The fixture folder is ignored by the project's lint run; here it is linted on purpose.
    ignore: false,
    // Probes and fixtures are in no tsconfig: lint them without type information (walls and cycles
    // do not need it); probes also without following the whole worker for cycles.
    overrideConfig: [
      { files: ["**/lint-probe-*.ts", "test/lint-fixtures/**/*.ts"], ...tseslint.configs.disableTypeChecked },
      { files: ["**/lint-probe-*.ts"], rules: { "import-x/no-cycle": "off" } },
    ],
  });
});

/** The rule ids (and messages) ESLint reports for `code` placed at `file`. */
async function lintAt(file: string, code: string): Promise<{ rule: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}
const walls = (found: { rule: string | null }[]) => found.filter((m) => m.rule === "import-x/no-restricted-paths");

describe("the layer walls (import-x/no-restricted-paths)", () => {
  it("refuses a domain file importing worker/", async () => {
    const found = await lintAt("domain/lint-probe-wall.ts", `import worker from "../worker/index";\nexport const w = worker;\n`);
    expect(walls(found)).toEqual([{ rule: "import-x/no-restricted-paths", message: expect.stringMatching(/domain\/ may import schema\/ only/) }]);
  });

  it("refuses a schema file importing domain/", async () => {
    const found = await lintAt("schema/contracts/lint-probe-wall.ts", `import * as assessment from "../../domain/assessment";\nexport const a = assessment;\n`);
    expect(walls(found)).toEqual([{ rule: "import-x/no-restricted-paths", message: expect.stringMatching(/schema\/ imports nothing of ours/) }]);
  });

  it("refuses an add-in file importing worker/", async () => {
    const found = await lintAt("addin/lint-probe-wall.ts", `import worker from "../worker/index";\nexport const w = worker;\n`);
    expect(walls(found)).toHaveLength(1);
  });

  it("lets worker/ import domain/ and schema/, and tests import worker/", async () => {
    const code = `import * as assessment from "../domain/assessment";\nimport * as tables from "../schema/tables";\nexport const both = [assessment, tables];\n`;
    expect(walls(await lintAt("worker/lint-probe-wall.ts", code))).toEqual([]);
    expect(walls(await lintAt("test/worker/lint-probe-wall.ts", `import worker from "../../worker/index";\nexport const w = worker;\n`))).toEqual([]);
  });
});

describe("the add-in takes schema contracts as types only", () => {
  it("refuses a value import of a contract and accepts `import type`", async () => {
    const value = await lintAt("addin/lint-probe-contract.ts", `import { ErrorBodySchema } from "../schema/contracts/errors";\nexport const e = ErrorBodySchema;\n`);
    expect(value.map((m) => m.rule)).toContain("@typescript-eslint/no-restricted-imports");
    const typeOnly = await lintAt("addin/lint-probe-contract.ts", `import type { ErrorBodySchema } from "../schema/contracts/errors";\nexport type E = typeof ErrorBodySchema;\n`);
    expect(typeOnly.map((m) => m.rule)).not.toContain("@typescript-eslint/no-restricted-imports");
  });
});

describe("import cycles (import-x/no-cycle)", () => {
  it("reports both files of a two-file cycle", async () => {
    const results = await eslint.lintFiles(["test/lint-fixtures/cycle/*.ts"]);
    const cycles = results.map((r) => [path.basename(r.filePath), r.messages.filter((m) => m.ruleId === "import-x/no-cycle").length]);
    expect(Object.fromEntries(cycles)).toEqual({ "first.ts": 1, "second.ts": 1 });
  });
});
