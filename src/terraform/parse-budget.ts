// Bounds around the HCL parser call, so one hostile file costs a bounded amount of work and memory.
// The budgets were first measured against hcl2json (WebAssembly, not interruptible: ~5 s and ~700 MB
// at 3.5 MB, a 5 MB heredoc out of memory); the in-project parser (src/terraform/hclsyntax) is linear
// and would take more, but the budgets stay as the contract of what one .tf file may hold:
// - a .tf file over 2 MiB;
// - heredocs over 256 KiB in one file;
// - bracket nesting deeper than 100 levels: the too-deep part of the expression is replaced by an
//   unknown value (lines kept), so the file is still parsed and the rest of it still checked; a
//   warning with the expression's line says so.
// One linear scan, no recursion: strings, `${}` interpolations, comments and heredocs are followed
// the way positions.ts does.
import { formatBytes } from '../core/read-bounded';
import type { LoadError } from './model';

export const PARSE_BUDGET = {
  /** Largest .tf file handed to the parser. */
  maxBytes: 2 * 1024 * 1024,
  /** Total heredoc text in one file. */
  maxHeredocBytes: 256 * 1024,
  /** Deepest bracket nesting ([ ( { and ${ ) kept as written. */
  maxDepth: 100,
};

type Budget = typeof PARSE_BUDGET;

interface Frame {
  kind: '[' | '(' | '{' | '${' | '%{' | '"';
  at: number;
  line: number;
}

export interface BudgetResult {
  /** The file is over a budget: it is not parsed, and this is its error. */
  error?: LoadError;
  /** The text to parse (too-deep groups emptied, line breaks kept). */
  text: string;
  warnings: LoadError[];
  maxDepth: number;
  heredocBytes: number;
}

