import type { LoadedTerraform, TfResource, TfValue } from '../../src/terraform/model';

export function res(address: string, attributes: Record<string, TfValue> = {}, references: string[] = []): TfResource {
  const m = /^(?:(.*)\.)?(aws_[a-z0-9_]+|[a-z0-9]+_[a-z0-9_]+)\.([^.[\]]+)(?:\[([^\]]+)\])?$/.exec(address)!;
  return {
    kind: 'resource',
    type: m[2],
    name: m[3],
    address,
    modulePath: m[1] ?? '',
    attributes,
    references,
    pos: { file: 'main.tf', line: 1 },
  };
}

export function loaded(...resources: TfResource[]): LoadedTerraform {
  return { root: '/tmp/x', files: ['main.tf'], resources, modules: [], variables: {}, outputs: {}, comments: [], errors: [] };
}
