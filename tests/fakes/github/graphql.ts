// A small model of the part of GitHub's GraphQL schema Inframate queries, and a checker for query
// documents against it: unknown fields, unknown arguments, undeclared or mistyped variables and
// missing selections are rejected as GitHub would reject them.

interface FieldDef {
  type: string; // an object type below, or a scalar (String, Int, URI, Boolean, ID)
  args?: Record<string, string>; // argument → GraphQL type
}

const SCALARS = new Set(['String', 'Int', 'URI', 'Boolean', 'ID', 'DateTime', 'GitObjectID']);

/** Types and fields as documented at docs.github.com/graphql (subset). */
export const SCHEMA: Record<string, Record<string, FieldDef>> = {
  Query: { repository: { type: 'Repository', args: { owner: 'String!', name: 'String!', followRenames: 'Boolean' } } },
  Repository: {
    id: { type: 'ID' },
    name: { type: 'String' },
    nameWithOwner: { type: 'String' },
    url: { type: 'URI' },
    pullRequests: {
      type: 'PullRequestConnection',
      args: {
        headRefName: 'String',
        baseRefName: 'String',
        states: '[PullRequestState!]',
        first: 'Int',
        last: 'Int',
        after: 'String',
        before: 'String',
        labels: '[String!]',
      },
    },
  },
  PullRequestConnection: { nodes: { type: 'PullRequest' }, totalCount: { type: 'Int' }, pageInfo: { type: 'PageInfo' } },
  PageInfo: { hasNextPage: { type: 'Boolean' }, endCursor: { type: 'String' } },
  PullRequest: {
    id: { type: 'ID' },
    number: { type: 'Int' },
    url: { type: 'URI' },
    title: { type: 'String' },
    body: { type: 'String' },
    state: { type: 'String' },
    baseRefName: { type: 'String' },
    headRefName: { type: 'String' },
    headRefOid: { type: 'GitObjectID' },
    headRepository: { type: 'Repository' },
    labels: { type: 'LabelConnection', args: { first: 'Int', after: 'String' } },
  },
  LabelConnection: { nodes: { type: 'Label' }, totalCount: { type: 'Int' } },
  Label: { name: { type: 'String' }, color: { type: 'String' } },
};

const ENUMS: Record<string, string[]> = { PullRequestState: ['OPEN', 'CLOSED', 'MERGED'] };