const HEREDOC = /<<(-?)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\r?\n/y;
/** Runs of characters the scan passes over one by one: outside strings, and inside them (may match empty). */
const PLAIN = /[^\n#/"<[\](){}]*/y;
const STRING_PLAIN = /[^\\"\n$%]*/y;

/**
 * What replaces a too-deep group: a value the evaluator cannot know (`timestamp()` is never evaluated,
 * as in `terraform plan`), in a group of the same kind, with the group's line breaks. Never an empty or
 * guessed value: a rule must not pass because part of an expression was dropped.
 */
function emptied(kind: Frame['kind'], original: string): string {
  const breaks = '\n'.repeat((original.match(/\n/g) ?? []).length);
  switch (kind) {
    case '[':
      return `[timestamp()${breaks}]`;
    case '(':
      return `(timestamp()${breaks})`;
    case '${':
      return `\${timestamp()${breaks}}`;
    default:
      return `{ inframate_too_deep = timestamp()${breaks} }`;
  }
}

/** Check one .tf file against the parse budget; never throws. */
export function checkParseBudget(file: string, text: string, budget: Budget = PARSE_BUDGET): BudgetResult {
  const bytes = Buffer.byteLength(text);
  if (bytes > budget.maxBytes) {
    return {
      text,
      warnings: [],
      maxDepth: 0,
      heredocBytes: 0,
      error: {
        file,
        line: 1,
        code: 'parse-budget',
        message: `file is ${formatBytes(bytes)}, larger than the ${formatBytes(budget.maxBytes)} a .tf file may have to be parsed; not scanned`,
      },
    };
  }
  const n = text.length;
  const stack: Frame[] = [];
  const spans: { from: number; to: number; kind: Frame['kind']; line: number; depth: number }[] = [];
  let depth = 0; // code frames ([ ( { ${ ), directives excluded
  let maxDepth = 0;
  let root: Frame | undefined; // the group being emptied
  let deepest = 0;
  let heredocBytes = 0;
  let largestHeredoc = { line: 0, bytes: 0 };
  let line = 1;
  let i = 0;
  const counts = (k: Frame['kind']): boolean => k !== '"' && k !== '%{';
  const push = (kind: Frame['kind']): void => {
    const f: Frame = { kind, at: i, line };
    stack.push(f);
    if (!counts(kind)) return;
    depth++;
    if (depth > maxDepth) maxDepth = depth;
    if (depth > budget.maxDepth && !root) {
      root = f;
    }
    if (root && depth > deepest) deepest = depth;
  };
  const pop = (end: number): void => {
    const f = stack.pop()!;
    if (counts(f.kind)) depth--;
    if (f === root) {
      spans.push({ from: f.at, to: end, kind: f.kind, line: f.line, depth: deepest });
      root = undefined;
      deepest = 0;
    }
  };
  while (i < n) {
    const top = stack[stack.length - 1];
    const c = text[i]!;
    if (top?.kind === '"') {
      if (c === '\\') i += 2;
      else if (c === '"') {
        pop(i);
        i++;
      } else if (c === '\n')
        pop(i); // unterminated string: stop at the line end, as the parser does
      else if ((c === '$' || c === '%') && text[i + 1] === '{') {
        if (text[i + 2] !== undefined && text[i - 1] === c && text[i - 2] !== c)
          i += 2; // $${ and %%{ escapes
        else {
          push(c === '$' ? '${' : '%{');
          i += 2;
        }
      } else {
        // This character and the ones after it that none of the cases above looks at.
        STRING_PLAIN.lastIndex = i + 1;
        STRING_PLAIN.test(text);
        i = STRING_PLAIN.lastIndex;
      }
      continue;
    }
    if (c === '\n') {
      line++;
      i++;
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      for (let j = i; j < stop; j++) if (text.charCodeAt(j) === 10) line++;
      i = stop;
    } else if (c === '"') {
      push('"');
      i++;
    } else if (c === '<' && text[i + 1] === '<') {
      HEREDOC.lastIndex = i;
      const m = HEREDOC.exec(text);
      if (!m) {
        i += 2;
        continue;
      }
      const start = line;
      const from = i;
      i += m[0].length;
      line++;
      while (i < n) {
        const end = text.indexOf('\n', i);
        const stop = end < 0 ? n : end;
        const content = text.slice(i, stop).trim();
        i = stop;
        if (content === m[2]) break;
        if (end < 0) break;
        i++;
        line++;
      }
      const size = i - from;
      heredocBytes += size;
      if (size > largestHeredoc.bytes) largestHeredoc = { line: start, bytes: size };
    } else if (c === '[' || c === '(' || c === '{') {
      push(c);
      i++;
    } else if (c === ']' || c === ')' || c === '}') {
      if (top) pop(i);
      i++;
    } else {
      // This character and the ones after it that none of the cases above looks at.
      PLAIN.lastIndex = i + 1;
      PLAIN.test(text);
      i = PLAIN.lastIndex;
    }
  }
  if (heredocBytes > budget.maxHeredocBytes) {
    return {
      text,
      warnings: [],
      maxDepth,
      heredocBytes,
      error: {
        file,
        line: largestHeredoc.line,
        code: 'parse-budget',
        message: `heredocs in this file hold ${formatBytes(heredocBytes)} (the largest starts here), more than the ${formatBytes(budget.maxHeredocBytes)} the parser may be given; not scanned`,
      },
    };
  }
  if (spans.length === 0) return { text, warnings: [], maxDepth, heredocBytes };
  let out = '';
  let last = 0;
  const warnings: LoadError[] = [];
  for (const s of spans) {
    out += text.slice(last, s.from) + emptied(s.kind, text.slice(s.from, s.to + 1));
    last = s.to + 1;
    warnings.push({
      file,
      line: s.line,
      code: 'nesting-depth',
      message: `expression nested ${s.depth} levels deep (more than ${budget.maxDepth}): the part deeper than level ${budget.maxDepth} is not evaluated: its value is unknown; the rest of the file is scanned`,
    });
  }
  out += text.slice(last);
  return { text: out, warnings, maxDepth, heredocBytes };
}
