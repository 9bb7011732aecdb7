declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
    /** The ledger's day in every test request (vitest.config.ts). */
    TODAY: string;
  }
}
