/** True exactly when `value` is valid against `graph-data/schema.json` (see scripts/schema-gate.ts). */
export declare const isValidDataset: (value: unknown) => boolean;
