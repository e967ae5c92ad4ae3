// The file list: the git index when the directory is in a git work tree (what the repository
// ships, and fast), otherwise a .gitignore-aware walk. Either way, skipped folders are dropped and
// each file goes straight to the scanner: no list of 100,000 paths is ever built.
import { streamTrackedFiles } from './git-index';
import { inSkippedDir } from './paths';
import { createScanner, type Inventory } from './scan';
import type { ProfileWarning } from './types';
import { walkTree } from './walk';

export type FileSource = 'auto' | 'git' | 'walk';

export interface ScannedRepository {
  inventory: Inventory;
  source: 'git' | 'walk';
  warnings: ProfileWarning[];
}

export function scanRepository(root: string, source: FileSource = 'auto', maxFiles?: number): ScannedRepository {
  if (source !== 'walk') {
    const scanner = createScanner(root);
    // A format the reader does not handle stops the stream part-way: that scanner is dropped.
    if (streamTrackedFiles(root, scanner.add, inSkippedDir)) return { inventory: scanner.inventory, source: 'git', warnings: [] };
  }
  const scanner = createScanner(root);
  const walked = walkTree(root, scanner.add, { maxFiles });
  return { inventory: scanner.inventory, source: 'walk', warnings: walked.warnings };
}
