// The file list: the git index when the directory is in a git work tree (what the repository
// ships, and fast), otherwise a .gitignore-aware walk. Either way, skipped folders are dropped.
import { listGitIndex } from './git-index';
import { inSkippedDir } from './paths';
import type { ProfileWarning } from './types';
import { walkTree, type ListedFile } from './walk';

export type FileSource = 'auto' | 'git' | 'walk';

export interface FileList {
  files: ListedFile[];
  source: 'git' | 'walk';
  warnings: ProfileWarning[];
}

export function listFiles(root: string, source: FileSource = 'auto', maxFiles?: number): FileList {
  if (source !== 'walk') {
    const indexed = listGitIndex(root);
    if (indexed) {
      const files: ListedFile[] = [];
      // The index is sorted, so consecutive files share a folder: decide once per folder.
      let lastDir = '';
      let lastSkip = false;
      for (const f of indexed) {
        const slash = f.path.lastIndexOf('/');
        const dir = slash < 0 ? '' : f.path.slice(0, slash + 1);
        if (dir !== lastDir) {
          lastDir = dir;
          lastSkip = dir !== '' && inSkippedDir(dir);
        }
        if (!lastSkip) files.push(f);
      }
      return { files, source: 'git', warnings: [] };
    }
  }
  const walked = walkTree(root, { maxFiles });
  return { files: walked.files, source: 'walk', warnings: walked.warnings };
}
