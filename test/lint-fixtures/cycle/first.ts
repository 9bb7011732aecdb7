// Deliberate violation for test/tools/lint-walls.test.ts: first → second → first is an import cycle.
import { second } from "./second";

export const first = (): string => `first then ${second()}`;
