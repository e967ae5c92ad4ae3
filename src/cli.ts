// CLI entry (bin.inframate → dist/cli.js). Node's on-disk compile cache (Node ≥ 22.1) keeps the
// compiled bundle between runs, so repeated runs (pre-commit hooks, CI steps) skip most start-up
// compilation; NODE_DISABLE_COMPILE_CACHE=1 turns it off. The command code is imported after it is on.
import './core/zod-jitless';
import * as nodeModule from 'node:module';

try {
  // A namespace import: Node versions without the function must still start (the CLI then says which Node it needs).
  (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
} catch {
  // An unwritable cache directory only costs speed.
}

const { main } = await import('./cli/main');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`inframate: unexpected failure: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = 3;
  },
);
