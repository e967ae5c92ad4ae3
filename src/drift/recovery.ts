// The recovery plan: ordered steps with exact commands, each with its risk and its rollback. Nothing
// here runs: people approve every step (requiresApproval is always true), and code changes reach
// the repository only as a pull request.
import type { LoadedTerraform, TfResource } from '../terraform/model';
import type { DriftItem, RecoveryStep } from './types';
import { SENSITIVE_MASK } from './types';

export interface RecoveryInput {
  items: readonly DriftItem[];
  /** The Terraform code, when the loader could read it (for code patches located by file and line). */
  code?: LoadedTerraform;
  /** Source text by repository-relative file, for the lines patched. */
  sources?: ReadonlyMap<string, string>;
  /** Directory of the Terraform root, relative to the repository (for commands and the imports file). */
  root?: string;
}

export interface RecoveryPlan {
  steps: RecoveryStep[];
  /** New file contents for the pull request: accepted drift and import blocks. */
  files: Map<string, string>;
}

const q = (address: string) => `'${address.replace(/'/g, `'\\''`)}'`;
const show = (v: unknown) => (v === SENSITIVE_MASK ? SENSITIVE_MASK : JSON.stringify(v));
const TAGS_ONLY = (item: DriftItem) => item.differences.length > 0 && item.differences.every((d) => /^(tags|tags_all)(\.|$)/.test(d.path));

const ORDER: Record<DriftItem['driftType'], number> = { missing: 0, replaced: 1, modified: 2, unmanaged: 3 };
const SEV = { critical: 0, high: 1, medium: 2, low: 3 } as const;

export function buildRecoveryPlan(input: RecoveryInput): RecoveryPlan {
  const files = new Map<string, string>();
  const steps: Omit<RecoveryStep, 'order'>[] = [];
  const items = orderItems(input.items);
  if (items.length === 0) return { steps: [], files };
  const tf = input.root && input.root !== '.' ? `terraform -chdir=${input.root}` : 'terraform';

  steps.push({
    action: 'confirm',
    addresses: items.map((i) => i.address),
    command: `${tf} plan -refresh-only`,
    risk: 'low',
    rationale: 'Confirm the drift is still there before changing anything (read-only: a refresh-only plan changes nothing).',
    rollback: 'Nothing to roll back.',
  });

  const imports: string[] = [];
  for (const item of items) {
    const target = `-target=${q(item.address)}`;
    switch (item.driftType) {
      case 'missing': {
        const data = /^aws_(db_|rds_|elasticache_|dynamodb_|s3_bucket$|efs_|ebs_)/.test(item.type);
        steps.push({
          action: 'recreate',
          addresses: [item.address],
          command: `${tf} plan ${target} -out=drift-recreate.tfplan && ${tf} apply drift-recreate.tfplan`,
          risk: data || item.dependants.length > 0 ? 'high' : 'medium',
          rationale:
            `${item.address} is in the state but gone from the cloud; re-create it from the code` +
            (item.dependants.length
              ? ` before its ${item.dependants.length} dependant(s) (${item.dependants.slice(0, 5).join(', ')})`
              : '') +
            (data
              ? '. A re-created data store starts empty: restore it from its latest snapshot or backup instead if its data matters.'
              : '.') +
            ` If it was removed on purpose, drop it from the code and run: ${tf} state rm ${q(item.address)}.`,
          rollback: `${tf} plan -destroy ${target} -out=drift-undo.tfplan && ${tf} apply drift-undo.tfplan (removes the re-created resource only)`,
          changes: [`create ${item.address}`],
        });
        break;
      }
      case 'replaced':
        steps.push({
          action: 'review-replacement',
          addresses: [item.address],
          command: `${tf} plan ${target}`,
          risk: 'high',
          rationale: `The next apply destroys and re-creates ${item.address}${item.reason ? ` (${item.reason})` : ''}. Review it; take a snapshot or backup first.`,
          rollback: 'A replacement cannot be undone by Terraform: restore from the snapshot or backup taken before the apply.',
          changes: [`replace ${item.address}`, ...item.differences.map((d) => `${d.path}: ${show(d.expected)} → ${show(d.actual)}`)],
        });
        break;
      case 'modified': {
        const revert = {
          command: `${tf} plan ${target} -out=drift-revert.tfplan && ${tf} apply drift-revert.tfplan`,
          changes: item.differences.map((d) => `${d.path}: ${show(d.actual)} → ${show(d.expected)}`),
        };
        const patch = acceptPatch(item, input);
        if (TAGS_ONLY(item) && patch) {
          files.set(patch.file, patch.newText);
          steps.push({
            action: 'accept',
            addresses: [item.address],
            command: `git apply drift-accept.patch && ${tf} plan -refresh-only -out=drift-accept.tfplan && ${tf} apply drift-accept.tfplan`,
            risk: 'low',
            rationale: `Only tags changed on ${item.address}: keep the cloud's values and write them into the code (${patch.file}:${patch.line}). To undo the change instead: ${revert.command}`,
            rollback: 'Revert the pull request, then re-apply the previous code.',
            patch: { file: patch.file, line: patch.line, diff: patch.diff },
          });
        } else {
          steps.push({
            action: 'revert',
            addresses: [item.address],
            command: revert.command,
            risk: item.severity === 'critical' || item.severity === 'high' ? 'medium' : 'low',
            rationale:
              `Put ${item.address} back as the code says${item.differences.some((d) => d.sensitive) ? ' (sensitive values are not shown)' : ''}.` +
              (patch ? ` If the change was intended, accept it into the code instead (${patch.file}:${patch.line}).` : ''),
            rollback: `Make the same change again by hand, or accept it into the code: ${tf} plan -refresh-only then apply.`,
            changes: revert.changes,
            ...(patch ? { patch: { file: patch.file, line: patch.line, diff: patch.diff } } : {}),
          });
        }
        break;
      }
      case 'unmanaged': {
        if (!item.id) break;
        const block = `import {\n  to = ${item.address}\n  id = ${JSON.stringify(item.id)}\n}\n`;
        imports.push(block);
        steps.push({
          action: 'import',
          addresses: [item.address],
          command: `${tf} plan -generate-config-out=generated-${item.address.replace(/[^A-Za-z0-9_.-]/g, '_')}.tf && ${tf} apply`,
          risk: 'low',
          rationale: `${item.arn ?? item.id} carries the project's tags but no state entry: adopt it with an import block (the plan writes its configuration for review). If it should not exist, delete it by hand instead.`,
          rollback: `${tf} state rm ${q(item.address)} and remove the import block (the resource itself is left untouched).`,
          patch: { file: importsFile(input.root), diff: addedFileDiff(importsFile(input.root), block) },
        });
        break;
      }
    }
  }
  if (imports.length)
    files.set(
      importsFile(input.root),
      `# Resources adopted by inframate drift: review, then terraform plan / apply.\n\n${imports.join('\n')}`,
    );
  return { steps: steps.map((s, i) => ({ order: i + 1, ...s })), files };
}

