// Small, explicit inputs for refinement tests: a profile and requirements of a containerised web
// service with PostgreSQL, and the baseline the rules produce for them.
import type { Profile } from '../../src/profile/types';
import { recommend } from '../../src/recommend';
import type { Component } from '../../src/recommend/vocabulary';
import type { Requirements } from '../../src/spec/types';

export function sampleProfile(): Profile {
  return {
    languages: [{ name: 'typescript', files: 40, bytes: 90_000, share: 1 }],
    frameworks: ['express'],
    datastores: ['postgresql'],
    packageManagers: ['npm'],
    services: [
      {
        name: 'web',
        path: '.',
        languages: ['typescript'],
        frameworks: ['express'],
        datastores: ['postgresql'],
        port: 3000,
        dockerfile: 'Dockerfile',
        build: 'npm run build',
        start: 'npm start',
      },
    ],
    docker: { dockerfiles: ['Dockerfile'], compose: ['compose.yaml'] },
    iac: { terraform: [], cloudformation: [], cdk: [], serverless: [], kubernetes: [], helm: [] },
    warnings: [],
  };
}

export function sampleRequirements(notes: string[] = []): Requirements {
  return {
    source: 'inframate.md',
    appName: 'shop',
    environment: 'prod',
    environments: ['prod'],
    region: 'us-east-1',
    availability: 'standard',
    compliance: [],
    tags: {},
    services: [],
    notes,
    warnings: [],
  };
}

/** The rules' own baseline for the sample, so tests follow the vocabulary as it evolves. */
export function sampleBaseline(): Component[] {
  return recommend(sampleProfile(), sampleRequirements()).components;
}
