// Bundle-time index of the bundled AWS provider schema (src/terraform/schema/aws-provider.json.gz):
// where each resource and data source type's entry lies in the uncompressed JSON, so the CLI parses
// only the types a module uses instead of all 2,200 of them. The rollup plugin below replaces the body
// of src/terraform/schema/bundled-index.ts; the index names the SHA-256 of the compressed file it
// describes, and a schema file that differs (or a run from source) is parsed whole, as before.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Buffer } from 'node:buffer';
import { gunzipSync } from 'node:zlib';

const MODULE = join('src', 'terraform', 'schema', 'bundled-index.ts');
const SCHEMA = join('src', 'terraform', 'schema', 'aws-provider.json.gz');
const LAZY = ['resources', 'data'];

/** The index of a compressed schema file, or null when its JSON is not in the compact form indexed here. */
export function schemaIndex(gz) {
  const text = gunzipSync(gz).toString('utf8');
  const doc = JSON.parse(text);
  let offset = 0;
  let rebuilt = '';
  const emit = (s) => {
    rebuilt += s;
    offset += Buffer.byteLength(s);
  };
  const header = {};
  const sections = {};
  emit('{');
  Object.entries(doc).forEach(([key, value], i) => {
    emit(`${i ? ',' : ''}${JSON.stringify(key)}:`);
    if (!LAZY.includes(key) || !value || typeof value !== 'object' || Array.isArray(value)) {
      header[key] = value;
      emit(JSON.stringify(value));
      return;
    }
    const names = [];
    const offsets = [];
    emit('{');
    Object.entries(value).forEach(([name, entry], j) => {
      emit(`${j ? ',' : ''}${JSON.stringify(name)}:`);
      names.push(name);
      offsets.push(offset);
      emit(JSON.stringify(entry));
      offsets.push(offset);
    });
    emit('}');
    sections[key] = { names, offsets };
  });
  emit('}');
  if (rebuilt !== text || !LAZY.every((k) => sections[k])) return null;
  return { sha256: createHash('sha256').update(gz).digest('hex'), order: Object.keys(doc), header, sections };
}

export function schemaIndexModule(root = process.cwd()) {
  const index = schemaIndex(readFileSync(resolve(root, SCHEMA)));
  return `// Generated at bundle time by scripts/schema-index.mjs.\nexport const BUNDLED_SCHEMA_INDEX = ${JSON.stringify(index)};\n`;
}

/** Rollup plugin: the bundle's bundled-index module describes the schema file shipped with it. */
export function indexProviderSchema({ root = process.cwd() } = {}) {
  const target = resolve(root, MODULE);
  return {
    name: 'inframate-schema-index',
    load(id) {
      if (resolve(id) !== target) return null;
      this.addWatchFile(resolve(root, SCHEMA));
      return schemaIndexModule(root);
    },
  };
}
