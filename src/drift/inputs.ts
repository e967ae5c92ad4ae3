// What drift reads: `terraform show -json` plans (format 1.x, refresh-only included), state files
// (v4, or `terraform show -json` of a state), and the streaming `terraform plan -json` log. The kind
// is recognised from the content; anything else is an input error naming the file and the problem.
import { InputError } from '../supervisor/errors';

export interface PlanJson {
  format_version: string;
  terraform_version?: string;
  resource_drift?: ResourceChangeJson[];
  resource_changes?: ResourceChangeJson[];
  prior_state?: { values?: { root_module?: ModuleValuesJson } };
  planned_values?: unknown;
}

export interface ResourceChangeJson {
  address: string;
  previous_address?: string;
  module_address?: string;
  mode?: string;
  type: string;
  name?: string;
  index?: unknown;
  action_reason?: string;
  change: {
    actions: string[];
    before?: unknown;
    after?: unknown;
    after_unknown?: unknown;
    before_sensitive?: unknown;
    after_sensitive?: unknown;
    replace_paths?: unknown[][];
  };
}

export interface ModuleValuesJson {
  resources?: Array<{
    address: string;
    mode?: string;
    type: string;
    name: string;
    values?: Record<string, unknown>;
    sensitive_values?: unknown;
  }>;
  child_modules?: ModuleValuesJson[];
}

export interface StateV4 {
  version: 4;
  terraform_version?: string;
  resources: Array<{
    module?: string;
    mode: string;
    type: string;
    name: string;
    provider?: string;
    instances: Array<{
      index_key?: string | number;
      attributes?: Record<string, unknown>;
      attributes_flat?: Record<string, string>;
      sensitive_attributes?: unknown[];
      dependencies?: string[];
    }>;
  }>;
}

export interface PlanLogEvent {
  type: string;
  '@message'?: string;
  change?: {
    resource?: { addr?: string; resource_type?: string };
    action?: string;
    reason?: string;
    previous_resource?: { addr?: string };
  };
}

export type DriftInput =
  | { kind: 'plan'; file: string; plan: PlanJson; refreshOnly: boolean }
  | { kind: 'state'; file: string; state: StateV4 }
  | { kind: 'state-json'; file: string; values: ModuleValuesJson }
  | { kind: 'plan-log'; file: string; events: PlanLogEvent[] };

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Line and column of a JSON.parse failure. V8 states a position for some errors; for "Unexpected
 * token" it quotes the text around the token instead, which is found again in the input.
 */
function jsonErrorAt(text: string, error: unknown): string {
  const message = String((error as Error)?.message ?? error);
  const short = message.replace(/, (\.\.\.)?"[\s\S]*"(\.\.\.)? is not valid JSON$/, '').replace(/ in JSON at position \d+.*$/, '');
  let offset: number | undefined;
  const pos = /position (\d+)/.exec(message);
  if (pos) offset = Number(pos[1]);
  else if (/Unexpected end of JSON input/.test(message)) offset = text.length;
  else {
    // `Unexpected token ',', ..."context"... is not valid JSON`: "..." marks cut context (10 characters before the token).
    const m = /^Unexpected token '([\s\S])', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/.exec(message);
    if (m) {
      const snippet = m[3];
      const at = text.indexOf(snippet);
      if (at >= 0) {
        const rel = snippet.indexOf(m[1], m[2] ? Math.min(10, snippet.length - 1) : 0);
        offset = at + Math.max(0, rel);
      }
    }
  }
  if (offset === undefined) return short;
  const upTo = text.slice(0, offset);
  const line = upTo.split('\n').length;
  return `line ${line}, column ${offset - upTo.lastIndexOf('\n')}: ${short}`;
}

