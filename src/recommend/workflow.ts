// The GitHub Actions deploy workflow generated beside the Terraform: build and push each image
// (the repository's Dockerfile, or one generated for its stack), run the one-off commands
// (migrations) as ECS tasks and wait for them, then roll the services and wait until they are
// stable; static sites are built, synced to S3 and invalidated. It signs in through OIDC with the
// role of deploy-github.tf. Values from the repository (names, commands, paths) only reach the
// workflow as step `env:` values, serialized by the YAML library and read as "$VAR" in scripts:
// never spliced into shell text or into a `${{ }}` expression.
import { stringify } from 'yaml';
import type { Profile, ServiceProfile } from '../profile/types';
import { generatedDockerfile } from './dockerfile';
import type { Component } from './vocabulary';

/** Actions pinned to a major version. */
export const ACTIONS = {
  checkout: 'actions/checkout@v4',
  credentials: 'aws-actions/configure-aws-credentials@v4',
  ecrLogin: 'aws-actions/amazon-ecr-login@v2',
  qemu: 'docker/setup-qemu-action@v3',
  buildx: 'docker/setup-buildx-action@v3',
  buildPush: 'docker/build-push-action@v6',
  node: 'actions/setup-node@v4',
  hugo: 'peaceiris/actions-hugo@v3',
  ruby: 'ruby/setup-ruby@v1',
  python: 'actions/setup-python@v5',
} as const;

export interface WorkflowInput {
  namePrefix: string;
  region: string;
  branch: string;
  components: Component[];
  profile: Profile;
  /** The output directory relative to the repository root ("infra"), where generated Dockerfiles live. */
  outDir: string;
}

export interface WorkflowResult {
  /** Output-relative path → content (.github/workflows/deploy.yml, docker/<service>.Dockerfile). */
  files: Map<string, string>;
  notes: string[];
}

type Step = Record<string, unknown>;
type Service = Extract<Component, { kind: 'ecs-fargate-service' }>;

/** GitHub evaluates `${{` even inside env values: repository text carrying it is refused. */
const safe = (v: string) => !v.includes('${{') && !/[\r\n]/.test(v);

