// inframate.md → Requirements: YAML front matter (machine-readable, errors are fatal with file:line)
// plus the markdown people write (headings of any level, "Key: value" lines, bullet lists; problems
// there are warnings, since prose is not a schema).
import { LineCounter, parseDocument, isMap, isScalar, type Pair } from 'yaml';
import { InputError } from '../supervisor/errors';
import { applyField, compactKey, fieldForKey, type FieldName } from './fields';
import { resolveTerms } from './aliases';
import type { Requirements, ServiceRequirement } from './types';
import { isAuto, knownStandards } from './values';

export interface ParseOptions {
  /** File name used in messages (relative path). */
  file: string;
  /** Region when the file states none (from --region). */
  defaultRegion?: string;
}

export function defaultRequirements(source: string, region = 'us-east-1'): Requirements {
  return {
    source,
    environment: 'dev',
    environments: ['dev'],
    region,
    availability: 'standard',
    compliance: [],
    tags: {},
    services: [],
    notes: [],
    warnings: [],
  };
}

interface FrontMatter {
  yaml: string;
  /** 1-based line of the first YAML line. */
  startLine: number;
  body: string;
  bodyStartLine: number;
}

function splitFrontMatter(text: string, file: string): FrontMatter | { body: string; bodyStartLine: number } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return { body: lines.join('\n'), bodyStartLine: 1 };
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (end < 0) throw new InputError('front matter opened with --- is never closed (add a --- line after it)', { file, line: 1 });
  return { yaml: lines.slice(1, end).join('\n'), startLine: 2, body: lines.slice(end + 1).join('\n'), bodyStartLine: end + 2 };
}

function parseFrontMatter(fm: FrontMatter, req: Requirements, file: string, stated: Set<FieldName>): void {
  const counter = new LineCounter();
  const doc = parseDocument(fm.yaml, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number | undefined) => (offset === undefined ? fm.startLine : counter.linePos(offset).line + fm.startLine - 1);
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new InputError(`malformed YAML front matter: ${e.message.split('\n')[0]}`, { file, line: lineOf(e.pos[0]) });
  }
  if (doc.contents === null) return;
  if (!isMap(doc.contents)) throw new InputError('front matter must be a map of key: value', { file, line: fm.startLine });
  for (const pair of doc.contents.items as Pair[]) {
    const keyNode = pair.key;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const line = lineOf(isScalar(keyNode) ? keyNode.range?.[0] : undefined);
    const field = fieldForKey(key);
    if (!field) {
      req.warnings.push({ file, line, message: `unknown key "${key}" in front matter (ignored)` });
      continue;
    }
    const value =
      pair.value && typeof (pair.value as { toJSON?: unknown }).toJSON === 'function'
        ? (pair.value as { toJSON(): unknown }).toJSON()
        : null;
    const result = applyField(req, field, value);
    if (!isAuto(value)) stated.add(field);
    if (result.error) throw new InputError(`${key}: ${result.error}`, { file, line });
    if (result.warning) req.warnings.push({ file, line, message: `${key}: ${result.warning}` });
  }
}

const HEADING = /^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$/;
const KEY_VALUE = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)?([A-Za-z][A-Za-z0-9 _/-]{0,40}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.+?)\s*$/;
const BULLET = /^\s*(?:[-*+]|\d+[.)])\s+(.+?)\s*$/;
/** Fields whose section content is a list of terms (each line resolved to canonical ids). */
const TERM_FIELDS: ReadonlySet<FieldName> = new Set(['languages', 'frameworks', 'database', 'datastores', 'compute']);
/** Fields a section heading can carry whose whole text is the value. */
const TEXT_FIELDS: ReadonlySet<FieldName> = new Set(['description', 'expectedTraffic']);
const NOT_A_NAME = /inframate|requirement|infrastructure|architecture|deployment|spec/i;

