import { describe, expect, it } from 'vitest';
import { scanHcl, scanJsonPositions } from '../../src/terraform/positions';

describe('scanHcl', () => {
  it('is not confused by braces inside strings, interpolations, heredocs and comments', () => {
    const src = [
      'resource "aws_iam_policy" "p" { # { not a block',
      '  name   = "a { b } ${lookup({ k = "}" }, "k")}"',
      '  policy = <<-EOT',
      '    { "Statement": [ { "x": "}" } ] }',
      '    EOT',
      '  // }',
      '  /* } { */ path = "/"',
      '  tags = {',
      '    Name = "x"',
      '  }',
      '}',
      'resource aws_sqs_queue q { name = "one-line" }',
      'module "m" {',
      '  source = "./m"',
      '  list = [',
      '    { a = 1 },',
      '  ]',
      '  nested { deep { x = 1 } }',
      '}',
    ].join('\n');
    const scan = scanHcl('f.tf', src);
    expect(scan.blocks.map((b) => [b.type, b.labels, b.line])).toEqual([
      ['resource', ['aws_iam_policy', 'p'], 1],
      ['resource', ['aws_sqs_queue', 'q'], 12],
      ['module', ['m'], 13],
    ]);
    expect(scan.blocks[0]!.attributes).toEqual({ name: 2, policy: 3, path: 7, tags: 8 });
    expect(scan.blocks[1]!.attributes).toEqual({ name: 12 });
    expect(scan.blocks[2]!.attributes).toEqual({ source: 14, list: 15 });
    expect(scan.blocks[2]!.blocks[0]).toMatchObject({ type: 'nested', line: 18, blocks: [{ type: 'deep', attributes: { x: 18 } }] });
    expect(scan.comments.map((c) => [c.line, c.text])).toEqual([
      [1, '# { not a block'],
      [6, '// }'],
      [7, '/* } { */'],
    ]);
  });

  it('keeps later blocks in place after an unterminated string or heredoc', () => {
    const scan = scanHcl('f.tf', 'locals {\n  a = "open\n}\nresource "x" "y" {\n  b = 1\n}\n');
    expect(scan.blocks.map((b) => [b.type, b.line])).toEqual([
      ['locals', 1],
      ['resource', 4],
    ]);
    const h = scanHcl('f.tf', 'resource "x" "y" {\n  p = <<EOT\nno end\n');
    expect(h.blocks).toHaveLength(1);
  });

  it('locates labelled nested blocks such as dynamic and provisioner', () => {
    const scan = scanHcl(
      'f.tf',
      'resource "x" "y" {\n  dynamic "ingress" {\n    for_each = []\n    content {\n      port = 1\n    }\n  }\n}\n',
    );
    expect(scan.blocks[0]!.blocks[0]).toMatchObject({ type: 'dynamic', labels: ['ingress'], line: 2, attributes: { for_each: 3 } });
  });
});

describe('scanJsonPositions', () => {
  it('records the line of every key path, arrays of blocks included', () => {
    const lines = scanJsonPositions(
      '{\n  "resource": {\n    "t": {\n      "n": [\n        {\n          "a": "x{",\n          "b": 1\n        }\n      ]\n    }\n  }\n}\n',
    );
    expect(lines.get('resource.t.n')).toBe(4);
    expect(lines.get('resource.t.n.a')).toBe(6);
    expect(lines.get('resource.t.n.b')).toBe(7);
  });

  it('survives malformed JSON', () => {
    expect(() => scanJsonPositions('{"a": [1, {"b": "unterminated')).not.toThrow();
  });
});
