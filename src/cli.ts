// CLI entry (bin.inframate → dist/cli.js).
import { main } from './cli/main';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`inframate: unexpected failure: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = 3;
  },
);
