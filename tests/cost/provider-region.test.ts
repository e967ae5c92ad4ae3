import { describe, expect, it } from 'vitest';
import { providerRegion } from '../../src/commands/optimize';
import { loadTerraformFiles } from '../../src/terraform/load';

const load = (main: string) => loadTerraformFiles('/virtual', new Map([['main.tf', main]]));

describe('providerRegion', () => {
  it('reads the root aws provider region, through a variable default', async () => {
    const loaded = await load('variable "region" {\n  default = "eu-west-1"\n}\nprovider "aws" {\n  region = var.region\n}\n');
    expect(providerRegion(loaded)).toBe('eu-west-1');
  });

  it('ignores aliased providers and unknown or malformed regions', async () => {
    expect(providerRegion(await load('provider "aws" {\n  alias  = "dr"\n  region = "us-west-2"\n}\n'))).toBeUndefined();
    expect(providerRegion(await load('variable "region" {}\nprovider "aws" {\n  region = var.region\n}\n'))).toBeUndefined();
    expect(providerRegion(await load('provider "aws" {\n  region = "mars"\n}\n'))).toBeUndefined();
  });
});
