// Every ecosystem's table, in one list.
import { dotnet } from './dotnet';
import { go } from './go';
import { jvm } from './jvm';
import { node } from './node';
import { php } from './php';
import { python } from './python';
import { ruby } from './ruby';
import { rust } from './rust';
import { staticSites } from './static';
import type { Ecosystem } from './types';

export const ECOSYSTEMS: readonly Ecosystem[] = [node, python, ruby, php, jvm, go, dotnet, rust, staticSites];
