// inframate secure [DIR]: load the Terraform (variables, locals, modules evaluated), run every rule,
// apply suppression comments, report. Files that fail to load become error-report entries with file
// and line; the rest of the tree is still scanned.
import { readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { scanTerraform } from '../checks/engine';
import { blockAt, explainFindings } from '../checks/explain';
import { createLlm } from '../llm';
import { renderSecureMarkdown, summarize, type SecureReport } from '../checks/report';
import { ALL_RULES } from '../checks/rules';
import { renderSarifLog } from '../render/sarif';
import { InframateError, InputError } from '../supervisor/errors';
import { emptyErrorReport } from '../supervisor/report';
import { loadTerraform } from '../terraform/load';
import { filesNotScanned } from '../terraform/not-scanned';
import type { LoadedTerraform } from '../terraform/model';
import type { CommandContext, CommandModule } from './types';

/** Scan settings.dir; auto passes the tree it already loaded (its load errors already recorded). */
export async function runSecure(ctx: CommandContext, preloaded?: LoadedTerraform): Promise<SecureReport> {
  const { settings, step, supervisor, log } = ctx;
  const base = { schemaVersion: 1 as const, command: 'secure' as const, errors: emptyErrorReport() };
  if (settings.listRules) {
    const rules = ALL_RULES.map((r) => ({
      id: r.id,
      title: r.title,
      severity: r.severity,
      aliases: [...r.aliases],
      resourceTypes: [...r.resourceTypes],
    }));
    return {
      ...base,
      findings: [],
      summary: summarize([]),
      rulesEvaluated: rules.length,
      resourcesScanned: 0,
      filesScanned: 0,
      root: '',
      rules,
    };
  }

  const dir = settings.dir;
  const info = await step('secure.read-dir', () => stat(dir).catch(() => undefined), { dependency: 'fs' });
  if (!info) throw new InputError(`directory not found: ${dir}`);
  if (!info.isDirectory()) throw new InputError(`not a directory: ${dir}`);
  for (const f of settings.varFiles) {
    const vf = await step('secure.read-var-file', () => stat(f).catch(() => undefined), { dependency: 'fs' });
    if (!vf) throw new InputError(`--var-file not found: ${f}`);
  }

  const loaded = preloaded ?? (await loadForSecure(ctx, dir));
  const tfFiles = loaded.files.filter((f) => /\.tf(\.json)?$/.test(f));
  if (tfFiles.length === 0) log.warn(`no .tf or .tf.json files under ${dir}`);

  const result = await step('secure.scan', () => scanTerraform(loaded));
  for (const e of result.ruleErrors) {
    supervisor.record({
      step: 'secure.scan',
      error: new InframateError('internal', e),
      attempts: 1,
      recovered: true,
      strategy: 'skip-rule',
    });
  }
  const open = result.findings.filter((f) => !f.suppressed).length;
  log.info(`secure: ${result.resourcesScanned} resources, ${result.rulesEvaluated} rules, ${open} findings`);

  // Optional AI advice: explanations and patches only, the findings stay the rules' findings.
  let llm: SecureReport['llm'];
  if (settings.ai.enabled && open > 0) {
    const ai = createLlm(settings.ai, { step, log });
    const starts = new Map(loaded.resources.map((r) => [r.address, r.pos]));
    const texts = new Map<string, Promise<string | undefined>>();
    const textOf = (file: string) => {
      if (!texts.has(file))
        texts.set(
          file,
          step('secure.read-source', () => readFile(join(dir, file), 'utf8'), { dependency: 'fs', fallback: () => undefined }),
        );
      return texts.get(file)!;
    };
    const rules = new Map(ALL_RULES.map((r) => [r.id, r]));
    const advised = await explainFindings(result.findings, {
      llm: ai,
      rules,
      sourceOf: async (f) => {
        const pos = starts.get(f.resource);
        const text = pos ? await textOf(pos.file) : undefined;
        return text && pos ? blockAt(text, pos.line) : undefined;
      },
    });
    log.info(`secure: AI advice for ${advised} finding(s)`);
    llm = ai.metrics();
  }

  const root = relative(process.cwd(), dir);
  const notScanned = filesNotScanned(loaded);
  if (notScanned.length && !settings.allowSkippedFiles) {
    log.error(
      `secure: ${notScanned.length} file(s) could not be scanned (listed in the report); pass --allow-skipped-files to accept a partial scan`,
    );
  }
  const warnings = [...(loaded.warnings ?? [])];
  for (const w of warnings) log.warn(w.message, { file: w.file, line: w.line });
  return {
    ...base,
    ...(llm ? { llm } : {}),
    filesNotScanned: notScanned,
    warnings,
    findings: result.findings,
    summary: summarize(result.findings),
    rulesEvaluated: result.rulesEvaluated,
    resourcesScanned: result.resourcesScanned,
    filesScanned: tfFiles.length,
    root: root.startsWith('..') ? '' : root,
  };
}

async function loadForSecure(ctx: CommandContext, dir: string): Promise<LoadedTerraform> {
  const { settings, step, supervisor, log } = ctx;
  log.info(`secure: loading Terraform from ${dir}`);
  const loaded = await step('secure.load', () => loadTerraform(dir, { varFiles: settings.varFiles, vars: settings.vars, step }), {
    dependency: 'fs',
  });
  for (const e of loaded.errors) {
    // Recovered: the file is skipped, the scan goes on.
    const error = new InframateError('terraform', e.message, { file: e.file, line: e.line });
    supervisor.record({ step: 'secure.load', error, attempts: 1, recovered: true, strategy: 'skip-file' });
    log.warn(e.message, { file: e.file, line: e.line });
  }
  return loaded;
}

const secure: CommandModule<SecureReport> = {
  name: 'secure',
  usage: 'secure [DIR]',
  summary: 'misconfiguration scan of Terraform (variables, locals and modules evaluated)',
  available: true,
  formats: ['markdown', 'json', 'sarif'],
  run: (ctx) => runSecure(ctx),
  renderMarkdown: renderSecureMarkdown,
  renderSarif: (r) => {
    const used = new Set(r.findings.map((f) => f.ruleId));
    const rules = ALL_RULES.filter((rule) => used.has(rule.id));
    return renderSarifLog(rules, r.findings, { uriPrefix: r.root, notScanned: r.filesNotScanned });
  },
  findings: (r) => r.findings,
};

export default secure;
