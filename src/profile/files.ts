// The file list: the git index when the directory is in a git work tree (what the repository
// ships, and fast), otherwise a .gitignore-aware walk. Either way, skipped folders are dropped and
// each file goes straight to the scanner: no list of 100,000 paths is ever built.
import { streamTrackedFiles } from './git-index';
import { inSkippedDir } from './paths';
import { createScanner as createInventoryScanner, type Inventory } from './scan';
import type { ProfileWarning } from './types';
import { walkTree } from './walk';

export type FileSource = 'auto' | 'git' | 'walk';

export interface ScannedRepository {
  inventory: Inventory;
  source: 'git' | 'walk';
  warnings: ProfileWarning[];
}

/**
 * Below this many tracked files a walk costs a few milliseconds, and it also sees work in progress
 * (files not yet added to git); above it, the index is the only way to stay near `git ls-files` speed.
 */
export const WALK_BELOW_TRACKED_FILES = 20_000;

export function scanRepository(
  root: string,
  source: FileSource = 'auto',
  maxFiles?: number,
  exclude: readonly string[] = [],
): ScannedRepository {
  // Folders left out entirely (Inframate's own output directory): "dir/" prefixes relative to root.
  const prefixes = exclude.map((d) => d.replace(/\/+$/, '') + '/').filter((d) => d !== '/' && !d.startsWith('../'));
  const createScanner = (at: string) => {
    const scanner = createInventoryScanner(at);
    if (prefixes.length === 0) return scanner;
    const add: typeof scanner.add = (dirSlash, name, size) => {
      if (!prefixes.some((p) => dirSlash.startsWith(p))) scanner.add(dirSlash, name, size);
    };
    return { ...scanner, add };
  };
  if (source !== 'walk') {
    const scanner = createScanner(root);
    let tracked = 0;
    const add: typeof scanner.add = (dirSlash, name, size) => {
      tracked++;
      scanner.add(dirSlash, name, size);
    };
    // A format the reader does not handle stops the stream part-way: that scanner is dropped.
    if (streamTrackedFiles(root, add, inSkippedDir) && (source === 'git' || tracked >= WALK_BELOW_TRACKED_FILES)) {
      return { inventory: scanner.inventory, source: 'git', warnings: [] };
    }
  }
  const scanner = createScanner(root);
  const walked = walkTree(root, scanner.add, { maxFiles });
  return { inventory: scanner.inventory, source: 'walk', warnings: walked.warnings };
}
