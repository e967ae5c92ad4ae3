// Suppression comments, ours and those of the scanners teams migrate from, so existing code keeps
// its decisions without edits:
//   # inframate:ignore:aws-s3-versioning[:exp:2026-12-31] reason…
//   #checkov:skip=CKV_AWS_21:reason…
//   #trivy:ignore:AVD-AWS-0090[:exp:2026-12-31]  (or the long id, aws-s3-enable-versioning)
//   #tfsec:ignore:aws-s3-enable-versioning[:exp:2026-12-31]
// A comment applies to the block it precedes (or sits inside), or to the attribute it precedes or
// trails. Expired suppressions (exp date before today) no longer apply.
import type { TfComment, TfModuleCall, TfResource } from '../terraform/model';
import { baseAddress } from './context';

export type SuppressionSource = 'inframate' | 'checkov' | 'trivy' | 'tfsec';

export interface Suppression {
  source: SuppressionSource;
  /** The id as written (rule id, alias or long id), lowercased. */
  id: string;
  reason?: string;
  /** YYYY-MM-DD, inclusive. */
  expires?: string;
  file: string;
  line: number;
}

const OURS = /inframate:ignore:([A-Za-z0-9_,*-]+)((?::[a-z]+:[^\s:]+)*)\s*(.*)$/i;
const CHECKOV = /checkov:skip=([A-Za-z0-9_]+)(?::\s*(.*))?$/i;
const TRIVY = /\b(trivy|tfsec):ignore:([A-Za-z0-9_,*-]+)((?::[a-z]+:[^\s:]+)*)\s*(.*)$/i;

/** Parse one comment into zero or more suppressions. */
export function parseSuppressions(comment: TfComment): Suppression[] {
  const text = comment.text
    .replace(/^\s*(#|\/\/|\/\*)\s*/, '')
    .replace(/\*\/\s*$/, '')
    .trim();
  const out: Suppression[] = [];
  const base = { file: comment.file, line: comment.line };
  let m = OURS.exec(text);
  if (m) {
    const expires = option(m[2] ?? '', 'exp');
    for (const id of m[1]!.split(','))
      if (id) out.push({ ...base, source: 'inframate', id: id.toLowerCase(), reason: clean(m[3]), expires });
    return out;
  }
  m = CHECKOV.exec(text);
  if (m) return [{ ...base, source: 'checkov', id: m[1]!.toLowerCase(), reason: clean(m[2]) }];
  m = TRIVY.exec(text);
  if (m) {
    const expires = option(m[3] ?? '', 'exp');
    const source = m[1]!.toLowerCase() as SuppressionSource;
    for (const id of m[2]!.split(',')) if (id) out.push({ ...base, source, id: id.toLowerCase(), reason: clean(m[4]), expires });
  }
  return out;
}

function option(opts: string, name: string): string | undefined {
  const m = new RegExp(`:${name}:([^:\\s]+)`, 'i').exec(opts);
  return m?.[1];
}

function clean(s: string | undefined): string | undefined {
  const t = s?.replace(/^[-:\s]+/, '').trim();
  return t ? t : undefined;
}

/** Is the suppression still in force on `today` (YYYY-MM-DD)? An unreadable date never expires silently: it counts as expired. */
export function isActive(s: Suppression, today: string): boolean {
  if (!s.expires) return true;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s.expires)) return false;
  return s.expires >= today;
}

/** Suppressions per file, sorted by line, parsed once per scan. */
export class SuppressionIndex {
  private readonly byFile = new Map<string, Suppression[]>();
  /** Block start lines per file, to bound "inside the block". */
  private readonly starts = new Map<string, number[]>();
  /** Module calls by address and by address without index, and the answer per module path (10,000 calls × 60,000 findings was minutes). */
  private readonly callsByAddress = new Map<string, TfModuleCall[]>();
  private readonly callsByBase = new Map<string, TfModuleCall[]>();
  private readonly callOrder = new Map<TfModuleCall, number>();
  private readonly callsOfPath = new Map<string, TfModuleCall[]>();

