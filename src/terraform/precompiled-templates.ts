// Precompiled Handlebars templates, keyed by the SHA-256 of each template's source. From source (tests,
// tsx) this map is empty and every template compiles at run time; the bundle replaces this module with
// every template under templates/ precompiled (scripts/precompile-templates.mjs, a rollup plugin).
export interface PrecompiledTemplate {
  /** The template's path under templates/ when it was compiled (for reference only). */
  file: string;
  /** Its mustaches in the safety check's order: [helper name, line, parameter count]. */
  mustaches: [string, number, number][];
  /** Handlebars.precompile output, evaluated. */
  spec: TemplateSpecification;
}

export const PRECOMPILED = new Map<string, PrecompiledTemplate>();
