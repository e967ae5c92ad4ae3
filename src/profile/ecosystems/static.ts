// Static site generators recognized by their configuration files alone.
import type { Ecosystem } from './types';

export const staticSites: Ecosystem = {
  id: 'static',
  manifests: [],
  frameworks: [],
  datastores: [],
  messaging: [],
  markers: [
    { id: 'hugo', files: ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json'] },
    {
      id: 'hugo',
      files: ['config.toml', 'config.yaml', 'config.yml', 'config/_default/hugo.toml', 'config/_default/config.toml'],
      contains: /^\s*(baseURL|baseurl)\s*[=:]/m,
    },
  ],
  content: [],
  implies: {},
  defaultPorts: {},
};
