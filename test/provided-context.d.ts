// What vitest's global setup hands to the test files (`inject(...)`), typed for both tsconfigs.
import "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated and seeded local D1 state folder (test/tools/d1-template-once.ts); copy it, never write into it. */
    d1Template: string;
  }
}
