// Run as its own process: while the only pending work is a retry backoff or a hung step, the
// process must stay alive until the supervisor settles (no unref'd timers on the critical path).
import { Supervisor } from '../../../src/supervisor/step';
import { InframateError } from '../../../src/supervisor/errors';

const sv = new Supervisor({ backoff: { baseMs: 80, maxMs: 80, factor: 1, jitter: false } });
let calls = 0;
const v = await sv.run(
  'github.x',
  () => {
    calls++;
    if (calls === 1) throw new InframateError('network', '503');
    return 'second attempt';
  },
  { dependency: 'github' },
);
const hung = await sv
  .run('github.hang', () => new Promise(() => undefined), { dependency: 'github', deadlineMs: 80 })
  .catch((e: InframateError) => e.code);
process.stdout.write(JSON.stringify({ v, calls, hung }));
