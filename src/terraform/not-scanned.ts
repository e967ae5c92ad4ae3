// Files a Terraform report could not cover (unreadable, unparsable, undecodable or not evaluable):
// listed in every report, so "no findings" never hides a file that was not looked at.
import { markdownCode, tableCell } from '../core/markdown';
import type { LoadError, LoadedTerraform } from './model';

/** One entry per file: its first problem (file, line, message). */
export function filesNotScanned(loaded: Pick<LoadedTerraform, 'errors'>): LoadError[] {
  const seen = new Map<string, LoadError>();
  for (const e of loaded.errors) if (!seen.has(e.file)) seen.set(e.file, { file: e.file, line: e.line, message: e.message });
  return [...seen.values()].sort((a, b) => a.file.localeCompare(b.file));
}

/** A markdown section listing the files not scanned ('' when every file was). */
export function renderNotScannedMarkdown(list: readonly LoadError[] | undefined, heading = '##'): string[] {
  if (!list?.length) return [];
  return [
    '',
    `${heading} Files not scanned (${list.length})`,
    '',
    'These files could not be read, parsed or evaluated; nothing in them was checked.',
    '',
    '| file | line | problem |',
    '|---|---|---|',
    ...list.map((e) => `| ${markdownCode(e.file)} | ${e.line} | ${tableCell(e.message, { max: 300 })} |`),
  ];
}
