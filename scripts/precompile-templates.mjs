// Precompiles every Handlebars template and partial under templates/ (any *.hbs, any depth) at
// bundle time, so the CLI does not parse and compile templates on every run. The templates stay data
// in templates/; the precompiled form exists only in the bundle (the rollup plugin below replaces the
// body of src/terraform/precompiled-templates.ts), keyed by the SHA-256 of the template's source: a
// template whose text on disk differs from what was compiled (or a new one) still compiles at run
// time, so behaviour never depends on the bundle being fresh. tests/terraform/precompiled-templates
// checks that every precompiled template renders exactly what run-time compilation renders.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import Handlebars from 'handlebars';

/** The options render.ts compiles with (partials inherit the calling template's options). */
export const COMPILE_OPTIONS = { noEscape: true, strict: false, preventIndent: true };

const MODULE = join('src', 'terraform', 'precompiled-templates.ts');

export const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** Every *.hbs file below dir, sorted, as paths relative to dir with forward slashes. */
export function templateFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const abs = join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else if (e.isFile() && e.name.endsWith('.hbs')) out.push(relative(dir, abs).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The template's mustaches ({{name …}}) in the order render.ts's safety check visits them, as
 * [name, line, parameter count]: the run-time check then needs no parse.
 */
export function mustachesOf(ast) {
  const out = [];
  const visit = (node) => {
    if (!node || typeof node !== 'object') return;
    if (node.type === 'MustacheStatement') out.push([node.path?.original ?? '', node.loc?.start.line ?? 0, node.params?.length ?? 0]);
    for (const v of Object.values(node)) {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object' && v.type) visit(v);
    }
  };
  visit(ast);
  return out;
}

/** The module text: `export const PRECOMPILED = new Map([[sha256, { spec, mustaches }], …])`. */
export function precompiledModule(templatesRoot) {
  const entries = new Map();
  for (const rel of templateFiles(templatesRoot)) {
    const source = readFileSync(join(templatesRoot, rel), 'utf8');
    const key = sha256(source);
    if (entries.has(key)) continue;
    let spec;
    let mustaches;
    try {
      mustaches = mustachesOf(Handlebars.parse(source));
      spec = Handlebars.precompile(source, COMPILE_OPTIONS);
    } catch {
      continue; // not valid Handlebars: left to run time, which reports it as before
    }
    entries.set(
      key,
      `  [${JSON.stringify(key)}, { file: ${JSON.stringify(rel)}, mustaches: ${JSON.stringify(mustaches)}, spec: ${spec} }]`,
    );
  }
  return [
    '// Generated at bundle time by scripts/precompile-templates.mjs from templates/**/*.hbs.',
    'export const PRECOMPILED = new Map([',
    [...entries.values()].join(',\n'),
    ']);',
    '',
  ].join('\n');
}

/** Rollup plugin: the bundle's precompiled-templates module holds every template under templates/. */
export function precompileTemplates({ root = process.cwd() } = {}) {
  const target = resolve(root, MODULE);
  const templatesRoot = resolve(root, 'templates');
  return {
    name: 'inframate-precompile-templates',
    load(id) {
      if (resolve(id) !== target) return null;
      for (const rel of templateFiles(templatesRoot)) this.addWatchFile(join(templatesRoot, rel));
      return precompiledModule(templatesRoot);
    },
  };
}