function importsFile(root?: string): string {
  return `${root && root !== '.' ? `${root}/` : ''}inframate-drift-imports.tf`;
}

/** Missing first (foundations before what depends on them), then replacements, modifications by severity, unmanaged. */
function orderItems(items: readonly DriftItem[]): DriftItem[] {
  return [...items].sort(
    (a, b) =>
      ORDER[a.driftType] - ORDER[b.driftType] ||
      // Missing: what others depend on is re-created first; otherwise the most severe first.
      (a.driftType === 'missing' ? b.dependants.length - a.dependants.length : SEV[a.severity] - SEV[b.severity]) ||
      b.dependants.length - a.dependants.length ||
      a.address.localeCompare(b.address),
  );
}

/** A one-line edit of the resource's block for each top-level literal the cloud now differs from. */
function acceptPatch(item: DriftItem, input: RecoveryInput): { file: string; line: number; newText: string; diff: string } | undefined {
  const res = input.code?.resources.find((r) => r.address === item.address || r.address === item.address.replace(/\[[^\]]*\]$/, ''));
  if (!res || item.differences.some((d) => d.sensitive)) return undefined;
  const text = input.sources?.get(res.pos.file);
  if (text === undefined) return undefined;
  const lines = text.split('\n');
  // start line (1-based) → last line replaced and the new text.
  const edits = new Map<number, { end: number; text: string }>();
  for (const [attr, value] of Object.entries(topLevelActual(item, res))) {
    const pos = res.attributePos?.[attr];
    if (!pos) {
      // Not written in the code: set it explicitly, right after the block's first line.
      if (res.expressions?.[attr] !== undefined || attr in res.attributes) continue;
      const indent = `${/^\s*/.exec(lines[res.pos.line - 1] ?? '')![0]}  `;
      const at = res.pos.line + 1;
      if (!edits.has(at)) edits.set(at, { end: res.pos.line, text: `${indent}${attr} = ${hclLiteral(value)}` });
      continue;
    }
    if (pos.file !== res.pos.file) continue;
    const m = /^(\s*[A-Za-z_][\w-]*\s*=\s*)(.*)$/.exec(lines[pos.line - 1] ?? '');
    if (!m) continue;
    const rhs = m[2].trim();
    let end = pos.line;
    if (rhs === '{') {
      // A literal map over several lines: replaced whole when it holds only literals.
      while (end < lines.length && !/^\s*\}\s*$/.test(lines[end])) end++;
      const body = lines.slice(pos.line, end);
      if (end >= lines.length || body.some((l) => l.includes('$') || l.includes('(') || l.includes('{'))) continue;
      end++;
      const indent = /^\s*/.exec(m[1])![0];
      const entries = Object.entries((value ?? {}) as Record<string, unknown>).map(
        ([k, x]) => `${indent}  ${/^[A-Za-z_][\w-]*$/.test(k) ? k : JSON.stringify(k)} = ${hclLiteral(x)}`,
      );
      edits.set(pos.line, { end, text: [`${m[1]}{`, ...entries, `${indent}}`].join('\n') });
      continue;
    }
    // Only literal values are rewritten (a reference or expression is the user's to change).
    if (!/^("[^"$]*"|-?\d+(\.\d+)?|true|false|\{[^{}$]*\})\s*(#.*)?$/.test(rhs)) continue;
    edits.set(pos.line, { end, text: `${m[1]}${hclLiteral(value)}` });
  }
  if (edits.size === 0) return undefined;
  const starts = [...edits.keys()].sort((a, b) => a - b);
  const out: string[] = [];
  const hunks: string[] = [`--- a/${res.pos.file}`, `+++ b/${res.pos.file}`];
  let i = 1;
  for (const start of starts) {
    const { end, text: replacement } = edits.get(start)!;
    while (i < start) out.push(lines[i++ - 1]);
    const removed = lines.slice(start - 1, end);
    const added = replacement.split('\n');
    const at = out.length + 1;
    hunks.push(`@@ -${start},${removed.length} +${at},${added.length} @@`, ...removed.map((l) => `-${l}`), ...added.map((l) => `+${l}`));
    out.push(...added);
    i = end + 1;
  }
  while (i <= lines.length) out.push(lines[i++ - 1]);
  return { file: res.pos.file, line: starts[0], newText: out.join('\n'), diff: hunks.join('\n') };
}

