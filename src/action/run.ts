// The Action: read the event, decide what to run, run it through the same dispatcher as the CLI,
// write the reports to files, then deliver them (PR, sticky comment, annotations, job summary,
// outputs). Local writes come first so a failed upload loses nothing.
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import { dispatch, type DispatchResult } from '../commands/dispatch';
import { createLogger, type Logger } from '../core/log';
import { EXIT } from '../core/types';
import { planAnnotations, type AnnotationFinding } from '../github/annotations';
import { createGitHubClient, type GitHubClient } from '../github/client';
import { buildGitHubContext, runUrl, type GitHubContext } from '../github/context';
import { checkCommandPermission } from '../github/permissions';
import { slashHelp } from '../github/slash-command';
import { renderSummary, type DeliveryRow } from '../github/summary';
import { bool, buildSettings, type Settings } from '../settings';
import { restoreLlmCache, saveLlmCache } from '../llm/actions-cache';
import { githubErrorIssueSink } from '../supervisor/error-issues';
import { publishRunErrors } from '../supervisor/finalize';
import { InframateError } from '../supervisor/errors';
import { Supervisor } from '../supervisor/step';
import type { DiagnoseReport } from '../diagnose/report';
import { upsertDiagnoseIssues } from './diagnose-issues';
import { driftPullRequestFiles } from '../drift/pull-request';
import { syncDriftIssues } from '../drift/issues';
import type { DriftReport } from '../drift/types';
import { acknowledge, branchFor, deliverComment, deliverIssue, deliverPullRequest, ISSUE_COMMANDS, reply } from './deliver';
import { FILE_COMMANDS, planEvent, type RunPlan } from './events';
import { collectGenerated, diffAgainstWorkspace, renderDiffMarkdown, type GeneratedFile } from './generated';
import { readActionInputs, type ActionInputs } from './inputs';
import { monthlyCostOf, writeReportFiles } from './reports';

const EXIT_MEANING: Record<number, string> = {
  [EXIT.findings]: 'findings at or above the fail-on level',
  [EXIT.usage]: 'usage or input error',
  [EXIT.gaveUp]: 'the run failed after the supervisor gave up',
};

function renderFailure(command: string, errors: string[]): string {
  const lines = errors.length ? errors.map((e) => `- ${e.replace(/\r?\n/g, ' ')}`) : ['- see the job log'];
  return [`**inframate ${command} could not run:**`, '', ...lines, ''].join('\n');
}

async function writeSummary(text: string, log: Logger): Promise<void> {
  try {
    await core.summary.addRaw(text, true).write();
  } catch (error) {
    log.debug(`job summary not written: ${(error as Error).message}`);
  }
}

function relPath(workspace: string, p: string): string {
  const r = relative(workspace, p).split('\\').join('/');
  return r === '' ? '.' : r;
}

/** Findings as annotations on repository paths (scan paths may be relative to the working directory). */
function annotate(result: DispatchResult, settings: Settings, workspace: string): string | undefined {
  if (!result.report || !result.command.findings) return undefined;
  const findings = result.command.findings(result.report) as AnnotationFinding[];
  const dirRel = relPath(workspace, settings.dir);
  const located = findings.map((f) =>
    f.file && !existsSync(join(workspace, f.file)) ? { ...f, file: dirRel === '.' ? f.file : `${dirRel}/${f.file}` } : f,
  );
  const plan = planAnnotations(located);
  for (const a of plan.annotations) {
    const props = { title: a.title, file: a.file, startLine: a.startLine };
    if (a.level === 'error') core.error(a.message, props);
    else core.warning(a.message, props);
  }
  const omitted = plan.omitted.error + plan.omitted.warning;
  return omitted
    ? `${omitted} more findings (${plan.omitted.error} errors, ${plan.omitted.warning} warnings) are not annotated: GitHub shows 10 of each per step. All are in the report.`
    : undefined;
}

function countFindings(result: DispatchResult): number {
  if (!result.report || !result.command.findings) return 0;
  return result.command.findings(result.report).filter((f) => !f.suppressed).length;
}

