// A `dynamic` block whose for_each cannot be known leaves its blocks UNKNOWN: there may be none or many.
// What every one of them would look like is still known in part: its content, evaluated with the iterator
// unknown. Kept beside the evaluated object (by identity, never as an attribute) so a check can judge a
// block whose every possible outcome — none, or any number of blocks of that shape — gives the same verdict.
import type { TfValue } from './model';

type TfObject = { [key: string]: TfValue };

const templates = new WeakMap<object, Map<string, TfObject[]>>();

export function rememberDynamicTemplate(parent: TfObject, label: string, content: TfObject): void {
  let byLabel = templates.get(parent);
  if (!byLabel) templates.set(parent, (byLabel = new Map()));
  const list = byLabel.get(label);
  if (!list) byLabel.set(label, [content]);
  else if (list.length > 0) list.push(content);
}

/** Another block under the same label (static, or a second dynamic block): the templates no longer say it all. */
export function forgetDynamicTemplates(parent: TfObject, label: string): void {
  templates.get(parent)?.set(label, []);
}

/** The content of the dynamic `label` blocks of `parent` over a collection that cannot be known, if any. */
export function dynamicTemplates(parent: object, label: string): readonly TfObject[] | undefined {
  const list = templates.get(parent)?.get(label);
  return list && list.length > 0 ? list : undefined;
}

/**
 * The verdict of a dynamic `label` block over a collection that cannot be known, when every block it could make is
 * bad: `judge` of each template, the first when none of them is fine (null, false) or unknown (undefined).
 */
export function badInEveryTemplate<T>(
  parent: object,
  label: string,
  judge: (content: TfObject) => T | null | false | undefined,
): T | undefined {
  const list = dynamicTemplates(parent, label);
  if (!list) return undefined;
  let first: T | undefined;
  for (const t of list) {
    const verdict = judge(t);
    if (verdict === undefined || verdict === null || verdict === false) return undefined;
    first ??= verdict;
  }
  return first;
}
