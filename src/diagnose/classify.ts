// One block → at most one diagnosis: the highest-priority catalogue rule whose pattern matches
// the block, with the facts the block names. Blocks no rule matches become "unknown" when they
// are real error headers, and are dropped when they only wrap other errors.
import { createHash } from 'node:crypto';
import { blockAddress, explicitAddress, resourceTypeOf, typeAndName } from './address';
import { extractCode, extractDenial, extractDetails, extractFileLine, extractService, type Denial, type Details } from './extract';
import { providerChangeFor } from './provider-changes';
import { DIAGNOSE_RULES, patternsOf, type DiagnoseRule } from './rules';
import type { Block } from './segment';
import type { Diagnosis } from './types';

/** Headers that only announce other errors, and runner noise after a failure. */
const WRAPPER =
  /^(?:Error applying plan:?|Error running plan:?|Error refreshing state:?|Error: \d+ errors? occurred:?|\d+ errors?(?:\(s\))? occurred:?|Process completed with exit code \d+\.?|exit status \d+|Terraform exited with code \d+\.?|Script failed|Error 1|Terraform does not automatically rollback.*|)$/i;
const WRAPPER_WITH_COUNT = /^(?:Error: )?\d+ errors?(?:\(s\))? occurred:?$/i;

/** Preamble text (no error header) needs a specific rule: generic wording there is not an error report. */
const MIN_PREAMBLE_PRIORITY = 40;

export interface Classified {
  diagnosis: Diagnosis;
  /** Order of appearance in the log. */
  order: number;
}

function bestRule(text: string, isPreamble: boolean): DiagnoseRule | null {
  let best: DiagnoseRule | null = null;
  for (const rule of DIAGNOSE_RULES) {
    const priority = rule.priority ?? 50;
    if (isPreamble && priority < MIN_PREAMBLE_PRIORITY) continue;
    if (best && priority <= (best.priority ?? 50)) continue;
    if (patternsOf(rule).some((re) => re.test(text))) best = rule;
  }
  return best;
}

export function iamStatementFor(denial: Denial): Diagnosis['iamStatement'] {
  if (!denial.action) return null;
  return { Effect: 'Allow', Action: denial.action, Resource: denial.arn && denial.arn.startsWith('arn:') ? denial.arn : '*' };
}

interface Facts {
  code: string | null;
  resource: string | null;
  file: string | null;
  line: number | null;
  service: string | null;
  denial: Denial;
  details: Details;
}

