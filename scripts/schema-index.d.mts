// Types for scripts/schema-index.mjs (used by rollup.config.js and the tests).
import type { SchemaIndex } from '../src/terraform/schema/bundled-index';
export function schemaIndex(gz: Buffer): SchemaIndex | null;
export function schemaIndexModule(root?: string): string;
export function indexProviderSchema(options?: { root?: string }): { name: string; load(id: string): string | null };
