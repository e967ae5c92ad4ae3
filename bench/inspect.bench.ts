// inspect on the eight scenarios of tests/agent/scenarios.ts (fake AWS on loopback, real SDK clients):
// per scenario and mode, the AWS calls, cache hits, iterations, tokens and wall time of one run, and
// whether it reached the expected cause. The model is the scripted Gemini fake (tokens are its counts).
import { discoveryIdsIn, SCENARIOS } from '../tests/agent/scenarios';
import { runInspect, scriptModel, startFakeAwsForAgent, startFakeModel, useFakeAwsEnv } from '../tests/agent/harness';

const aws = await startFakeAwsForAgent();
const restore = useFakeAwsEnv(aws);
const rows: string[] = [
  '| scenario | mode | cause | AWS calls | cache hits | iterations | tokens | wall ms |',
  '|---|---|---|---|---|---|---|---|',
];
let wrong = 0;
for (const s of SCENARIOS) {
  for (const mode of ['rules', 'model'] as const) {
    aws.account.resources = [];
    s.setup(aws.account);
    const model = mode === 'model' ? await startFakeModel('gemini') : undefined;
    if (model)
      scriptModel(model, s.modelCalls, (p) => [
        {
          name: 'finish',
          args: { rootCause: s.modelAnswer, confidence: 0.85, evidence: discoveryIdsIn(p, s.evidenceKinds), recommendations: [] },
        },
      ]);
    const { report } = await runInspect(aws, s.question, model ? { provider: 'gemini', model } : {});
    await model?.close();
    const f = report.investigation.figures;
    const ok = report.rootCause.rule === s.rule;
    if (!ok) wrong++;
    rows.push(
      `| ${s.name} | ${mode} | ${ok ? s.rule : `WRONG (${report.rootCause.rule})`} | ${f.awsCalls} | ${f.cacheHits} | ${f.iterations} | ${f.inputTokens + f.outputTokens} | ${f.wallMs} |`,
    );
  }
}
console.log(rows.join('\n'));
restore();
await aws.close();
if (wrong) process.exitCode = 1;
