// Deliberate violation for test/tools/lint-walls.test.ts (see first.ts).
import { first } from "./first";

export const second = (): string => "second";
export const again = (): string => first();
