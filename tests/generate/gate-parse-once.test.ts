import { describe, expect, it, vi } from 'vitest';
import { validateModule } from '../../src/terraform/validate';
import { apiProfile, requirements } from '../recommend/helpers';
import { renderFor } from './module';

// Count hcl2json parses: the schema check and the loaded model (security scan) share one parse per file.
const parsedFiles = vi.hoisted(() => [] as string[]);
vi.mock('../../src/terraform/hcl', async (original) => {
  const real = await original<typeof import('../../src/terraform/hcl')>();
  return {
    ...real,
    parseHcl: (file: string, content: string) => {
      parsedFiles.push(file);
      return real.parseHcl(file, content);
    },
  };
});

describe('validation gate I/O', () => {
  it('parses each generated .tf file exactly once', async () => {
    const files = renderFor(apiProfile(), requirements()).files;
    parsedFiles.length = 0;
    const v = await validateModule('/tmp/x', files);
    expect(v.passed).toBe(true);
    const tf = [...files.keys()].filter((f) => f.endsWith('.tf')).sort();
    expect(tf.length).toBeGreaterThan(3);
    expect([...parsedFiles].sort()).toEqual(tf);
    expect(v.loaded.resources.length).toBeGreaterThan(40);
  });

  it('a syntax error is reported once by the gate with its line, and the model records it too', async () => {
    const files = new Map([['main.tf', 'resource "aws_s3_bucket" "a" {\n  bucket = "x"\n  oops = \n}\n']]);
    const v = await validateModule('/tmp/x', files);
    expect(v.parsed).toBe(false);
    expect(v.parseErrors).toHaveLength(1);
    expect(v.parseErrors[0]).toMatchObject({ file: 'main.tf', line: 3 });
    expect(v.loaded.errors.map((e) => e.file)).toEqual(['main.tf']);
  });
});
