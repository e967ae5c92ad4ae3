// YAML configurations (serverless.yml, SAM template.yaml) parsed with line positions. CloudFormation
// short-form tags (!Ref, !GetAtt, !Sub…) are declared as custom tags so a template parses without
// warnings; their values stay opaque ({ "Fn::Sub": … }) — nothing is resolved or evaluated.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type ScalarTag, type CollectionTag } from 'yaml';

const INTRINSICS = [
  'Ref',
  'Condition',
  'GetAtt',
  'Sub',
  'Join',
  'Select',
  'Split',
  'If',
  'Equals',
  'Not',
  'And',
  'Or',
  'FindInMap',
  'ImportValue',
  'GetAZs',
  'Base64',
  'Cidr',
  'Transform',
  'ToJsonString',
  'Length',
];

const key = (name: string) => (name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`);

export const CFN_TAGS: (ScalarTag | CollectionTag)[] = INTRINSICS.flatMap((name) => [
  { tag: `!${name}`, resolve: (value: string) => ({ [key(name)]: value }) } as ScalarTag,
  { tag: `!${name}`, collection: 'seq', resolve: (value: unknown) => ({ [key(name)]: value }) } as unknown as CollectionTag,
  { tag: `!${name}`, collection: 'map', resolve: (value: unknown) => ({ [key(name)]: value }) } as unknown as CollectionTag,
]);

export interface YamlNode {
  node: Node | null;
  line: number;
}

export interface ParsedYaml {
  /** The root mapping, or null when the file is not a mapping. */
  root: Node | null;
  error?: { line: number; message: string };
  lineOf: (n: Node | null | undefined) => number;
}

export function parseYamlConfig(text: string): ParsedYaml {
  const counter = new LineCounter();
  const lineOf = (n: Node | null | undefined) => (n?.range ? counter.linePos(n.range[0]).line : 1);
  let doc;
  try {
    doc = parseDocument(text, { lineCounter: counter, customTags: CFN_TAGS, uniqueKeys: false, prettyErrors: false });
  } catch (error) {
    return { root: null, error: { line: 1, message: (error as Error).message.split('\n')[0]! }, lineOf };
  }
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line ?? (first.pos ? counter.linePos(first.pos[0]).line : 1);
    return { root: null, error: { line, message: first.message.split('\n')[0]! }, lineOf };
  }
  const root = (doc.contents as Node | null) ?? null;
  return { root: isMap(root) ? root : null, lineOf };
}

/** The value node of a key in a mapping (case-sensitive), or undefined. */
export function get(n: Node | null | undefined, k: string): Node | undefined {
  if (!isMap(n)) return undefined;
  const pair = (n.items as Pair[]).find((p) => isScalar(p.key) && String(p.key.value) === k);
  return (pair?.value as Node | null | undefined) ?? undefined;
}

/** The pairs of a mapping as [key text, value node, key node]. */
export function entries(n: Node | null | undefined): [string, Node | null, Node][] {
  if (!isMap(n)) return [];
  return (n.items as Pair[]).flatMap((p) =>
    isScalar(p.key) ? [[String(p.key.value), (p.value as Node | null) ?? null, p.key as Node]] : [],
  );
}

export function items(n: Node | null | undefined): Node[] {
  return isSeq(n) ? (n.items as Node[]) : [];
}

/** A plain string scalar (numbers and booleans as text); null for tags, mappings and sequences. */
export function text(n: Node | null | undefined): string | null {
  if (!isScalar(n)) return null;
  const v = n.value;
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : null;
}
