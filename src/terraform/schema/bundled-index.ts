// Where each type's entry lies in the bundled provider schema's JSON, for parsing only the types a
// module uses. Null from source (tests, tsx): the schema is parsed whole. The bundle replaces this
// module with the index of the schema file it ships (scripts/schema-index.mjs, a rollup plugin).
export interface SchemaIndex {
  /** SHA-256 of the compressed schema file described. */
  sha256: string;
  /** The top-level members in their order. */
  order: string[];
  /** Every top-level member but the indexed sections (source, versions). */
  header: Record<string, unknown>;
  /** Per section: the type names, and for each the [start, end) byte offsets of its value. */
  sections: Record<string, { names: string[]; offsets: number[] }>;
}

export const BUNDLED_SCHEMA_INDEX = null as SchemaIndex | null;
