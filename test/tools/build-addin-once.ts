// Vitest global setup: builds the add-in into dist/addin once, before any file runs. The browser
// tests all serve that same local build from wrangler dev, so none of them rebuilds it under another.
import { buildAddin } from "../../scripts/build-addin";

export default async function setup(): Promise<void> {
  await buildAddin({ officeJs: "local" });
}
