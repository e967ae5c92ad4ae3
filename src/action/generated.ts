// Files a command generated (Terraform written to a scratch directory), how they map into the
// repository, and a unified diff against what the repository (or PR head) holds today.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { createTwoFilesPatch } from 'diff';

export interface GeneratedFile {
  /** Repository-relative path (forward slashes). */
  path: string;
  content: string;
}

async function walk(dir: string, root = dir): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const e of entries) {
    const abs = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name === '.terraform') continue; // provider caches are never part of a change
      out.push(...(await walk(abs, root)));
    } else if (e.isFile()) out.push(relative(root, abs));
  }
  return out.sort();
}

/** Every file under `generatedDir`, placed under `repoDir` (repository-relative). */
export async function collectGenerated(generatedDir: string, repoDir: string): Promise<GeneratedFile[]> {
  const files = await walk(generatedDir);
  const prefix = repoDir === '.' || repoDir === '' ? '' : repoDir.replace(/\/+$/, '') + '/';
  return Promise.all(
    files.map(async (f) => ({ path: prefix + f.split(sep).join('/'), content: await readFile(join(generatedDir, f), 'utf8') })),
  );
}

export interface GeneratedDiff {
  added: string[];
  changed: string[];
  unchanged: string[];
  patch: string;
}

/** Diff generated files against the same paths in the checked-out repository (`workspace`). */
export async function diffAgainstWorkspace(files: GeneratedFile[], workspace: string): Promise<GeneratedDiff> {
  const result: GeneratedDiff = { added: [], changed: [], unchanged: [], patch: '' };
  const patches: string[] = [];
  for (const f of files) {
    let current: string | undefined;
    try {
      current = await readFile(join(workspace, f.path), 'utf8');
    } catch {
      current = undefined;
    }
    if (current === f.content) {
      result.unchanged.push(f.path);
      continue;
    }
    (current === undefined ? result.added : result.changed).push(f.path);
    const patch = createTwoFilesPatch(
      current === undefined ? '/dev/null' : `a/${f.path}`,
      `b/${f.path}`,
      current ?? '',
      f.content,
      '',
      '',
      { context: 3 },
    );
    // Drop the "Index"/"===" preamble: reviewers read the hunks.
    patches.push(patch.replace(/^=+\n/m, '').replace(/^Index: .*\n/m, ''));
  }
  result.patch = patches.join('');
  return result;
}

/** A collapsed Markdown block with the diff, fenced safely whatever the content holds. */
export function renderDiffMarkdown(diff: GeneratedDiff): string {
  if (!diff.added.length && !diff.changed.length) {
    return diff.unchanged.length ? `**Generated infrastructure:** no change (${diff.unchanged.length} files identical).\n` : '';
  }
  const fence = '`'.repeat(Math.max(3, ...[...diff.patch.matchAll(/`{3,}/g)].map((m) => m[0].length + 1)));
  const summary = [
    diff.added.length ? `${diff.added.length} added` : '',
    diff.changed.length ? `${diff.changed.length} changed` : '',
    diff.unchanged.length ? `${diff.unchanged.length} unchanged` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return [
    `<details><summary>Generated infrastructure diff (${summary})</summary>`,
    '',
    `${fence}diff`,
    diff.patch.trimEnd(),
    fence,
    '',
    '</details>',
    '',
  ].join('\n');
}
