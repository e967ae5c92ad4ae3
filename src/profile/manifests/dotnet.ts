// .NET project files (*.csproj, *.fsproj): the SDK (Microsoft.NET.Sdk.Web means ASP.NET Core),
// PackageReference and ProjectReference items, OutputType, and whether it is a test project.
import { posix } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ManifestSpec } from '../ecosystems/types';
import { emptyManifest, isRecord } from './common';

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => ['ItemGroup', 'PackageReference', 'ProjectReference', 'PropertyGroup'].includes(name),
});
const TEST_PACKAGES = /^(Microsoft\.NET\.Test\.Sdk|xunit|NUnit|MSTest\.TestFramework)$/i;

export const dotnetProject: ManifestSpec = {
  match: /\.(csproj|fsproj|vbproj)$/,
  parse(source, file) {
    const valid = XMLValidator.validate(source);
    if (valid !== true) return { manifest: null, warnings: [{ line: valid.err.line, message: `malformed XML: ${valid.err.msg}` }] };
    const doc = xml.parse(source) as Record<string, unknown>;
    const project = isRecord(doc.Project) ? doc.Project : undefined;
    if (!project) return { manifest: null, warnings: [{ line: 1, message: 'project file has no <Project> element' }] };
    const m = emptyManifest('nuget');
    const base = file.slice(file.lastIndexOf('/') + 1).replace(/\.\w+proj$/, '');
    const props = (Array.isArray(project.PropertyGroup) ? project.PropertyGroup : []).filter(isRecord);
    const prop = (name: string) => props.map((p) => p[name]).find((v) => typeof v === 'string') as string | undefined;
    m.name = prop('AssemblyName') ?? base;
    const sdk = typeof project['@Sdk'] === 'string' ? project['@Sdk'] : '';
    if (sdk) m.deps.push({ name: `sdk:${sdk}`, scope: 'prod' });
    for (const group of (Array.isArray(project.ItemGroup) ? project.ItemGroup : []).filter(isRecord)) {
      for (const ref of (Array.isArray(group.PackageReference) ? group.PackageReference : []).filter(isRecord)) {
        const name = ref['@Include'] ?? ref['@Update'];
        if (typeof name === 'string') m.deps.push({ name, scope: 'prod' });
      }
    }
    m.testProject = prop('IsTestProject') === 'true' || m.deps.some((d) => TEST_PACKAGES.test(d.name));
    if (m.testProject) for (const d of m.deps) d.scope = 'test';
    const output = prop('OutputType');
    // Microsoft.NET.Sdk.Web / .Worker build apps; a project on the plain SDK without an
    // OutputType is a class library (MSBuild's default), as is a Razor class library.
    m.app =
      /^Microsoft\.NET\.Sdk\.(Web|Worker)$/i.test(sdk) || output === 'Exe' || output === 'WinExe'
        ? true
        : output === 'Library' || /^Microsoft\.NET\.Sdk(\.Razor)?$/i.test(sdk)
          ? false
          : undefined;
    // Projects this one builds in (ProjectReference), as repository-relative folders.
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
    for (const group of (Array.isArray(project.ItemGroup) ? project.ItemGroup : []).filter(isRecord)) {
      for (const ref of (Array.isArray(group.ProjectReference) ? group.ProjectReference : []).filter(isRecord)) {
        const include = ref['@Include'];
        if (typeof include !== 'string') continue;
        const target = posix.normalize(posix.join(dir, posix.dirname(include.replace(/\\/g, '/'))));
        if (!target.startsWith('..')) (m.references ??= []).push(target);
      }
    }
    return { manifest: m, warnings: [] };
  },
};