/** Answer a `/inframate` comment that will not run: help or an invalid command (only for trusted users). */
async function answerComment(
  octokit: GitHubClient,
  gh: GitHubContext,
  commentId: number,
  issueNumber: number,
  text: string,
  ok: boolean,
): Promise<void> {
  await acknowledge(octokit, gh, commentId, ok ? 'eyes' : '-1');
  await reply(octokit, gh, issueNumber, 'reply', text);
}

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // Error lines are kept: when a command cannot run (exit 2), they are the report users see.
  const errorLines: string[] = [];
  const log = createLogger({
    write: (line) => {
      if (line.startsWith('error: ')) errorLines.push(line.slice('error: '.length));
      core.info(line);
    },
    verbose: env.RUNNER_DEBUG === '1',
  });
  try {
    const inputs = readActionInputs();
    if (inputs.token) log.addSecret(inputs.token);
    const gh = buildGitHubContext(env);
    const delivery = new Supervisor();
    const octokit = inputs.token ? createGitHubClient({ token: inputs.token, baseUrl: gh.apiUrl, step: delivery.run, log }) : undefined;
    const outDefault = typeof inputs.raw.out === 'string' ? inputs.raw.out : join(inputs.dir, 'infra');
    const outRel = relPath(gh.workspace, resolve(gh.workspace, outDefault));
    const plan = planEvent(gh, inputs, outRel);

    if (plan.kind === 'skip') {
      log.info(`inframate: nothing to do: ${plan.reason}`);
      core.setOutput('skipped', plan.reason);
      core.setOutput('exit-code', '0');
      await writeSummary(`## Inframate\n\nNothing to do: ${plan.reason}.\n`, log);
      return EXIT.ok;
    }

    // Only trusted users may start a run (or get an answer) from a comment.
    const trigger = plan.kind === 'run' ? plan.trigger : { commentId: plan.commentId, author: plan.author };
    const issueNumber = plan.kind === 'run' ? plan.comment?.issueNumber : plan.target.issueNumber;
    if (trigger) {
      if (!octokit)
        throw new InframateError('auth', 'the github-token input is empty: it is needed to check who may run /inframate commands');
      const decision = await checkCommandPermission(octokit, { owner: gh.repo.owner, repo: gh.repo.repo, username: trigger.author });
      if (!decision.allowed) {
        log.warn(`refused /inframate from @${trigger.author}: ${decision.reason}`);
        await acknowledge(octokit, gh, trigger.commentId, '-1');
        if (issueNumber)
          await reply(
            octokit,
            gh,
            issueNumber,
            'refusal',
            `@${trigger.author} Inframate commands can only be started by collaborators with write, maintain or admin permission (${decision.reason}).`,
          );
        core.setOutput('skipped', `refused: ${decision.reason}`);
        core.setOutput('exit-code', '0');
        await writeSummary(`## Inframate\n\nRefused a \`/inframate\` command: ${decision.reason}.\n`, log);
        return EXIT.ok;
      }
      if (plan.kind !== 'run') {
        const text = plan.kind === 'help' ? slashHelp() : `@${plan.author} ${plan.reason}.\n\n${slashHelp()}`;
        await answerComment(octokit, gh, plan.commentId, plan.target.issueNumber, text, plan.kind === 'help');
        core.setOutput('exit-code', plan.kind === 'help' ? '0' : String(EXIT.usage));
        return plan.kind === 'help' ? EXIT.ok : EXIT.usage;
      }
      await acknowledge(octokit, gh, trigger.commentId, 'eyes');
    }
    if (plan.kind !== 'run') return EXIT.ok;
    return await runPlan(plan, { inputs, gh, octokit, delivery, log, env, outRel, errorLines });
  } catch (error) {
    const message = error instanceof InframateError ? error.describe() : ((error as Error)?.message ?? String(error));
    core.setFailed(message);
    const code = error instanceof InframateError && error.type === 'input' ? EXIT.usage : EXIT.gaveUp;
    core.setOutput('exit-code', String(code));
    return code;
  }
}

