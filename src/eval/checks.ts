// Deterministic checks of an answer against a scenario's expected elements. Each check is one line
// of the report ("adds elasticache-redis", "category is access-denied"), passed or failed.
import type { Scenario } from './scenario';
import type { TaskAnswer } from './tasks';

export interface CheckResult {
  name: string;
  passed: boolean;
}

type Mention = string | string[];

function mentions(text: string, m: Mention): boolean {
  const t = text.toLowerCase();
  return (Array.isArray(m) ? m : [m]).some((alt) => t.includes(alt.toLowerCase()));
}
const label = (m: Mention) => (Array.isArray(m) ? m.join(' | ') : m);

/** A value that weakens a protective parameter: false, 0, or "disabled"-like. */
function weakens(value: unknown): boolean {
  if (value === false || value === 0) return true;
  return typeof value === 'string' && /^(false|off|disabled?|none|0|mutable)$/i.test(value);
}

export function checkAnswer(s: Scenario, answer: TaskAnswer): CheckResult[] {
  const out: CheckResult[] = [];
  if (s.kind === 'refine' && answer.kind === 'refine') {
    const adj = answer.reply.adjustments;
    for (const kind of s.expect.adds) out.push({ name: `adds ${kind}`, passed: adj.some((a) => a.action === 'add' && a.target === kind) });
    for (const kind of s.expect.notAdds)
      out.push({ name: `does not add ${kind}`, passed: !adj.some((a) => a.action === 'add' && a.target === kind) });
    for (const p of s.expect.keeps)
      out.push({ name: `keeps ${p}`, passed: !adj.some((a) => a.changes.some((c) => c.parameter === p && weakens(c.value))) });
    for (const e of s.expect.sets) {
      const found = adj
        .filter((a) => a.action === 'set' && a.target === e.target)
        .flatMap((a) => a.changes)
        .filter((c) => c.parameter === e.parameter);
      const ok = found.some((c) =>
        e.atLeast !== undefined ? typeof c.value === 'number' && c.value >= e.atLeast : e.value === undefined || c.value === e.value,
      );
      out.push({
        name: `sets ${e.target}.${e.parameter}${e.atLeast !== undefined ? ` ≥ ${e.atLeast}` : e.value !== undefined ? ` = ${String(e.value)}` : ''}`,
        passed: ok,
      });
    }
    if (s.expect.noAdjustments) out.push({ name: 'proposes no adjustment', passed: adj.length === 0 });
  } else if (s.kind === 'diagnose' && answer.kind === 'diagnose') {
    const r = answer.reply;
    out.push({ name: `category is ${s.expect.category}`, passed: r.category === s.expect.category });
    const text = [r.errorCode ?? '', r.rootCause, ...r.fixes].join('\n');
    for (const m of s.expect.mentions) out.push({ name: `mentions ${label(m)}`, passed: mentions(text, m) });
    for (const f of s.expect.forbids) out.push({ name: `never says ${f}`, passed: !mentions(text, f) });
  } else if (s.kind === 'incident' && answer.kind === 'incident') {
    const text = [answer.rootCause, ...answer.recommendations].join('\n');
    for (const m of s.expect.mentions) out.push({ name: `root cause mentions ${label(m)}`, passed: mentions(answer.rootCause, m) });
    for (const f of s.expect.forbids) out.push({ name: `never says ${f}`, passed: !mentions(text, f) });
    const norm = (x: string) => x.toLowerCase().replace(/[^a-z0-9:]/g, '');
    for (const c of s.expect.calls) out.push({ name: `called ${c}`, passed: answer.calls.some((x) => norm(x) === norm(c)) });
  } else {
    out.push({ name: 'answer of the scenario kind', passed: false });
  }
  return out;
}