function parseBody(body: string, startLine: number, req: Requirements, file: string, stated: Set<FieldName>): void {
  const lines = body.split(/\r?\n/);
  let section: FieldName | 'other' | undefined;
  let fenced = false;
  const text: Partial<Record<FieldName, string[]>> = {};
  const warn = (line: number, message: string) => req.warnings.push({ file, line, message });
  const apply = (field: FieldName, value: string, line: number, label: string) => {
    // Front matter is the machine-readable source: the body does not override it.
    if (stated.has(field) && !TERM_FIELDS.has(field)) return;
    const r = applyField(req, field, value);
    if (r.error) warn(line, `${label}: ${r.error} (ignored)`);
    if (r.warning) warn(line, `${label}: ${r.warning}`);
  };
  lines.forEach((raw, i) => {
    const line = startLine + i;
    if (/^\s*(```|~~~)/.test(raw)) fenced = !fenced;
    if (fenced || /^\s*<!--.*-->\s*$/.test(raw)) return;
    const h = HEADING.exec(raw);
    if (h) {
      const title = h[2].replace(/[*_`]/g, '').trim();
      const field = fieldForKey(title) ?? fieldForKey(title.replace(/^(preferred|expected|target)\s+/i, '')) ?? fieldOfCompoundTitle(title);
      if (field) section = field;
      else if (h[1] === '#' && !req.appName && !stated.has('appName') && !NOT_A_NAME.test(title) && section === undefined) {
        req.appName = title;
        section = 'other';
      } else section = 'other';
      return;
    }
    if (!raw.trim()) return;
    const kv = KEY_VALUE.exec(raw);
    const kvField = kv ? fieldForKey(kv[1]) : undefined;
    if (kv && kvField && kvField !== 'notes' && !/^https?$/i.test(kv[1])) {
      apply(kvField, kv[2], line, kv[1].trim());
      return;
    }
    if (section === undefined || section === 'other') return;
    const content = (BULLET.exec(raw)?.[1] ?? raw).trim();
    if (TERM_FIELDS.has(section)) {
      if (!isAuto(content)) apply(section, content, line, compactKey(section));
    } else if (TEXT_FIELDS.has(section) || section === 'appName') {
      (text[section] ??= []).push(content);
    } else if (section === 'services') {
      const svc = serviceFromBullet(content);
      if (svc) req.services.push(svc);
      else warn(line, `services: cannot read a service name from "${content}" (ignored)`);
    } else if (section === 'compliance') {
      // A compliance section mixes standards ("SOC 2 and GDPR") with prose ("all data encrypted").
      const standards = knownStandards(content);
      if (standards.length) apply('compliance', standards.join(', '), line, 'compliance');
      else req.notes.push(content);
    } else if (section === 'notes') {
      req.notes.push(content);
    } else {
      apply(section, content, line, section);
    }
  });
  for (const [field, parts] of Object.entries(text) as [FieldName, string[]][]) {
    if (!stated.has(field) && !isAuto(parts.join(' '))) applyField(req, field, parts.join(field === 'description' ? '\n' : ' '));
  }
}

/** Parse the text of an inframate.md. Throws InputError (exit 2) for malformed front matter. */
export function parseRequirements(text: string, opts: ParseOptions): Requirements {
  const req = defaultRequirements(opts.file, opts.defaultRegion);
  const split = splitFrontMatter(text, opts.file);
  const stated = new Set<FieldName>();
  if ('yaml' in split) {
    parseFrontMatter(split, req, opts.file, stated);
  }
  parseBody(split.body, split.bodyStartLine, req, opts.file, stated);
  return req;
}

/** "api (services/api, port 8080, Lambda)" or "`web`: apps/web" → a service requirement. */
function serviceFromBullet(text: string): ServiceRequirement | undefined {
  const m = /^[`*_]*([A-Za-z0-9][\w.-]*)[`*_]*\s*(?:[(:—–-]\s*(.*?)\)?)?$/.exec(text.trim());
  if (!m) return undefined;
  const rest = m[2] ?? '';
  const svc: ServiceRequirement = { name: m[1] };
  const path = /(?:^|[\s,(`])((?:\.\/)?[\w.-]+(?:\/[\w.-]+)+\/?)/.exec(' ' + rest);
  if (path) svc.path = path[1].replace(/^\.\//, '').replace(/\/$/, '');
  const port = /\bport\s*:?\s*(\d{2,5})\b/i.exec(rest);
  if (port) svc.port = Number(port[1]);
  const compute = resolveTerms(rest.replace(/\bport\s*:?\s*\d+/i, ''), 'compute').terms.find((t) => t.kind === 'compute');
  if (compute) svc.compute = compute.id;
  return svc;
}

/** "Security & Compliance", "Database and caching": the most specific field a part of the title names. */
function fieldOfCompoundTitle(title: string): FieldName | undefined {
  const fields = title
    .split(/\s*(?:&|,|\/|\band\b|\+)\s*/i)
    .map((part) => fieldForKey(part))
    .filter((f): f is FieldName => f !== undefined);
  return fields.find((f) => f !== 'notes') ?? fields[0];
}
