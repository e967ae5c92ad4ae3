// The bundle reads the AWS provider schema through a bundle-time index (scripts/schema-index.mjs):
// the result must equal the parsed JSON, and a schema file the index does not describe is parsed whole.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { types } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { schemaIndex } from '../../scripts/schema-index.mjs';
import { lazySchema } from '../../src/terraform/schema/lazy-schema';
import { SCHEMA_FILE } from '../../src/terraform/validate';

const gz = readFileSync(join(import.meta.dirname, '..', '..', SCHEMA_FILE));

describe('bundled provider schema index', () => {
  it('reads exactly like the parsed JSON: keys, order and every entry', () => {
    const bytes = gunzipSync(gz);
    const full = JSON.parse(bytes.toString('utf8')) as Record<string, Record<string, unknown>>;
    const index = schemaIndex(gz)!;
    expect(index.sections.resources!.names.length).toBeGreaterThan(1000);
    const lazy = lazySchema(bytes, index) as Record<string, Record<string, unknown>>;
    expect(lazy.resources!.aws_s3_bucket).toEqual(full.resources!.aws_s3_bucket);
    expect('aws_not_a_type' in lazy.resources!).toBe(false);
    expect(lazy.resources!.aws_not_a_type).toBeUndefined();
    expect(Object.keys(lazy)).toEqual(Object.keys(full));
    expect(Object.keys(lazy.data!)).toEqual(Object.keys(full.data!));
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(full));
  });

  it('does not index JSON in another layout (the reader then parses it whole)', () => {
    const pretty = gzipSync(JSON.stringify(JSON.parse(gunzipSync(gz).toString('utf8')), null, 1));
    expect(schemaIndex(pretty)).toBeNull();
    expect(schemaIndex(gzipSync('{"source":"x","resources":{}}'))).toBeNull();
  });

  it('loadProviderSchema reads through the index only when the index names this very file', async () => {
    const index = schemaIndex(gz)!;
    const load = async (sha256: string) => {
      vi.resetModules();
      vi.doMock('../../src/terraform/schema/bundled-index', () => ({ BUNDLED_SCHEMA_INDEX: { ...index, sha256 } }));
      const { loadProviderSchema } = await import('../../src/terraform/validate');
      return loadProviderSchema() as unknown as Record<string, Record<string, unknown>>;
    };
    try {
      const indexed = await load(index.sha256);
      expect(types.isProxy(indexed.resources)).toBe(true);
      expect(indexed.resources!.aws_s3_bucket).toBeTruthy();
      const other = await load('0'.repeat(64));
      expect(types.isProxy(other.resources)).toBe(false);
      expect(JSON.stringify(other.resources!.aws_s3_bucket)).toBe(JSON.stringify(indexed.resources!.aws_s3_bucket));
    } finally {
      vi.doUnmock('../../src/terraform/schema/bundled-index');
      vi.resetModules();
    }
  });
});
