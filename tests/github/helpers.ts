import { createGitHubClient, type GitHubClient } from '../../src/github/client';
import { Supervisor } from '../../src/supervisor/step';
import { FakeGitHub, type FakeGitHubOptions } from '../fakes/github/server';

export async function startFake(opts: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const fake = new FakeGitHub(opts);
  await fake.start();
  return fake;
}

export function clientFor(fake: FakeGitHub, token = 'write-token'): { octokit: GitHubClient; supervisor: Supervisor } {
  const supervisor = new Supervisor();
  return { octokit: createGitHubClient({ token, baseUrl: fake.url, step: supervisor.run }), supervisor };
}

export const repoOf = (fake: FakeGitHub) => ({ owner: fake.owner, repo: fake.repo });
