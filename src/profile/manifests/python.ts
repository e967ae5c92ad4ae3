// Python manifests: requirements*.txt, pyproject.toml (PEP 621, Poetry, uv, PDM, PEP 735 groups), Pipfile.
import { parse as parseToml } from 'smol-toml';
import type { Dependency, ManifestSpec, ManifestWarning, ParsedManifest } from '../ecosystems/types';
import { emptyManifest, isRecord } from './common';

/** PEP 503 normalized name of a requirement string ("Flask[async]>=2; python_version>'3'" → "flask"). */
export function pythonName(req: string): string | null {
  const m = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(req);
  return m ? m[1].toLowerCase().replace(/[._]+/g, '-') : null;
}

const DEV_FILE = /(dev|test|lint|doc|ci|local|tox|check|format|typing|mypy)/i;

export const requirementsTxt: ManifestSpec = {
  match: /^requirements[^/]*\.(txt|in)$/,
  parse(text, file) {
    const m = emptyManifest('pip');
    const scope: Dependency['scope'] = DEV_FILE.test(file.slice(file.lastIndexOf('/') + 1)) ? 'dev' : 'prod';
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.replace(/(^|\s)#.*$/, '').trim();
      if (!line || line.startsWith('-r') || line.startsWith('-c') || line.startsWith('--')) continue;
      const egg = /#egg=([A-Za-z0-9._-]+)/.exec(raw);
      const name = line.startsWith('-e') || line.includes('://') ? (egg ? pythonName(egg[1]) : null) : pythonName(line);
      if (name) m.deps.push({ name, scope });
    }
    return { manifest: m, warnings: [] };
  },
};

function tomlError(error: unknown): ManifestWarning {
  const e = error as { line?: number; message?: string };
  return { line: e.line, message: `malformed TOML: ${(e.message ?? String(error)).split('\n')[0]}` };
}

export const pyprojectToml: ManifestSpec = {
  match: /^pyproject\.toml$/,
  parse(text) {
    let doc: Record<string, unknown>;
    try {
      doc = parseToml(text) as Record<string, unknown>;
    } catch (error) {
      return { manifest: null, warnings: [tomlError(error)] };
    }
    const tool = isRecord(doc.tool) ? doc.tool : {};
    const project = isRecord(doc.project) ? doc.project : {};
    const poetry = isRecord(tool.poetry) ? tool.poetry : undefined;
    const pm = poetry ? 'poetry' : isRecord(tool.uv) ? 'uv' : isRecord(tool.pdm) ? 'pdm' : 'pip';
    const m: ParsedManifest = emptyManifest(pm);
    m.name = typeof project.name === 'string' ? project.name : typeof poetry?.name === 'string' ? poetry.name : null;
    const addList = (v: unknown, scope: Dependency['scope']) => {
      if (Array.isArray(v)) for (const r of v) if (typeof r === 'string') addName(pythonName(r), scope);
    };
    const addName = (name: string | null, scope: Dependency['scope']) => {
      if (name && name !== 'python') m.deps.push({ name, scope });
    };
    const addMap = (v: unknown, scope: Dependency['scope']) => {
      if (isRecord(v)) for (const k of Object.keys(v)) addName(pythonName(k), scope);
    };
    addList(project.dependencies, 'prod');
    if (isRecord(project['optional-dependencies'])) for (const v of Object.values(project['optional-dependencies'])) addList(v, 'dev');
    if (isRecord(doc['dependency-groups'])) for (const v of Object.values(doc['dependency-groups'])) addList(v, 'dev');
    if (poetry) {
      addMap(poetry.dependencies, 'prod');
      addMap(poetry['dev-dependencies'], 'dev');
      if (isRecord(poetry.group)) {
        for (const [group, g] of Object.entries(poetry.group)) if (isRecord(g)) addMap(g.dependencies, group === 'main' ? 'prod' : 'dev');
      }
    }
    if (isRecord(tool.uv)) addList(tool.uv['dev-dependencies'], 'dev');
    if (isRecord(tool.pdm) && isRecord(tool.pdm['dev-dependencies']))
      for (const v of Object.values(tool.pdm['dev-dependencies'])) addList(v, 'dev');
    if (isRecord(tool.uv) && isRecord(tool.uv.workspace)) {
      m.workspaceRoot = true;
      m.workspaces = Array.isArray(tool.uv.workspace.members)
        ? tool.uv.workspace.members.filter((x): x is string => typeof x === 'string')
        : [];
    }
    return { manifest: m, warnings: [] };
  },
};

export const pipfile: ManifestSpec = {
  match: /^Pipfile$/,
  parse(text) {
    let doc: Record<string, unknown>;
    try {
      doc = parseToml(text) as Record<string, unknown>;
    } catch (error) {
      return { manifest: null, warnings: [tomlError(error)] };
    }
    const m = emptyManifest('pipenv');
    for (const [section, scope] of [
      ['packages', 'prod'],
      ['dev-packages', 'dev'],
    ] as const) {
      if (isRecord(doc[section])) for (const k of Object.keys(doc[section])) m.deps.push({ name: pythonName(k) ?? k, scope });
    }
    return { manifest: m, warnings: [] };
  },
};

/** setup.py: the install_requires list literal (setup.py is code; only the literal is read). */
export const setupPy: ManifestSpec = {
  match: /^setup\.py$/,
  parse(text) {
    const m = emptyManifest('pip');
    const name = /\bname\s*=\s*['"]([^'"]+)['"]/.exec(text);
    m.name = name ? name[1] : null;
    const list = /install_requires\s*=\s*\[([\s\S]*?)\]/.exec(text);
    for (const q of list ? list[1].matchAll(/['"]([^'"]+)['"]/g) : []) {
      const dep = pythonName(q[1]);
      if (dep) m.deps.push({ name: dep, scope: 'prod' });
    }
    return { manifest: m, warnings: [] };
  },
};

/** setup.cfg: [options] install_requires (one requirement per indented line). */
export const setupCfg: ManifestSpec = {
  match: /^setup\.cfg$/,
  parse(text) {
    const m = emptyManifest('pip');
    let section = '';
    let key = '';
    for (const raw of text.split(/\r?\n/)) {
      const header = /^\[([^\]]+)\]/.exec(raw);
      if (header) {
        section = header[1].trim();
        key = '';
        continue;
      }
      const kv = /^([\w-]+)\s*=\s*(.*)$/.exec(raw);
      if (kv) {
        key = kv[1];
        if (section === 'metadata' && key === 'name') m.name = kv[2].trim();
      }
      const value = kv ? kv[2] : /^\s+\S/.test(raw) ? raw : '';
      if (section === 'options' && key === 'install_requires') {
        const dep = pythonName(value.replace(/#.*$/, ''));
        if (dep) m.deps.push({ name: dep, scope: 'prod' });
      }
    }
    return { manifest: m, warnings: [] };
  },
};
