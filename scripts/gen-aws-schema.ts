// Derives the compact AWS provider schema used by the analyze validation gate from the jsii
// assembly of @cdktf/provider-aws (a devDependency): no terraform binary or network is needed.
//
//   npx tsx scripts/gen-aws-schema.ts            # writes src/terraform/schema/aws-provider.json.gz
//   npx tsx scripts/gen-aws-schema.ts --from schema.json [--provider-version 6.30.0]
//                                                # the same file from `terraform providers schema -json`
//
// CDK for Terraform (and with it @cdktf/provider-aws) is no longer maintained; `--from` is the way to
// move the bundled snapshot to a newer AWS provider.
//
// The assembly describes every resource and data source as a class whose initializer takes a
// `…Config` struct; struct properties are the arguments (optional flag = not required) and
// properties typed by another struct are nested blocks. Terraform's snake_case names are taken
// from the registry link in each property's docs, which is what the provider itself calls them.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

interface JsiiType {
  fqn: string;
  kind: string;
  base?: string;
  docs?: { summary?: string; remarks?: string };
  initializer?: { parameters?: { name: string; type: TypeRef }[] };
  properties?: { name: string; optional?: boolean; static?: boolean; docs?: { summary?: string; remarks?: string }; type: TypeRef }[];
  interfaces?: string[];
}
type TypeRef = { primitive?: string; fqn?: string; collection?: { kind: string; elementtype: TypeRef }; union?: { types: TypeRef[] } };

/** Compact block schema: r = required arguments, o = optional arguments, b = nested blocks, rb = required nested blocks. */
export interface CompactBlock {
  r?: string[];
  o?: string[];
  b?: Record<string, CompactBlock>;
  rb?: string[];
}

const here = dirname(fileURLToPath(import.meta.url));
const fromArg = process.argv.indexOf('--from');
if (fromArg > 0) {
  const file = process.argv[fromArg + 1]!;
  const versionArg = process.argv.indexOf('--provider-version');
  const { readProviderSchemaFile } = await import('../src/terraform/schema/from-terraform');
  const schema = readProviderSchemaFile(file);
  if (versionArg > 0) schema.providerVersion = process.argv[versionArg + 1]!;
  schema.packageVersion = 'terraform providers schema -json';
  const outFile = join(here, '..', 'src', 'terraform', 'schema', 'aws-provider.json.gz');
  writeFileSync(outFile, gzipSync(JSON.stringify(schema), { level: 9 }));
  console.log(`aws provider ${schema.providerVersion}: ${Object.keys(schema.resources).length} resources, ${Object.keys(schema.data).length} data sources → ${outFile}`);
  process.exit(0);
}
const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('@cdktf/provider-aws/package.json'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
const assembly = JSON.parse(readFileSync(join(pkgDir, '.jsii'), 'utf8')) as { types: Record<string, JsiiType> };
const types = assembly.types;

const LINK = /registry\.terraform\.io\/providers\/hashicorp\/aws\/([\d.]+)\/docs\/(resources|data-sources)\/([a-z0-9_]+)(?:#([a-z0-9_]+))?/;
const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function linkOf(docs?: { summary?: string; remarks?: string }): RegExpExecArray | null {
  return LINK.exec(`${docs?.summary ?? ''} ${docs?.remarks ?? ''}`);
}

/** The struct a property refers to, if it is a nested block (a struct or a list/set of structs). */
function structOf(ref: TypeRef): string | undefined {
  if (ref.fqn && types[ref.fqn]?.kind === 'interface' && (types[ref.fqn] as { datatype?: boolean }).datatype) return ref.fqn;
  if (ref.collection && ref.collection.kind === 'array') return structOf(ref.collection.elementtype);
  if (ref.union) for (const t of ref.union.types) if (!t.fqn?.startsWith('cdktf.')) return structOf(t) ?? undefined;
  return undefined;
}

/** Arguments every resource accepts through cdktf but which are Terraform meta-arguments, not provider schema. */
const META = new Set(['connection', 'count', 'depends_on', 'for_each', 'lifecycle', 'provider', 'provisioners']);

function blockOf(fqn: string, depth = 0): CompactBlock {
  const t = types[fqn];
  if (!t) throw new Error(`missing struct ${fqn}`);
  const out: CompactBlock = {};
  for (const p of t.properties ?? []) {
    if (p.static) continue;
    const name = linkOf(p.docs)?.[4] ?? snake(p.name);
    if (META.has(name)) continue;
    const nested = depth < 12 ? structOf(p.type) : undefined;
    if (nested) {
      (out.b ??= {})[name] = blockOf(nested, depth + 1);
      if (!p.optional) (out.rb ??= []).push(name);
    } else {
      (p.optional ? (out.o ??= []) : (out.r ??= [])).push(name);
    }
  }
  for (const key of ['r', 'o', 'rb'] as const) out[key]?.sort();
  return out;
}

const resources: Record<string, CompactBlock> = {};
const data: Record<string, CompactBlock> = {};
// The provider version is the one every registry link in the assembly points at (they must agree).
const versions = new Set<string>();
let providerVersion = '';
for (const t of Object.values(types)) {
  if (t.kind !== 'class' || (t.base !== 'cdktf.TerraformResource' && t.base !== 'cdktf.TerraformDataSource')) continue;
  const link = linkOf(t.docs);
  const config = t.initializer?.parameters?.find((p) => p.name === 'config')?.type.fqn;
  if (!link || !config) continue;
  versions.add(link[1]!);
  providerVersion ||= link[1]!;
  const typeName = `aws_${link[3]}`;
  (link[2] === 'resources' ? resources : data)[typeName] = blockOf(config);
}

if (versions.size !== 1) throw new Error(`expected one provider version in the assembly, found ${[...versions].join(', ')}`);

const sortKeys = <T>(o: Record<string, T>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
const schema = {
  source: '@cdktf/provider-aws',
  packageVersion: pkg.version,
  providerVersion,
  resources: sortKeys(resources),
  data: sortKeys(data),
};
const outFile = join(here, '..', 'src', 'terraform', 'schema', 'aws-provider.json.gz');
const json = JSON.stringify(schema);
writeFileSync(outFile, gzipSync(json, { level: 9 }));
console.log(
  `aws provider ${providerVersion} (from @cdktf/provider-aws ${pkg.version}): ${Object.keys(resources).length} resources, ` +
    `${Object.keys(data).length} data sources, ${json.length} bytes JSON → ${outFile}`,
);
