export type { UnitDirectory, ResolvedName } from "./directory";
export { resolveUnitName } from "./resolve-unit-name";
export { resolveResponsibleUnits, type Responsibility } from "./resolve-responsible-units";