const posix = (...parts: string[]) =>
  parts
    .filter((p) => p && p !== '.')
    .join('/')
    .replace(/\/+/g, '/')
    .replace(/^\.\//, '') || '.';

/** Build output folder per static framework (first match). */
const STATIC_OUTPUT: [string, string][] = [
  ['hugo', 'public'],
  ['jekyll', '_site'],
  ['gatsby', 'public'],
  ['create-react-app', 'build'],
  ['astro', 'dist'],
  ['vite', 'dist'],
  ['vue', 'dist'],
  ['svelte', 'dist'],
  ['angular', 'dist'],
  ['react', 'build'],
];

export function deployWorkflow(input: WorkflowInput): WorkflowResult {
  const notes: string[] = [];
  const files = new Map<string, string>();
  const services = input.components.filter((c): c is Service => c.kind === 'ecs-fargate-service');
  const sites = input.components.filter((c) => c.kind === 's3-static-site');
  const profileOf = (name?: string): ServiceProfile | undefined => input.profile.services.find((s) => s.name === name);
  const auth: Step[] = [
    {
      name: 'Sign in to AWS (OIDC)',
      uses: ACTIONS.credentials,
      with: { 'role-to-assume': '${{ secrets.AWS_DEPLOY_ROLE_ARN }}', 'aws-region': '${{ env.AWS_REGION }}' },
    },
  ];
  const jobs: Record<string, unknown> = {};

  // Images: one build per image owner (workers sharing an image run the owner's).
  const owners = services.filter((s) => !s.imageFrom);
  const builds: Step[] = [];
  const arm = owners.some((s) => s.parameters.architecture === 'arm64');
  for (const s of owners) {
    const name = s.service ?? 'app';
    const image = s.wiring?.image;
    const p = profileOf(name);
    let dockerfile = image?.dockerfile ?? p?.dockerfile ?? null;
    const context = image?.context ?? p?.path ?? '.';
    if (!dockerfile && p) {
      const generated = generatedDockerfile(p, p.start, s.parameters.containerPort);
      if (generated) {
        files.set(`docker/${name}.Dockerfile`, generated.text);
        dockerfile = posix(input.outDir, `docker/${name}.Dockerfile`);
        notes.push(`${name}: no Dockerfile in the repository: a ${generated.stack} Dockerfile was generated (docker/${name}.Dockerfile).`);
      }
    }
    if (!dockerfile || !safe(dockerfile) || !safe(context)) {
      notes.push(
        `${name}: no image recipe (no Dockerfile, and none could be generated for its stack): add a Dockerfile; the workflow skips it.`,
      );
      continue;
    }
    const platform = s.parameters.architecture === 'arm64' ? 'linux/arm64' : 'linux/amd64';
    builds.push({
      name: `Build and push ${name} (${platform})`,
      uses: ACTIONS.buildPush,
      with: {
        context,
        file: dockerfile,
        ...(image?.target && safe(image.target) ? { target: image.target } : {}),
        platforms: platform,
        push: true,
        tags: `\${{ steps.ecr.outputs.registry }}/${input.namePrefix}/${name}:\${{ github.sha }}`,
        provenance: false,
      },
    });
  }
  if (builds.length > 0) {
    jobs.images = {
      name: 'Build and push images',
      'runs-on': 'ubuntu-latest',
      steps: [
        { uses: ACTIONS.checkout },
        ...auth,
        { name: 'Sign in to ECR', id: 'ecr', uses: ACTIONS.ecrLogin },
        ...(arm ? [{ name: 'Emulate arm64', uses: ACTIONS.qemu }] : []),
        { uses: ACTIONS.buildx },
        ...builds,
      ],
    };
  }

  if (services.length > 0 && builds.length > 0) {
    const steps: Step[] = [...auth, { name: 'Sign in to ECR', id: 'ecr', uses: ACTIONS.ecrLogin }];
    // 1. A new task definition revision per service: the latest revision (Terraform's settings) with the new image.
    for (const s of services) {
      const name = s.service ?? 'app';
      steps.push({
        name: `Register ${name} with the new image`,
        env: { SERVICE: name, IMAGE: `\${{ steps.ecr.outputs.registry }}/${input.namePrefix}/${s.imageFrom ?? name}:\${{ github.sha }}` },
        run: [
          'set -euo pipefail',
          'aws ecs describe-task-definition --task-definition "$NAME_PREFIX-$SERVICE" --query taskDefinition > "td-$SERVICE.json"',
          'jq --arg image "$IMAGE" \'.containerDefinitions[0].image = $image | del(.taskDefinitionArn, .revision, .status, .requiresAttributes, .compatibilities, .registeredAt, .registeredBy)\' "td-$SERVICE.json" > "td-$SERVICE.new.json"',
          'arn=$(aws ecs register-task-definition --cli-input-json "file://td-$SERVICE.new.json" --query taskDefinition.taskDefinitionArn --output text)',
          'echo "$SERVICE=$arn" >> task-definitions.env',
        ].join('\n'),
      });
    }
    // 2. One-off commands before any service rolls; a failure stops the deploy.
    for (const s of services) {
      const name = s.service ?? 'app';
      for (const o of s.wiring?.oneOff ?? []) {
        if (!safe(o.command)) {
          notes.push(`${name}: the one-off command "${o.kind}" was left out of the workflow (it contains \${{ or a line break).`);
          continue;
        }
        steps.push({
          name: `${o.kind} (${name}, one-off ECS task)`,
          env: { SERVICE: name, COMMAND: o.command },
          run: [
            'set -euo pipefail',
            'arn=$(grep "^$SERVICE=" task-definitions.env | cut -d= -f2-)',
            'network=$(aws ecs describe-services --cluster "$CLUSTER" --services "$SERVICE" --query "services[0].networkConfiguration" --output json)',
            'overrides=$(jq -n --arg name "$SERVICE" --arg cmd "$COMMAND" \'{containerOverrides: [{name: $name, command: ["sh", "-c", $cmd]}]}\')',
            'task=$(aws ecs run-task --cluster "$CLUSTER" --task-definition "$arn" --launch-type FARGATE --network-configuration "$network" --overrides "$overrides" --query "tasks[0].taskArn" --output text)',
            'aws ecs wait tasks-stopped --cluster "$CLUSTER" --tasks "$task"',
            'code=$(aws ecs describe-tasks --cluster "$CLUSTER" --tasks "$task" --query "tasks[0].containers[0].exitCode" --output text)',
            'echo "exit code: $code"',
            'test "$code" = "0"',
          ].join('\n'),
        });
      }
    }
    // 3. Roll every service onto its new revision (at least its minimum count), then wait.
    for (const s of services) {
      const name = s.service ?? 'app';
      steps.push({
        name: `Roll ${name}`,
        env: { SERVICE: name, MIN_TASKS: String(s.parameters.minTasks) },
        run: [
          'set -euo pipefail',
          'arn=$(grep "^$SERVICE=" task-definitions.env | cut -d= -f2-)',
          'desired=$(aws ecs describe-services --cluster "$CLUSTER" --services "$SERVICE" --query "services[0].desiredCount" --output text)',
          'if [ "$desired" -lt "$MIN_TASKS" ]; then desired="$MIN_TASKS"; fi',
          'aws ecs update-service --cluster "$CLUSTER" --service "$SERVICE" --task-definition "$arn" --desired-count "$desired" > /dev/null',
        ].join('\n'),
      });
    }
    steps.push({
      name: 'Wait until the services are stable',
      env: { SERVICES: services.map((s) => s.service ?? 'app').join(' ') },
      run: '# shellcheck disable=SC2086\naws ecs wait services-stable --cluster "$CLUSTER" --services $SERVICES',
    });
    jobs.deploy = { name: 'Migrate and roll services', 'runs-on': 'ubuntu-latest', needs: 'images', steps };
  }

  for (const site of sites) {
    const name = site.service ?? 'site';
    const p = profileOf(name);
    const path = p?.path ?? '.';
    const framework = STATIC_OUTPUT.find(([f]) => p?.frameworks.includes(f));
    const out = posix(path, framework?.[1] ?? '');
    const build =
      p?.build ?? (p?.frameworks.includes('hugo') ? 'hugo --minify' : p?.frameworks.includes('jekyll') ? 'bundle exec jekyll build' : null);
    if (!safe(path) || (build && !safe(build))) {
      notes.push(`${name}: its path or build command cannot be placed in the workflow safely; deploy it by hand.`);
      continue;
    }
    const setup: Step[] = p?.frameworks.includes('hugo')
      ? [{ uses: ACTIONS.hugo, with: { 'hugo-version': 'latest', extended: true } }]
      : p?.frameworks.includes('jekyll')
        ? [{ uses: ACTIONS.ruby, with: { 'ruby-version': '3.3', 'bundler-cache': true, 'working-directory': path } }]
        : build
          ? [
              { uses: ACTIONS.node, with: { 'node-version': 22 } },
              {
                name: 'Install dependencies',
                'working-directory': path,
                run: 'if [ -f package-lock.json ]; then npm ci; else npm install; fi',
              },
            ]
          : [];
    jobs[`site-${name}`.replace(/[^A-Za-z0-9_-]/g, '-')] = {
      name: `Publish ${name}`,
      'runs-on': 'ubuntu-latest',
      steps: [
        { uses: ACTIONS.checkout },
        ...setup,
        ...(build ? [{ name: 'Build', 'working-directory': path, env: { BUILD: build }, run: 'sh -c "$BUILD"' }] : []),
        ...auth,
        {
          name: 'Sync to S3 and invalidate CloudFront',
          env: { SITE: name, OUT: out },
          run: [
            'set -euo pipefail',
            'account=$(aws sts get-caller-identity --query Account --output text)',
            'aws s3 sync "$OUT" "s3://$NAME_PREFIX-$SITE-$account" --delete',
            'distribution=$(aws cloudfront list-distributions --query "DistributionList.Items[?Comment==\'$NAME_PREFIX-$SITE\'].Id | [0]" --output text)',
            'aws cloudfront create-invalidation --distribution-id "$distribution" --paths "/*" > /dev/null',
          ].join('\n'),
        },
      ],
    };
  }

  const fnJob = functionsJob(input, auth, notes);
  if (fnJob) jobs.functions = fnJob;

  if (Object.keys(jobs).length === 0) return { files, notes };
  const workflow = {
    name: `Deploy ${input.namePrefix}`,
    on: { push: { branches: [input.branch] }, workflow_dispatch: {} },
    permissions: { 'id-token': 'write', contents: 'read' },
    concurrency: { group: `deploy-${input.namePrefix}`, 'cancel-in-progress': false },
    env: { AWS_REGION: input.region, NAME_PREFIX: input.namePrefix, CLUSTER: input.namePrefix },
    jobs,
  };
  files.set(
    '.github/workflows/deploy.yml',
    '# Generated by Inframate: copy to the repository’s .github/workflows/ and set the repository\n' +
      '# secret AWS_DEPLOY_ROLE_ARN to the github_deploy_role_arn output of the Terraform module.\n' +
      stringify(workflow, { lineWidth: 0, aliasDuplicateObjects: false }),
  );
  return { files, notes };
}

/**
 * Lambda functions: build each handler from the repository and upload it with
 * `aws lambda update-function-code` (Terraform created the function from a placeholder). Node
 * handlers are bundled with esbuild at the handler's module path; Python and Ruby handlers are
 * their code folder plus dependencies (Python wheels for the function's architecture). The list
 * of functions reaches the script as one JSON `env:` value read with jq.
 */
function functionsJob(input: WorkflowInput, auth: Step[], notes: string[]): Record<string, unknown> | undefined {
  const sets = input.components.filter((c): c is Extract<Component, { kind: 'lambda-function' }> => c.kind === 'lambda-function');
  const fns = sets.flatMap((c) =>
    (c.parameters.functions ?? []).map((f) => ({
      name: f.name,
      runtime: f.runtime,
      source: f.source,
      module: f.handler.slice(0, f.handler.lastIndexOf('.') > 0 ? f.handler.lastIndexOf('.') : f.handler.length),
      codeDir: f.codeDir,
      arch: c.parameters.architecture,
    })),
  );
  for (const c of sets)
    if (!c.parameters.functions)
      notes.push(
        `${c.service ?? 'function'}: no handler was detected, so the deploy workflow cannot build it: upload its code with aws lambda update-function-code.`,
      );
  const usable = fns.filter((f) => [f.source, f.module, f.codeDir].every(safe));
  if (usable.length < fns.length) notes.push('Functions whose paths cannot be placed in the workflow safely were left out of it.');
  if (usable.length === 0) return undefined;
  const node = usable.some((f) => f.runtime.startsWith('nodejs'));
  const python = usable.find((f) => f.runtime.startsWith('python'));
  const ruby = usable.some((f) => f.runtime.startsWith('ruby'));
  const outDir = input.outDir === '.' ? 'infra' : input.outDir;
  return {
    name: 'Build and deploy functions',
    'runs-on': 'ubuntu-latest',
    steps: [
      { uses: ACTIONS.checkout },
      ...(node ? [{ uses: ACTIONS.node, with: { 'node-version': 22 } }] : []),
      ...(python ? [{ uses: ACTIONS.python, with: { 'python-version': python.runtime.replace('python', '') } }] : []),
      ...(ruby ? [{ uses: ACTIONS.ruby, with: { 'ruby-version': '3.3' } }] : []),
      ...auth,
      {
        name: `Build and upload ${usable.length} function(s)`,
        env: { FUNCTIONS: JSON.stringify(usable), OUT_DIR: outDir },
        run: [
          'set -euo pipefail',
          'mkdir -p .lambda-build',
          'echo "$FUNCTIONS" | jq -c \'.[]\' | while read -r fn; do',
          '  name=$(jq -r .name <<<"$fn"); runtime=$(jq -r .runtime <<<"$fn"); source=$(jq -r .source <<<"$fn")',
          '  module=$(jq -r .module <<<"$fn"); code_dir=$(jq -r .codeDir <<<"$fn"); arch=$(jq -r .arch <<<"$fn")',
          '  out=".lambda-build/$name"; rm -rf "$out"; mkdir -p "$out"',
          '  case "$runtime" in',
          '    nodejs*)',
          "      # Dependencies of the nearest package.json (and the root's, for workspaces), once each.",
          '      dir=$(dirname "$source"); while [ "$dir" != "." ] && [ ! -f "$dir/package.json" ]; do dir=$(dirname "$dir"); done',
          '      for d in . "$dir"; do',
          '        if [ -f "$d/package.json" ] && [ ! -d "$d/node_modules" ]; then (cd "$d" && if [ -f package-lock.json ]; then npm ci; else npm install; fi); fi',
          '      done',
          '      npx --yes esbuild@0.25 "$source" --bundle --platform=node --target=node22 --format=cjs --external:@aws-sdk/* --outfile="$out/$module.js"',
          '      ;;',
          '    python*)',
          '      rsync -a --exclude .git --exclude .lambda-build --exclude node_modules --exclude "$OUT_DIR" "$code_dir"/ "$out"/',
          '      req="$code_dir/requirements.txt"; [ -f "$req" ] || req=requirements.txt',
          '      if [ -f "$req" ]; then',
          '        platform=manylinux2014_x86_64; [ "$arch" = arm64 ] && platform=manylinux2014_aarch64',
          '        pip install -r "$req" -t "$out" --platform "$platform" --only-binary=:all: --implementation cp --python-version "${runtime#python}" --quiet',
          '      fi',
          '      ;;',
          '    *)',
          '      rsync -a --exclude .git --exclude .lambda-build --exclude node_modules --exclude "$OUT_DIR" "$code_dir"/ "$out"/',
          '      ;;',
          '  esac',
          '  (cd "$out" && zip -qr "../$name.zip" .)',
          '  aws lambda update-function-code --function-name "$NAME_PREFIX-$name" --zip-file "fileb://.lambda-build/$name.zip" > /dev/null',
          '  aws lambda wait function-updated-v2 --function-name "$NAME_PREFIX-$name"',
          '  echo "deployed $NAME_PREFIX-$name"',
          'done',
        ].join('\n'),
      },
    ],
  };
}