class Parser {
  private pos = 0;
  private readonly tokens: string[];
  constructor(text: string) {
    this.tokens =
      text.replace(/#[^\n]*/g, '').match(/\.\.\.|[A-Za-z_][A-Za-z0-9_]*|\$[A-Za-z_][A-Za-z0-9_]*|-?\d+|"(?:[^"\\]|\\.)*"|[{}()[\]:!,=]/g) ??
      [];
  }
  peek(): string | undefined {
    return this.tokens[this.pos];
  }
  next(): string {
    const t = this.tokens[this.pos++];
    if (t === undefined) throw new Error('unexpected end of document');
    return t;
  }
  expect(t: string): void {
    const got = this.next();
    if (got !== t) throw new Error(`expected "${t}", got "${got}"`);
  }
  done(): boolean {
    return this.pos >= this.tokens.length;
  }
}

function readType(p: Parser): string {
  if (p.peek() === '[') {
    p.next();
    const inner = readType(p);
    p.expect(']');
    const bang = p.peek() === '!' ? (p.next(), '!') : '';
    return `[${inner}]${bang}`;
  }
  const name = p.next();
  const bang = p.peek() === '!' ? (p.next(), '!') : '';
  return name + bang;
}

function readValue(
  p: Parser,
  variables: Map<string, string>,
  used: Set<string>,
): { kind: 'var'; name: string } | { kind: 'literal'; text: string } {
  const t = p.next();
  if (t.startsWith('$')) {
    if (!variables.has(t.slice(1))) throw new Error(`variable ${t} is not declared`);
    used.add(t.slice(1));
    return { kind: 'var', name: t.slice(1) };
  }
  if (t === '[') {
    const items: string[] = [];
    while (p.peek() !== ']') {
      const v = readValue(p, variables, used);
      items.push(v.kind === 'literal' ? v.text : `$${v.name}`);
      if (p.peek() === ',') p.next();
    }
    p.next();
    return { kind: 'literal', text: `[${items.join(',')}]` };
  }
  return { kind: 'literal', text: t };
}

const baseType = (t: string) => t.replace(/[[\]!]/g, '');

function checkSelection(p: Parser, type: string, variables: Map<string, string>, used: Set<string>): void {
  p.expect('{');
  let count = 0;
  while (p.peek() !== '}') {
    let name = p.next();
    if (p.peek() === ':') {
      p.next(); // `alias: field`
      name = p.next();
    }
    checkField(p, type, name, variables, used);
    count++;
  }
  p.next();
  if (count === 0) throw new Error(`empty selection on ${type}`);
}

function checkField(p: Parser, type: string, name: string, variables: Map<string, string>, used: Set<string>): void {
  const def = SCHEMA[type]?.[name];
  if (!def) throw new Error(`Field '${name}' doesn't exist on type '${type}'`);
  if (p.peek() === '(') {
    p.next();
    while (p.peek() !== ')') {
      const arg = p.next();
      p.expect(':');
      const argType = def.args?.[arg];
      if (!argType) throw new Error(`Field '${name}' doesn't accept argument '${arg}'`);
      const value = readValue(p, variables, used);
      if (value.kind === 'var') {
        const declared = variables.get(value.name)!;
        if (baseType(declared) !== baseType(argType))
          throw new Error(`Variable $${value.name} of type ${declared} used where ${argType} is expected`);
      } else if (ENUMS[baseType(argType)]) {
        for (const v of value.text.replace(/[[\]]/g, '').split(',').filter(Boolean)) {
          if (!ENUMS[baseType(argType)].includes(v)) throw new Error(`Argument '${arg}' has an invalid value (${v})`);
        }
      }
      if (p.peek() === ',') p.next();
    }
    p.next();
  }
  if (SCALARS.has(def.type)) {
    if (p.peek() === '{') throw new Error(`Selections can't be made on scalars (field '${name}' returns ${def.type})`);
  } else {
    if (p.peek() !== '{') throw new Error(`Field must have selections (field '${name}' returns ${def.type})`);
    checkSelection(p, def.type, variables, used);
  }
}

/** Check a query document; returns the operation name or throws with GitHub-like wording. */
export function checkQuery(query: string, variables: Record<string, unknown>): string {
  const p = new Parser(query);
  p.expect('query');
  const opName = p.peek() !== '(' && p.peek() !== '{' ? p.next() : '';
  const declared = new Map<string, string>();
  if (p.peek() === '(') {
    p.next();
    while (p.peek() !== ')') {
      const v = p.next();
      if (!v.startsWith('$')) throw new Error(`expected a variable, got "${v}"`);
      p.expect(':');
      declared.set(v.slice(1), readType(p));
      if (p.peek() === ',') p.next();
    }
    p.next();
  }
  const used = new Set<string>();
  checkSelection(p, 'Query', declared, used);
  if (!p.done()) throw new Error('only one operation per document is supported');
  for (const [name, type] of declared) {
    if (!used.has(name)) throw new Error(`Variable $${name} is declared by ${opName || 'anonymous query'} but not used`);
    const value = variables[name];
    if (type.endsWith('!') && (value === undefined || value === null))
      throw new Error(`Variable $${name} of type ${type} was provided invalid value`);
    if (value !== undefined && baseType(type) === 'String' && typeof value !== 'string')
      throw new Error(`Variable $${name} of type ${type} was provided invalid value`);
    if (value !== undefined && baseType(type) === 'Int' && !Number.isInteger(value))
      throw new Error(`Variable $${name} of type ${type} was provided invalid value`);
  }
  return opName;
}
