declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
    /** The ledger's day in every test request (vitest.config.ts). */
    TODAY: string;
    /** The local robot receiver (scripts/lib/robot-receiver.ts) on 127.0.0.1. */
    RECEIVER_URL: string;
  }
}
