// Profiles and requirements for recommendation and generation tests.
import type { Profile, ServiceProfile } from '../../src/profile/types';
import { defaultRequirements } from '../../src/spec';
import type { Requirements } from '../../src/spec/types';

export function service(over: Partial<ServiceProfile> & { name: string }): ServiceProfile {
  return {
    path: '.',
    languages: ['typescript'],
    frameworks: [],
    datastores: [],
    port: null,
    dockerfile: null,
    build: null,
    start: null,
    ...over,
  };
}

export function profile(services: ServiceProfile[], over: Partial<Profile> = {}): Profile {
  return {
    languages: [{ name: 'typescript', files: 10, bytes: 1000, share: 1 }],
    frameworks: [...new Set(services.flatMap((s) => s.frameworks))],
    datastores: [...new Set(services.flatMap((s) => s.datastores))],
    packageManagers: ['npm'],
    services,
    docker: { dockerfiles: services.flatMap((s) => (s.dockerfile ? [s.dockerfile] : [])), compose: [] },
    iac: { terraform: [], cloudformation: [], cdk: [], serverless: [], kubernetes: [], helm: [] },
    warnings: [],
    ...over,
  };
}

export function requirements(over: Partial<Requirements> = {}): Requirements {
  return { ...defaultRequirements('defaults', 'us-east-1'), appName: 'shop', ...over };
}

/** A containerized Express API with PostgreSQL and Redis. */
export const apiProfile = () =>
  profile([
    service({
      name: 'api',
      frameworks: ['express'],
      datastores: ['postgresql', 'redis'],
      port: 4000,
      dockerfile: 'Dockerfile',
      start: 'node server.js',
    }),
  ]);
