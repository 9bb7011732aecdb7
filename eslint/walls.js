// The layer walls (docs/ARCHITECTURE.md), as import-x/no-restricted-paths zones: files under
// `target` may not import anything under `from`. Paths are relative to the repository root.
//   schema → nothing of ours; domain → schema at most; worker → domain, schema;
//   addin → domain, schema; nothing but tests and scripts imports worker.
// Tests and scripts (the CLI runs the worker's seed and token code) may import every layer.
const ours = ["schema", "domain", "worker", "addin", "scripts", "test", "seed"];
const others = (...allowed) => ours.filter((dir) => !allowed.includes(dir)).map((dir) => `./${dir}`);

/** @type {{ target: string; from: string[]; message: string }[]} */
export const layerZones = [
  { target: "./schema", from: others("schema"), message: "schema/ imports nothing of ours." },
  { target: "./domain", from: others("domain", "schema"), message: "domain/ may import schema/ only." },
  { target: "./worker", from: others("worker", "domain", "schema"), message: "worker/ may import domain/ and schema/ only." },
  { target: "./addin", from: others("addin", "domain", "schema"), message: "addin/ may import domain/ and schema/ (types) only." },
];

/**
 * The add-in bundle stays free of zod and drizzle: from schema/contracts and schema/tables, and
 * from those packages, it takes types only (`import type`). Zod-free value modules of schema/ stay open.
 */
export const addinValueImports = {
  paths: ["zod", "drizzle-orm", "@hono/zod-openapi"].map((name) => ({
    name,
    allowTypeImports: true,
    message: "The add-in takes types only from zod, drizzle and Hono (`import type`).",
  })),
  patterns: [
    {
      regex: "(^|/)schema/(contracts|tables)(/|$)",
      allowTypeImports: true,
      message: "The add-in takes schema contracts and tables as types only (`import type`); value lists come from schema's zod-free module.",
    },
  ],
};
