// Hidden markers find Inframate's own comments, issues, PRs and comment sections again, so every
// GitHub side effect is an upsert (contracts §5). Keys come from repository paths and command names:
// they are normalised so no key can close the HTML comment or span lines.
import { compareText } from '../core/compare';

const PREFIX = 'inframate';

/** Keep a key to characters that are safe inside an HTML comment and stable across runs. */
export function normalizeKey(key: string): string {
  const cleaned = key
    .trim()
    .replace(/\\/g, '/')
    .replace(/[^A-Za-z0-9._/@+=-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
  return cleaned || '_';
}

/** `<!-- inframate:KIND:KEY -->` */
export function marker(kind: string, key: string): string {
  return `<!-- ${PREFIX}:${normalizeKey(kind)}:${normalizeKey(key)} -->`;
}

export function hasMarker(body: string | null | undefined, kind: string, key: string): boolean {
  return typeof body === 'string' && body.includes(marker(kind, key));
}

/** Put the marker on the first line of a body (idempotently). */
export function withMarker(body: string, kind: string, key: string): string {
  const m = marker(kind, key);
  return body.includes(m) ? body : `${m}\n${body}`;
}

export function sectionStart(key: string): string {
  return `<!-- ${PREFIX}:section:${normalizeKey(key)}:start -->`;
}

export function sectionEnd(key: string): string {
  return `<!-- ${PREFIX}:section:${normalizeKey(key)}:end -->`;
}

export interface Section {
  key: string;
  content: string;
}

const SECTION_RE = new RegExp(
  `<!-- ${PREFIX}:section:([A-Za-z0-9._/@+=-]+):start -->\\n?([\\s\\S]*?)\\n?<!-- ${PREFIX}:section:\\1:end -->`,
  'g',
);

/** Every section of a body, in order. */
export function readSections(body: string): Section[] {
  const out: Section[] = [];
  for (const m of body.matchAll(SECTION_RE)) out.push({ key: m[1], content: m[2] });
  return out;
}

/**
 * Replace (or append) one section and keep every other section as it is. Sections are sorted by
 * key so parallel jobs of a matrix converge on the same body whatever order they finish in.
 */
export function upsertSection(body: string, key: string, content: string, header = ''): string {
  const k = normalizeKey(key);
  const sections = readSections(body).filter((s) => s.key !== k);
  sections.push({ key: k, content: content.trim() });
  sections.sort((a, b) => compareText(a.key, b.key));
  const parts = sections.map((s) => `${sectionStart(s.key)}\n${s.content}\n${sectionEnd(s.key)}`);
  return [header.trim(), ...parts].filter(Boolean).join('\n\n') + '\n';
}