function fill(template: string, f: Facts): string {
  const statement = iamStatementFor(f.denial);
  const where = f.file
    ? `${f.file}:${f.line ?? 1}${f.resource ? ` (${f.resource})` : ''}`
    : f.resource
      ? `the configuration of ${f.resource}`
      : 'the configuration';
  const change = providerChangeFor(resourceTypeOf(f.resource), f.details.argument);
  const values: Record<string, string> = {
    action: f.denial.action ?? 'the call',
    actionNote: f.denial.action ? ` (${f.denial.action})` : '',
    arn: f.denial.arn ?? 'the resource',
    resource: f.resource ?? '<address>',
    where,
    code: f.code ?? 'error',
    lockId: f.details.lockId ?? 'LOCK_ID',
    lockWho: f.details.lockWho ? ` (held by ${f.details.lockWho})` : '',
    instanceType: f.details.instanceType ?? 'this instance type',
    az: f.details.az ?? 'this Availability Zone',
    otherAzs: f.details.otherAzs ?? 'the zones the message lists',
    argument: f.details.argument ? `"${f.details.argument}"` : '',
    serviceCode: f.service ?? '<service>',
    iamStatement: statement
      ? '`' + JSON.stringify(statement) + '`'
      : 'an IAM statement allowing the action named in the error on the resource it names',
    providerChange: change
      ? `AWS provider v${change.version} changed "${change.argument === '*' ? f.details.argument : change.argument}" on ${change.type === '*' ? 'resources' : change.type}: ${change.replacement}.`
      : '',
  };
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`).replace(/ +\.(\s|$)/g, '.$1');
}

/** A fingerprint that survives re-runs: request ids, numbers and timestamps do not count. */
export function fingerprintOf(parts: (string | null)[], message: string): string {
  const msg = message
    .toLowerCase()
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, '<id>')
    .replace(/\b(?=[a-z0-9]*\d)[a-z0-9]{12,}\b/g, '<id>')
    .replace(/\d+/g, '<n>')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
  return createHash('sha256')
    .update([...parts.map((p) => p ?? ''), msg].join('\u0000'))
    .digest('hex')
    .slice(0, 16);
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function excerptOf(block: Block): string {
  const kept = block.lines
    .map((l) => l.trimEnd())
    .filter((l) => l.trim())
    .slice(0, 8);
  const indent = Math.min(...kept.map((l) => l.length - l.trimStart().length));
  const text = kept.map((l) => l.slice(indent)).join('\n');
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}

/** The message a person reads first: the header, or the line the rule matched. */
function messageOf(block: Block, rule: DiagnoseRule | null): string {
  if (block.header && !WRAPPER.test(block.header.trim()) && !WRAPPER_WITH_COUNT.test(block.header.trim())) return oneLine(block.header);
  if (rule) {
    for (const line of block.lines) if (patternsOf(rule).some((re) => re.test(line))) return oneLine(line);
  }
  return oneLine(block.lines.find((l) => l.trim()) ?? '');
}

export interface ClassifyContext {
  /** Full address announced by a preceding "* module.x.type.name: 1 error(s) occurred:" wrapper. */
  wrapperAddress: string | null;
}

export function classifyBlock(block: Block, ctx: ClassifyContext): Diagnosis | null {
  if (block.kind === 'warning') return null;
  const joined = block.lines.join(' ').replace(/\s+/g, ' ');
  const isPreamble = block.kind === 'preamble';
  const rule = bestRule(joined, isPreamble);
  if (!rule) {
    const header = (block.header ?? '').trim();
    if (isPreamble || WRAPPER.test(header) || WRAPPER_WITH_COUNT.test(header) || /^\d+ errors?(?:\(s\))? occurred/i.test(header))
      return null;
  }

  // Resource: explicit markers first, then the block's own header address (widened by a wrapper's
  // module path), then `in resource "T" "N"`.
  let resource = explicitAddress(block.lines)?.address ?? null;
  if (!resource && block.headerAddress) {
    resource =
      ctx.wrapperAddress &&
      typeAndName(ctx.wrapperAddress) === typeAndName(block.headerAddress) &&
      ctx.wrapperAddress.endsWith(block.headerAddress.replace(/^.*?((?:data\.)?[a-z][a-z0-9]*_[a-z0-9_]+\.)/, '$1'))
        ? ctx.wrapperAddress
        : block.headerAddress;
  }
  if (!resource) resource = blockAddress(block.lines)?.address ?? null;

  const fileLine = extractFileLine(block.lines);
  const code = extractCode(joined, rule?.codes ?? []);
  const service = extractService(joined, rule?.service, resourceTypeOf(resource));
  const denial = rule?.category === 'access-denied' ? extractDenial(joined, service) : { action: null, arn: null, principal: null };
  const facts: Facts = {
    code,
    resource,
    file: fileLine?.file ?? null,
    line: fileLine?.line ?? null,
    service,
    denial,
    details: extractDetails(joined),
  };
  const message = messageOf(block, rule);

  if (!rule) {
    return {
      category: 'unknown',
      errorCode: code,
      service,
      resource,
      file: facts.file,
      line: facts.line,
      summary: message.slice(0, 300),
      rootCause: 'No rule in the catalogue recognises this error.',
      fixes: ['Read the full error text below; re-run with `TF_LOG=debug` for the provider’s request and response.'],
      confidence: 0.2,
      source: 'rules',
      rule: null,
      docs: null,
      excerpt: excerptOf(block),
      fingerprint: fingerprintOf(['unknown', code, resource], message),
      occurrences: 1,
    };
  }
  const fixes = rule.fixes.map((f) => fill(f, facts)).filter((f) => f.trim() !== '' && f.trim() !== '.');
  return {
    category: rule.category,
    errorCode: code,
    service,
    resource,
    file: facts.file,
    line: facts.line,
    summary: `${fill(rule.summary, facts).replace(/\s*\(\)/g, '')}: ${message}`.slice(0, 500),
    rootCause: fill(rule.rootCause, facts),
    fixes,
    confidence: rule.confidence,
    source: 'rules',
    rule: rule.id,
    docs: rule.docs,
    excerpt: excerptOf(block),
    // The same rule on the same resource, place and action is the same error, whatever its wording.
    fingerprint: fingerprintOf([rule.id, resource, facts.file, String(facts.line ?? ''), denial.action], ''),
    occurrences: 1,
    ...(rule.category === 'access-denied' ? { iamStatement: iamStatementFor(denial) } : {}),
  };
}

/** Is this block only "* ADDRESS: N error(s) occurred:"? Then its address qualifies the next block. */
export function wrapperAddressOf(block: Block): string | null {
  if (!block.headerAddress || !block.header) return null;
  const rest = block.lines.slice(1).join(' ').trim();
  return WRAPPER_WITH_COUNT.test(block.header.replace(/^Error:?\s*/, '')) && rest === '' ? block.headerAddress : null;
}
