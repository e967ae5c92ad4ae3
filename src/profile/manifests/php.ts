// composer.json: require (prod, including ext-* extensions), require-dev (dev), scripts.
import type { ManifestSpec } from '../ecosystems/types';
import { emptyManifest, isRecord, parseJson, stringRecord } from './common';

export const composerJson: ManifestSpec = {
  match: /^composer\.json$/,
  parse(text) {
    const parsed = parseJson(text);
    if ('warning' in parsed) return { manifest: null, warnings: [parsed.warning] };
    if (!isRecord(parsed.value)) return { manifest: null, warnings: [{ line: 1, message: 'composer.json is not a JSON object' }] };
    const doc = parsed.value;
    const m = emptyManifest('composer');
    m.name = typeof doc.name === 'string' ? doc.name : null;
    for (const name of Object.keys(stringRecord(doc.require))) if (name !== 'php') m.deps.push({ name: name.toLowerCase(), scope: 'prod' });
    for (const name of Object.keys(stringRecord(doc['require-dev']))) m.deps.push({ name: name.toLowerCase(), scope: 'dev' });
    m.scripts = stringRecord(doc.scripts);
    return { manifest: m, warnings: [] };
  },
};
