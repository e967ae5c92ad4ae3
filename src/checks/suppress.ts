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
  }

  /** Suppressions that apply to a finding of `resource` at `line` (and, for module resources, those on the module calls above it). */
  candidates(resource: TfResource, line: number): Suppression[] {
    const out = this.around(resource.pos.file, resource.pos.line, this.blockEnd(resource.pos.file, resource.pos.line, resource.pos), line);
    for (const call of this.moduleCallsOf(resource))
      out.push(...this.around(call.pos.file, call.pos.line, this.blockEnd(call.pos.file, call.pos.line), -1));
    return out;
  }

  private moduleCallsOf(resource: TfResource): TfModuleCall[] {
    if (!resource.modulePath) return [];
    const out: TfModuleCall[] = [];
    for (const call of this.modules) {
      const base = baseAddress(call.address);
      if (
        resource.modulePath === call.address ||
        resource.modulePath === base ||
        resource.modulePath.startsWith(`${call.address}.`) ||
        resource.modulePath.startsWith(`${base}.`) ||
        resource.modulePath.startsWith(`${base}[`)
      )
        out.push(call);
    }
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
    const next = starts.find((l) => l > start);
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
