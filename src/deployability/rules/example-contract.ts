// The run contract the contract rules' examples are checked against: one web unit "api" on port
// 8000 with a health route and a required DATABASE_URL.
import type { RunContract } from '../../runcontract/types';

export const CONTRACT: RunContract = {
  units: [
    {
      name: 'api',
      path: '.',
      role: 'web',
      roleReason: 'example',
      deployed: true,
      listenPort: 8000,
      protocol: 'http',
      start: null,
      image: { dockerfile: 'Dockerfile', context: '.', generated: false },
      env: [
        {
          name: 'DATABASE_URL',
          carries: 'database-url',
          hasDefault: false,
          required: true,
          target: 'postgresql',
          evidence: [{ file: 'app/settings.py', line: 3 }],
        },
      ],
      health: { path: '/healthz', protocol: 'http', gracePeriodSeconds: 30, source: 'code', evidence: [{ file: 'app/main.py', line: 10 }] },
      oneOff: [],
      hardcodedHosts: [],
      datastores: ['postgresql'],
      dependsOn: [],
      warnings: [],
    },
  ],
  excluded: [],
  warnings: [],
};
