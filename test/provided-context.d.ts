// What vitest's global setup hands to the test files (`inject(...)`), typed for both tsconfigs.
import "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** Where the global setup prepares the seeded local D1 (test/tools/d1-template-once.ts); read it with copySeededD1. */
    d1Template: string;
  }
}
