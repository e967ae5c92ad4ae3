// JVM manifests: pom.xml (dependencies with scopes, parent, packaging, modules) and Gradle build
// scripts (Groovy or Kotlin DSL: configurations, plugins), settings.gradle for multi-project roots.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Dependency, ManifestSpec } from '../ecosystems/types';
import { emptyManifest, isRecord } from './common';

const xml = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  isArray: (name) => ['dependency', 'module', 'plugin'].includes(name),
});

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : undefined);

export const pomXml: ManifestSpec = {
  match: /^pom\.xml$/,
  parse(source) {
    const valid = XMLValidator.validate(source);
    if (valid !== true) return { manifest: null, warnings: [{ line: valid.err.line, message: `malformed XML: ${valid.err.msg}` }] };
    const doc = xml.parse(source) as Record<string, unknown>;
    const project = isRecord(doc.project) ? doc.project : undefined;
    if (!project) return { manifest: null, warnings: [{ line: 1, message: 'pom.xml has no <project> element' }] };
    const m = emptyManifest('maven');
    m.name = text(project.artifactId) ?? null;
    const parent = isRecord(project.parent) ? project.parent : undefined;
    if (parent && text(parent.groupId) && text(parent.artifactId))
      m.deps.push({ name: `${text(parent.groupId)}:${text(parent.artifactId)}`, scope: 'prod' });
    const deps = isRecord(project.dependencies) && Array.isArray(project.dependencies.dependency) ? project.dependencies.dependency : [];
    for (const d of deps) {
      if (!isRecord(d) || !text(d.groupId) || !text(d.artifactId)) continue;
      const scope = text(d.scope);
      m.deps.push({ name: `${text(d.groupId)}:${text(d.artifactId)}`, scope: scope === 'test' ? 'test' : 'prod' });
    }
    const build = isRecord(project.build) ? project.build : undefined;
    // Maven names the jar <finalName>.jar, by default <artifactId>-<version>.jar (version inherited
    // from the parent when the project states none); a property reference cannot be resolved here.
    const version = text(project.version) ?? (parent ? text(parent.version) : undefined);
    const artifact = (build && text(build.finalName)) ?? (m.name && version ? `${m.name}-${version}` : undefined);
    if (artifact && !artifact.includes('${')) m.artifact = artifact;
    const plugins = build && isRecord(build.plugins) && Array.isArray(build.plugins.plugin) ? build.plugins.plugin : [];
    for (const p of plugins)
      if (isRecord(p) && text(p.groupId) && text(p.artifactId))
        m.deps.push({ name: `plugin:${text(p.groupId)}:${text(p.artifactId)}`, scope: 'prod' });
    const modules =
      isRecord(project.modules) && Array.isArray(project.modules.module)
        ? project.modules.module.map(text).filter((x): x is string => !!x)
        : [];
    m.workspaceRoot = text(project.packaging) === 'pom' || modules.length > 0;
    m.workspaces = modules;
    return { manifest: m, warnings: [] };
  },
};

const GRADLE_DEP =
  /^\s*(implementation|api|compile|compileOnly|runtimeOnly|runtime|developmentOnly|annotationProcessor|kapt|ksp|testImplementation|testCompile|testRuntimeOnly|testCompileOnly|integrationTestImplementation)\s*\(?\s*(?:platform\s*\(\s*)?["']([^"':\s]+):([^"':\s]+)(?::[^"']*)?["']/gm;
const GRADLE_PLUGIN = /^\s*(?:id\s*\(?\s*["']([^"']+)["']|kotlin\s*\(\s*["']([^"']+)["']\s*\))/gm;
const APPLY_PLUGIN = /apply\s+plugin:\s*["']([^"']+)["']/g;

export const buildGradle: ManifestSpec = {
  match: /^build\.gradle(\.kts)?$/,
  parse(source) {
    const m = emptyManifest('gradle');
    for (const d of source.matchAll(GRADLE_DEP)) {
      const scope: Dependency['scope'] = /^(test|integrationTest)/.test(d[1]) ? 'test' : 'prod';
      m.deps.push({ name: `${d[2]}:${d[3]}`, scope });
    }
    for (const p of source.matchAll(GRADLE_PLUGIN))
      m.deps.push({ name: `plugin:${p[1] ?? `org.jetbrains.kotlin.${p[2]}`}`, scope: 'prod' });
    for (const p of source.matchAll(APPLY_PLUGIN)) m.deps.push({ name: `plugin:${p[1]}`, scope: 'prod' });
    if (m.deps.some((d) => d.name === 'plugin:application')) m.app = true;
    return { manifest: m, warnings: [] };
  },
};

const INCLUDE = /^\s*include\b\s*(?:\(([^)]*)\)|([^\n]*))/gm;

export const settingsGradle: ManifestSpec = {
  match: /^settings\.gradle(\.kts)?$/,
  parse(source) {
    const m = emptyManifest('gradle');
    // `include(...)` statements only: `includeBuild` is a separate build and `includeFlat` a sibling
    // folder, neither a subproject of this one; the argument list may span lines in the Kotlin DSL.
    const includes = [...source.matchAll(INCLUDE)].flatMap((x) =>
      [...(x[1] ?? x[2]).matchAll(/["']:?([^"']+)["']/g)].map((y) => y[1].replace(/:/g, '/')),
    );
    m.workspaceRoot = includes.length > 0;
    m.workspaces = includes;
    const name = /rootProject\.name\s*=\s*["']([^"']+)["']/.exec(source);
    m.name = name ? name[1] : null;
    return { manifest: m, warnings: [] };
  },
};