/** Recognise and validate a drift input. `text` is the file's content, `file` its name for messages. */
export function parseDriftInput(file: string, text: string): DriftInput {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw new InputError(`the file is empty`, { file });
  if (text.startsWith('PK\u0003\u0004')) {
    throw new InputError(`this is a binary plan file; convert it first: terraform show -json ${file} > plan.json (then --plan plan.json)`, {
      file,
    });
  }
  // The streaming log: one JSON object per line with Terraform's UI keys.
  if (trimmed.startsWith('{"@level"') || /^\{[^\n]*"@message"[^\n]*\}\s*\n\s*\{/.test(trimmed)) return parsePlanLog(file, trimmed);
  let doc: unknown;
  try {
    doc = JSON.parse(trimmed);
  } catch (error) {
    throw new InputError(`not valid JSON (${jsonErrorAt(trimmed, error)})`, { file });
  }
  if (!isObject(doc)) throw new InputError(`expected a JSON object (a plan, a state or a plan log)`, { file });
  if ('plan_format_version' in doc) {
    throw new InputError(
      `this is a Terraform Cloud / HCP Terraform redacted plan (plan_format_version ${String(doc.plan_format_version)}), ` +
        'the API form whose values may be redacted. Run `terraform show -json PLANFILE` where the plan was made ' +
        '(or download the JSON execution plan, /plans/:id/json-output) and pass that file.',
      { file },
    );
  }
  if (
    'format_version' in doc &&
    ('resource_changes' in doc || 'resource_drift' in doc || 'planned_values' in doc || 'prior_state' in doc)
  ) {
    const version = String(doc.format_version);
    if (!/^1\.\d+$/.test(version)) {
      throw new InputError(`unsupported plan format_version "${version}" (inframate reads format 1.x from terraform show -json)`, { file });
    }
    for (const key of ['resource_drift', 'resource_changes'] as const) {
      const list = doc[key];
      if (list !== undefined && !Array.isArray(list)) throw new InputError(`"${key}" must be a list`, { file });
      (list as unknown[] | undefined)?.forEach((c, i) => {
        if (
          !isObject(c) ||
          typeof c.address !== 'string' ||
          typeof c.type !== 'string' ||
          !isObject(c.change) ||
          !Array.isArray(c.change.actions)
        ) {
          throw new InputError(`${key}[${i}] is not a resource change (address, type, change.actions)`, { file });
        }
      });
    }
    const plan = doc as unknown as PlanJson;
    // A refresh-only plan carries drift but no resource_changes (terraform plan -refresh-only).
    return { kind: 'plan', file, plan, refreshOnly: !('resource_changes' in doc) };
  }
  if ('format_version' in doc && isObject(doc.values)) {
    return { kind: 'state-json', file, values: (doc.values.root_module ?? {}) as ModuleValuesJson };
  }
  if ('version' in doc && ('resources' in doc || 'modules' in doc || 'lineage' in doc)) {
    if (doc.version !== 4) {
      throw new InputError(
        `state version ${String(doc.version)} is not supported (inframate reads version 4, written by Terraform 0.12 and later; ` +
          'run terraform state pull with a current Terraform to upgrade it)',
        { file },
      );
    }
    const resources = doc.resources ?? [];
    if (!Array.isArray(resources)) throw new InputError(`"resources" must be a list`, { file });
    resources.forEach((r, i) => {
      if (!isObject(r) || typeof r.type !== 'string' || typeof r.name !== 'string' || !Array.isArray(r.instances)) {
        throw new InputError(`resources[${i}] is not a state resource (type, name, instances)`, { file });
      }
    });
    return { kind: 'state', file, state: { ...(doc as object), resources } as StateV4 };
  }
  throw new InputError(
    `not a Terraform plan, state or plan log (expected terraform show -json output with format_version, a v4 state, or terraform plan -json lines)`,
    { file },
  );
}

function parsePlanLog(file: string, text: string): DriftInput {
  const events: PlanLogEvent[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let ev: unknown;
    try {
      ev = JSON.parse(line);
    } catch (error) {
      throw new InputError(`line ${i + 1} is not a JSON log line (${(error as Error).message})`, { file, line: i + 1 });
    }
    if (!isObject(ev) || typeof ev.type !== 'string')
      throw new InputError(`line ${i + 1} has no "type" (not a terraform -json log)`, { file, line: i + 1 });
    events.push(ev as unknown as PlanLogEvent);
  });
  return { kind: 'plan-log', file, events };
}