/** The cloud's value of each changed top-level attribute (tags rebuilt whole from the differences). */
function topLevelActual(item: DriftItem, res: TfResource): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const d of item.differences) {
    const m = /^([A-Za-z_][\w-]*)(?:\.([^.[]+))?$/.exec(d.path);
    if (!m) continue;
    const [, attr, key] = m;
    if (attr === 'tags_all') continue;
    if (key === undefined) out[attr] = d.actual;
    else {
      const current = (out[attr] ?? { ...((res.attributes[attr] as Record<string, unknown>) ?? {}) }) as Record<string, unknown>;
      if (d.actual === null) delete current[key];
      else current[key] = d.actual;
      out[attr] = current;
    }
  }
  return out;
}

function hclLiteral(v: unknown): string {
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    return `{ ${Object.entries(v)
      .map(([k, x]) => `${/^[A-Za-z_][\w-]*$/.test(k) ? k : JSON.stringify(k)} = ${hclLiteral(x)}`)
      .join(', ')} }`;
  }
  if (Array.isArray(v)) return `[${v.map(hclLiteral).join(', ')}]`;
  return typeof v === 'string' ? JSON.stringify(v).replace(/\$\{/g, '$${') : String(v);
}

function addedFileDiff(file: string, text: string): string {
  const lines = text.trimEnd().split('\n');
  return [`--- /dev/null`, `+++ b/${file}`, `@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n');
}