interface RunDeps {
  inputs: ActionInputs;
  gh: GitHubContext;
  octokit?: GitHubClient;
  delivery: Supervisor;
  log: Logger;
  env: NodeJS.ProcessEnv;
  outRel: string;
  errorLines: string[];
}

async function runPlan(plan: RunPlan, deps: RunDeps): Promise<number> {
  const { gh, octokit, log, env } = deps;
  const tempRoot = join(gh.tempDir || tmpdir(), 'inframate');
  const dirKey = plan.dir === '.' ? 'root' : plan.dir.replace(/[^A-Za-z0-9._-]+/g, '_');
  const generates = FILE_COMMANDS.has(plan.command);
  const dryRun = bool(plan.raw['dry-run'], false);
  // Generated files go to a scratch directory: the diff and the PR compare them with the repository.
  const scratch = join(tempRoot, 'generated', plan.command, dirKey);
  const raw = generates && !dryRun ? { ...plan.raw, out: scratch, force: true } : plan.raw;
  // incident delivers one issue per incident itself (upserted by incident fingerprint), with the job's token.
  const incidentRaw =
    plan.command === 'incident' && deps.inputs.issues && deps.inputs.token
      ? { 'github-token': deps.inputs.token, repo: (raw.repo as string | undefined) ?? `${gh.repo.owner}/${gh.repo.repo}` }
      : {};
  const settings = buildSettings({
    command: plan.command,
    dir: plan.dir,
    args: plan.args,
    raw: { ...raw, ...incidentRaw },
    env,
    cwd: gh.workspace,
    runtime: 'action',
  });
  const repoOut =
    typeof plan.raw.out === 'string'
      ? relPath(gh.workspace, resolve(gh.workspace, plan.raw.out))
      : relPath(gh.workspace, join(settings.dir, 'infra'));

  // Reports name the repository path of generated files, not the scratch directory they were written to.
  const relocate = (text: string) => (generates && !dryRun ? text.split(scratch).join(repoOut) : text);
  // The LLM reply cache survives between runs in the Actions cache: a re-run on the same input makes no LLM call.
  const useLlmCache = settings.ai.enabled && settings.ai.cache;
  const restored = useLlmCache ? await restoreLlmCache(settings.ai.cacheDir, log) : undefined;
  // A scratch directory left by an earlier step of the same job must not leak stale files into the PR.
  if (generates && !dryRun) await rm(scratch, { recursive: true, force: true });
  const dispatched = await dispatch(settings, { log, writeOutput: false });
  if (useLlmCache) await saveLlmCache(settings.ai.cacheDir, log, restored?.key);
  const result: DispatchResult = { ...dispatched, markdown: relocate(dispatched.markdown), output: relocate(dispatched.output) };

  // 1. Local first: report files and generated files exist before any remote call.
  if (settings.output && dispatched.exitCode !== EXIT.usage) {
    await mkdir(dirname(settings.output), { recursive: true });
    await writeFile(settings.output, result.output);
    log.info(`wrote ${settings.output}`);
  }
  const reportFiles = await writeReportFiles(join(tempRoot, 'reports', dirKey), settings, result, relocate);
  const generated: GeneratedFile[] =
    generates && !dryRun
      ? await collectGenerated(scratch, repoOut)
      : plan.command === 'drift' && result.report
        ? driftPullRequestFiles(result.report as DriftReport, settings.dir, gh.workspace)
        : [];
  const diff = generated.length ? await diffAgainstWorkspace(generated, gh.workspace) : undefined;
  const diffMd = diff ? renderDiffMarkdown(diff) : '';
  const pointer = runUrl(gh) ? `the [job summary](${runUrl(gh)})` : undefined;

  // What readers see: the report, or — when the command could not run — its error messages.
  const reportText = result.markdown || result.output || renderFailure(plan.command, deps.errorLines);
  const findings = countFindings(result);
  const cost = result.report ? monthlyCostOf(result.report) : undefined;
  if (reportFiles.markdown) core.setOutput('report-path', reportFiles.markdown);
  if (reportFiles.json) core.setOutput('json-path', reportFiles.json);
  if (reportFiles.sarif) core.setOutput('sarif-path', reportFiles.sarif);
  if (settings.output) core.setOutput('output-path', settings.output);
  core.setOutput('findings', String(findings));
  if (cost !== undefined) core.setOutput('monthly-cost', String(cost));
  core.setOutput('generated-files', generated.map((f) => f.path).join('\n'));

  const omittedNote = deps.inputs.annotations ? annotate(result, settings, gh.workspace) : undefined;

  // 2. Remote: pull request, then the sticky comment (which links the PR).
  const rows: DeliveryRow[] = [];
  const notes: string[] = [];
  let failed = false;
  let readOnly = plan.readOnly;
  if (!octokit && (plan.pullRequest || plan.comment))
    notes.push('No github-token was given: results are only in this job summary and the report files.');
  let prLine = '';
  if (octokit && plan.pullRequest && !readOnly && result.exitCode !== EXIT.gaveUp && result.exitCode !== EXIT.usage) {
    const outside = repoOut === '..' || repoOut.startsWith('../') || isAbsolute(repoOut);
    if (dryRun || outside || !generated.length) {
      const why = dryRun
        ? 'dry-run'
        : outside
          ? `the output directory ${repoOut} is outside the repository`
          : 'the command generated no files';
      rows.push({ what: 'Pull request', result: `none: ${why}` });
    } else {
      const pr = await deliverPullRequest(octokit, gh, {
        command: plan.command,
        dir: plan.dir,
        base: plan.base,
        branch: branchFor(plan.command, plan.dir, deps.inputs.prBranch),
        files: generated,
        body: result.markdown,
        labels: deps.inputs.prLabels.length ? deps.inputs.prLabels : ['inframate'],
        // Drift patches existing code on purpose; generated trees keep what people wrote.
        keepExisting: plan.command !== 'drift' && !bool(plan.raw.force, false),
        title: plan.command === 'drift' ? 'accept drift into code and adopt unmanaged resources' : undefined,
        pointer,
        patch: diff?.patch,
      });
      rows.push(pr.row);
      readOnly ??= pr.readOnly;
      failed ||= Boolean(pr.failed);
      if (pr.value?.number) {
        core.setOutput('pr-number', String(pr.value.number));
        core.setOutput('pr-url', pr.value.url ?? '');
        prLine = `Pull request: [#${pr.value.number}](${pr.value.url})\n\n`;
      }
    }
  }
  if (octokit && plan.comment && !readOnly) {
    const heading = plan.dir === '.' ? '' : `#### \`${plan.dir}\`\n\n`;
    const status =
      result.exitCode === EXIT.ok
        ? '✅'
        : result.exitCode === EXIT.findings
          ? '⚠️ findings at or above the fail-on level'
          : '❌ the run failed';
    const footer = runUrl(gh)
      ? `\n<sub>[Run details and the full report](${runUrl(gh)}) · commit ${gh.pullRequest?.headSha.slice(0, 7) || gh.sha.slice(0, 7)}</sub>\n`
      : '';
    const content = `${heading}${status}\n\n${prLine}${reportText}\n${diffMd}${footer}`;
    const c = await deliverComment(octokit, gh, {
      command: plan.command,
      // diagnose answers per failed job: each job of a workflow keeps its own section of the sticky comment.
      dir: plan.command === 'diagnose' && gh.job ? `${gh.job}/${plan.dir}` : plan.dir,
      issueNumber: plan.comment.issueNumber,
      content,
      pointer,
    });
    rows.push(c.row);
    readOnly ??= c.readOnly;
    failed ||= Boolean(c.failed);
    if (c.value) core.setOutput('comment-url', c.value.url);
  }
  // Issues. Unrecovered errors: one issue per failure fingerprint (the supervisor's error issues), outside
  // pull requests — there the sticky comment already shows them. Drift and incident reports: one issue
  // per command and directory.
  if (octokit && !readOnly && deps.inputs.issues && result.report && result.report.errors.unrecovered > 0 && !plan.comment) {
    const sink = githubErrorIssueSink(octokit, gh.repo);
    const published = await publishRunErrors(result.report.errors, sink, { command: plan.command, log, runUrl: runUrl(gh) });
    for (const p of published) {
      rows.push({
        what: 'Error issue',
        result: `${p.created ? 'opened' : 'updated'} [#${p.number}](${p.url}) (seen ${p.occurrences} times)`,
      });
    }
  }
  if (octokit && !readOnly && deps.inputs.issues && plan.command === 'drift' && result.report && result.exitCode !== EXIT.gaveUp) {
    // Drift: one issue per drift fingerprint, closed once that drift is gone.
    try {
      const synced = await syncDriftIssues(octokit, {
        ...gh.repo,
        dir: plan.dir,
        report: result.report as DriftReport,
        runUrl: runUrl(gh),
      });
      rows.push({
        what: 'Drift issues',
        result: `${synced.opened} opened, ${synced.updated} updated, ${synced.unchanged} unchanged, ${synced.closed.length} closed`,
      });
    } catch (error) {
      rows.push({ what: 'Drift issues', result: `failed: ${error instanceof InframateError ? error.describe() : String(error)}` });
      failed = true;
    }
  } else if (
    octokit &&
    !readOnly &&
    deps.inputs.issues &&
    ISSUE_COMMANDS[plan.command] &&
    result.report &&
    result.exitCode !== EXIT.gaveUp
  ) {
    const where = plan.dir === '.' ? '' : ` (${plan.dir})`;
    const footer = runUrl(gh) ? `\n\n<sub>Last updated by [this run](${runUrl(gh)}).</sub>\n` : '';
    const issue = await deliverIssue(octokit, gh, {
      kind: plan.command,
      command: plan.command,
      dir: plan.dir,
      title: `${ISSUE_COMMANDS[plan.command]} report${where}`,
      body: reportText + footer,
      labels: ['inframate'],
    });
    rows.push(issue.row);
    readOnly ??= issue.readOnly;
    if (issue.value) core.setOutput('issue-url', issue.value.url);
  }
  if (
    octokit &&
    !readOnly &&
    deps.inputs.issues &&
    plan.command === 'diagnose' &&
    !plan.comment &&
    result.report &&
    result.exitCode === EXIT.ok
  ) {
    try {
      const issues = await upsertDiagnoseIssues(octokit, gh, result.report as DiagnoseReport, { runUrl: runUrl(gh) });
      for (const i of issues) {
        const state = i.issue.created ? 'opened' : i.issue.updated ? 'updated' : 'unchanged';
        rows.push({ what: 'Diagnosis issue', result: `${state} [#${i.issue.number}](${i.issue.url})` });
      }
    } catch (error) {
      failed = true;
      log.warn(`diagnose issues not delivered: ${(error as Error).message}`);
    }
  }
  if (readOnly) notes.push(`Results are in this job summary instead of on the pull request: ${readOnly}.`);
  if (failed)
    notes.push(`Some results could not be delivered to GitHub. The report files are kept: ${Object.values(reportFiles).join(', ')}.`);
  for (const e of deps.delivery.report().errors) if (!e.recovered) log.warn(`${e.step}: ${e.message}`);

  // 3. Job summary: always, and the only place results go for read-only tokens.
  const summaryReport = [reportText, diffMd].filter(Boolean).join('\n');
  await writeSummary(
    renderSummary({ title: `Inframate \`${plan.command}\``, notes, rows, report: summaryReport, omittedAnnotations: omittedNote }),
    log,
  );

  if (plan.trigger && octokit && !readOnly) {
    await acknowledge(octokit, gh, plan.trigger.commentId, result.exitCode === EXIT.gaveUp || failed ? 'confused' : 'rocket');
  }

  const exitCode = failed && result.exitCode === EXIT.ok ? EXIT.gaveUp : result.exitCode;
  core.setOutput('exit-code', String(exitCode));
  if (exitCode !== EXIT.ok) {
    const why =
      failed && result.exitCode === EXIT.ok
        ? 'results could not be delivered to GitHub'
        : (EXIT_MEANING[exitCode] ?? `exited with ${exitCode}`) + ` (exit code ${exitCode})`;
    core.setFailed(`inframate ${settings.command}: ${why}`);
  }
  return exitCode;
}
