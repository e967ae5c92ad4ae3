import { describe, expect, it } from 'vitest';
import { parseHcl } from '../../src/terraform/hcl';
import { escapeHclStringBody, hclString, tfIdent } from '../../src/terraform/hcl-escape';
import { collectReferences } from '../../src/terraform/references';
import { validateModule } from '../../src/terraform/validate';
import { renderFor } from './module';
import { apiProfile, requirements } from '../recommend/helpers';

const EVIL = 'x" \n}\nresource "aws_iam_user" "pwn" {\n name = "${var.secret}" %{ if true }\\ end';

describe('HCL escaping', () => {
  it('a value with quotes, backslashes, ${…}, %{…} and newlines stays one string literal', async () => {
    const doc = await parseHcl('t.tf', `locals {\n  value = ${hclString(EVIL)}\n}\n`);
    expect(Object.keys(doc)).toEqual(['locals']);
    const locals = doc.locals as Record<string, string>[];
    expect(Object.keys(locals[0]!)).toEqual(['value']);
    // hcl2json keeps template escapes: undoing them gives back the original text, with no interpolation.
    expect(locals[0]!.value!.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{')).toBe(EVIL);
    expect(collectReferences(doc)).toEqual([]);
  });

  it('escapes each special sequence', () => {
    expect(escapeHclStringBody('a"b')).toBe('a\\"b');
    expect(escapeHclStringBody('a\\b')).toBe('a\\\\b');
    expect(escapeHclStringBody('${x}')).toBe('$${x}');
    expect(escapeHclStringBody('%{x}')).toBe('%%{x}');
    expect(escapeHclStringBody('a\nb')).toBe('a\\nb');
    expect(escapeHclStringBody('$x %d')).toBe('$x %d');
  });

  it('identifiers follow Terraform naming rules', () => {
    expect(tfIdent('My API!')).toBe('my_api');
    expect(tfIdent('9lives')).toBe('_9lives');
    expect(tfIdent('')).toBe('main');
    expect(tfIdent('a"b${x}')).toMatch(/^[a-z_][a-z0-9_]*$/);
  });

  it('hostile tags and service names from the repository cannot inject HCL into a generated module', async () => {
    const p = apiProfile();
    p.services[0]!.name = 'api"}\nresource "aws_iam_user" "x" {';
    const m = renderFor(p, requirements({ tags: { Owner: EVIL, 'we"ird': 'v' } }));
    const all = [...m.files.values()].join('\n');
    expect(all).not.toMatch(/resource "aws_iam_user"/);
    const v = await validateModule('/tmp/x', m.files);
    expect(v.parsed).toBe(true);
    expect(v.schemaErrors).toEqual([]);
    expect(v.unresolvedReferences).toEqual([]);
    expect(v.loaded.resources.some((r) => r.type === 'aws_iam_user')).toBe(false);
  });
});