  constructor(
    comments: readonly TfComment[],
    resources: readonly TfResource[],
    private readonly modules: readonly TfModuleCall[] = [],
  ) {
    for (const c of comments) {
      if (!/(inframate|checkov|trivy|tfsec):/i.test(c.text)) continue;
      for (const s of parseSuppressions(c)) {
        let list = this.byFile.get(s.file);
        if (!list) this.byFile.set(s.file, (list = []));
        list.push(s);
      }
    }
    for (const list of this.byFile.values()) list.sort((a, b) => a.line - b.line);
    for (const p of [...resources.map((r) => r.pos), ...modules.map((m) => m.pos)]) {
      if (!this.byFile.has(p.file)) continue;
      let list = this.starts.get(p.file);
      if (!list) this.starts.set(p.file, (list = []));
      list.push(p.line);
    }
    for (const list of this.starts.values()) list.sort((a, b) => a - b);
    modules.forEach((call, i) => {
      this.callOrder.set(call, i);
      for (const [map, key] of [
        [this.callsByAddress, call.address],
        [this.callsByBase, baseAddress(call.address)],
      ] as const) {
        // Instances of one call share its block, and only the block's position matters: keep the first.
        const list = map.get(key) ?? [];
        if (!list.some((c) => c.pos.file === call.pos.file && c.pos.line === call.pos.line)) list.push(call);
        map.set(key, list);
      }
    });
  }

  /** Suppressions that apply to a finding of `resource` at `line` (and, for module resources, those on the module calls above it). */
  candidates(resource: TfResource, line: number): Suppression[] {
    const out = this.around(resource.pos.file, resource.pos.line, this.blockEnd(resource.pos.file, resource.pos.line, resource.pos), line);
    for (const call of this.moduleCallsOf(resource))
      out.push(...this.around(call.pos.file, call.pos.line, this.blockEnd(call.pos.file, call.pos.line), -1));
    return out;
  }

  /**
   * The module calls a resource sits under: a call whose address (or address without index) is the
   * resource's module path or a prefix of it ending before "." (or before "[" for the unindexed form).
   */
  private moduleCallsOf(resource: TfResource): TfModuleCall[] {
    const path = resource.modulePath;
    if (!path) return [];
    const hit = this.callsOfPath.get(path);
    if (hit) return hit;
    const found = new Set<TfModuleCall>();
    const add = (list: TfModuleCall[] | undefined) => list?.forEach((c) => found.add(c));
    for (let i = 1; i <= path.length; i++) {
      const c = path[i];
      if (i === path.length || c === '.') {
        add(this.callsByAddress.get(path.slice(0, i)));
        add(this.callsByBase.get(path.slice(0, i)));
      } else if (c === '[') add(this.callsByBase.get(path.slice(0, i)));
    }
    // Instances of one call share its block: only its position matters for suppressions.
    const places = new Set<string>();
    const out = [...found]
      .sort((a, b) => this.callOrder.get(a)! - this.callOrder.get(b)!)
      .filter((c) => !places.has(`${c.pos.file}:${c.pos.line}`) && places.add(`${c.pos.file}:${c.pos.line}`));
    this.callsOfPath.set(path, out);
    return out;
  }

  private around(file: string, start: number, end: number, line: number): Suppression[] {
    const list = this.byFile.get(file);
    if (!list) return [];
    return list.filter(
      (s) =>
        // the comment run right above the block header, or on the header line itself
        (s.line < start && s.line >= start - 3 && this.onlyCommentsBetween(s, start, list)) ||
        s.line === start ||
        // inside the block
        (s.line > start && s.line <= end) ||
        // right above, or trailing, the offending attribute
        (line > 0 && (s.line === line || s.line === line - 1)),
    );
  }

  /** Last line of the block starting at `start`: the loader's end line when given, else up to the next block. */
  private blockEnd(file: string, start: number, pos?: object): number {
    const explicit = (pos as { endLine?: number } | undefined)?.endLine;
    if (typeof explicit === 'number') return explicit;
    const starts = this.starts.get(file) ?? [];
    // First block start after `start` (binary search: the list is sorted).
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! > start) hi = mid;
      else lo = mid + 1;
    }
    const next = starts[lo];
    if (next === undefined) return Number.MAX_SAFE_INTEGER;
    // Comments directly above the next block belong to it.
    const list = this.byFile.get(file) ?? [];
    let end = next - 1;
    while (list.some((s) => s.line === end)) end--;
    return end;
  }

  /** Between a suppression above a block and the block, only other suppression comments (a contiguous run). */
  private onlyCommentsBetween(s: Suppression, start: number, list: Suppression[]): boolean {
    for (let l = s.line + 1; l < start; l++) if (!list.some((x) => x.line === l)) return false;
    return true;
  }
}
