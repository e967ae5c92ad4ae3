// The validation gate's provider schema from `terraform providers schema -json` (or `tofu …`):
// teams on a newer AWS provider than the bundled snapshot refresh the schema from their own
// Terraform, with `--provider-schema FILE`, or regenerate the snapshot with
// `npx tsx scripts/gen-aws-schema.ts --from FILE`.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { InputError } from '../../supervisor/errors';
import type { CompactBlock, ProviderSchema } from '../validate';

// `terraform providers schema -json`, format 1.0: only the parts the gate uses are checked.
const Attribute = z.looseObject({ required: z.boolean().optional(), optional: z.boolean().optional(), computed: z.boolean().optional() });
type BlockJson = { attributes?: Record<string, z.infer<typeof Attribute>>; block_types?: Record<string, NestedJson> };
type NestedJson = { nesting_mode?: string; min_items?: number; block: BlockJson };
const Block: z.ZodType<BlockJson> = z.lazy(() =>
  z.looseObject({
    attributes: z.record(z.string(), Attribute).optional(),
    block_types: z
      .record(z.string(), z.looseObject({ nesting_mode: z.string().optional(), min_items: z.number().optional(), block: Block }))
      .optional(),
  }),
);
const Schemas = z.looseObject({
  format_version: z.string(),
  provider_schemas: z.record(
    z.string(),
    z.looseObject({
      resource_schemas: z.record(z.string(), z.looseObject({ block: Block })).optional(),
      data_source_schemas: z.record(z.string(), z.looseObject({ block: Block })).optional(),
    }),
  ),
});

/** One block: settable attributes (required / optional; computed-only ones cannot be set) and nested blocks. */
export function compactBlock(block: BlockJson): CompactBlock {
  const out: CompactBlock = {};
  for (const [name, a] of Object.entries(block.attributes ?? {})) {
    if (a.required) (out.r ??= []).push(name);
    else if (a.optional) (out.o ??= []).push(name);
  }
  for (const [name, nested] of Object.entries(block.block_types ?? {})) {
    (out.b ??= {})[name] = compactBlock(nested.block);
    if ((nested.min_items ?? 0) >= 1) (out.rb ??= []).push(name);
  }
  for (const key of ['r', 'o', 'rb'] as const) out[key]?.sort();
  return out;
}

const AWS_PROVIDER = /(^|\/)hashicorp\/aws$/;

/** The AWS provider's schema from the JSON of `terraform providers schema -json`. */
export function providerSchemaFromTerraform(json: unknown, label: { file: string; providerVersion?: string }): ProviderSchema {
  const parsed = Schemas.safeParse(json);
  if (!parsed.success) {
    throw new InputError(
      `${label.file}: not the output of \`terraform providers schema -json\` (${parsed.error.issues[0]?.message ?? 'invalid'})`,
    );
  }
  if (!parsed.data.format_version.startsWith('1.')) {
    throw new InputError(`${label.file}: provider schema format ${parsed.data.format_version} is not supported (1.x is)`);
  }
  const key = Object.keys(parsed.data.provider_schemas).find((k) => AWS_PROVIDER.test(k));
  if (!key)
    throw new InputError(
      `${label.file}: no hashicorp/aws provider in the schema (found ${Object.keys(parsed.data.provider_schemas).join(', ') || 'none'})`,
    );
  const provider = parsed.data.provider_schemas[key]!;
  const map = (schemas: Record<string, { block: BlockJson }> = {}) =>
    Object.fromEntries(
      Object.entries(schemas)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([type, s]) => [type, compactBlock(s.block)]),
    );
  return {
    source: 'terraform providers schema -json',
    packageVersion: label.file,
    providerVersion: label.providerVersion ?? 'unknown version',
    resources: map(provider.resource_schemas),
    data: map(provider.data_source_schemas),
  };
}

/** Read a schema file (plain or gzipped JSON). */
export function readProviderSchemaFile(file: string): ProviderSchema {
  let text: string;
  try {
    const bytes = readFileSync(file);
    text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
  } catch (error) {
    throw new InputError(`${file}: cannot read the provider schema (${(error as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${file}: the provider schema is not valid JSON (${(error as Error).message})`);
  }
  return providerSchemaFromTerraform(json, { file });
}
