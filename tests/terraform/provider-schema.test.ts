// `--provider-schema FILE`: the gate's schema from `terraform providers schema -json`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compactBlock, providerSchemaFromTerraform, readProviderSchemaFile } from '../../src/terraform/schema/from-terraform';

// The shape Terraform prints (format 1.0), cut down to one resource and one data source.
const SCHEMA = {
  format_version: '1.0',
  provider_schemas: {
    'registry.terraform.io/hashicorp/aws': {
      provider: { version: 0, block: { attributes: { region: { type: 'string', optional: true } } } },
      resource_schemas: {
        aws_sqs_queue: {
          version: 0,
          block: {
            attributes: {
              id: { type: 'string', optional: true, computed: true },
              arn: { type: 'string', computed: true },
              name: { type: 'string', optional: true, computed: true },
              delay_seconds: { type: 'number', optional: true },
            },
          },
        },
        aws_lb_listener: {
          version: 0,
          block: {
            attributes: { load_balancer_arn: { type: 'string', required: true } },
            block_types: {
              default_action: {
                nesting_mode: 'list',
                min_items: 1,
                block: { attributes: { type: { type: 'string', required: true } } },
              },
              mutual_authentication: {
                nesting_mode: 'list',
                max_items: 1,
                block: { attributes: { mode: { type: 'string', required: true } } },
              },
            },
          },
        },
      },
      data_source_schemas: {
        aws_region: { version: 0, block: { attributes: { name: { type: 'string', optional: true, computed: true } } } },
      },
    },
  },
};

describe('provider schema from terraform providers schema -json', () => {
  it('keeps settable attributes (required, optional) and nested blocks with their minimum', () => {
    const s = providerSchemaFromTerraform(SCHEMA, { file: 'schema.json' });
    expect(s.resources.aws_sqs_queue).toEqual({ o: ['delay_seconds', 'id', 'name'] });
    expect(s.resources.aws_lb_listener).toEqual({
      r: ['load_balancer_arn'],
      b: { default_action: { r: ['type'] }, mutual_authentication: { r: ['mode'] } },
      rb: ['default_action'],
    });
    expect(s.data.aws_region).toEqual({ o: ['name'] });
    expect(s.source).toBe('terraform providers schema -json');
  });

  it('reads plain and gzipped files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inframate-schema-'));
    writeFileSync(join(dir, 'a.json'), JSON.stringify(SCHEMA));
    writeFileSync(join(dir, 'a.json.gz'), gzipSync(JSON.stringify(SCHEMA)));
    expect(Object.keys(readProviderSchemaFile(join(dir, 'a.json')).resources)).toEqual(['aws_lb_listener', 'aws_sqs_queue']);
    expect(readProviderSchemaFile(join(dir, 'a.json.gz')).resources).toEqual(readProviderSchemaFile(join(dir, 'a.json')).resources);
  });

  it('refuses other documents with the file named', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inframate-schema-'));
    writeFileSync(join(dir, 'plan.json'), JSON.stringify({ format_version: '1.2', terraform_version: '1.9.0' }));
    writeFileSync(
      join(dir, 'google.json'),
      JSON.stringify({ format_version: '1.0', provider_schemas: { 'registry.terraform.io/hashicorp/google': {} } }),
    );
    writeFileSync(join(dir, 'broken.json'), '{');
    expect(() => readProviderSchemaFile(join(dir, 'plan.json'))).toThrow(
      /plan\.json: not the output of `terraform providers schema -json`/,
    );
    expect(() => readProviderSchemaFile(join(dir, 'google.json'))).toThrow(/no hashicorp\/aws provider/);
    expect(() => readProviderSchemaFile(join(dir, 'broken.json'))).toThrow(/not valid JSON/);
    expect(() => readProviderSchemaFile(join(dir, 'missing.json'))).toThrow(/cannot read/);
  });

  it('a block without attributes is an empty schema', () => {
    expect(compactBlock({})).toEqual({});
  });
});
