// GitHub rejects issue, PR and comment bodies over 65,536 characters. Long reports are cut at a
// line boundary with a pointer to where the whole report is (job summary or artifact).

export const GITHUB_BODY_LIMIT = 65_536;

export interface FitOptions {
  limit?: number;
  /** Where readers find the full text, e.g. a link to the run's job summary. */
  pointer?: string;
}

/** Make a body fit GitHub's limit; the result is unchanged when it already fits. */
export function fitBody(body: string, opts: FitOptions = {}): { body: string; truncated: boolean } {
  const limit = opts.limit ?? GITHUB_BODY_LIMIT;
  if (body.length <= limit) return { body, truncated: false };
  const where = opts.pointer
    ? ` The full report is in ${opts.pointer}.`
    : ' The full report is in the job summary and the report artifact.';
  const notice = `\n\n> [!NOTE]\n> This report was truncated to ${limit.toLocaleString('en-US')} characters to fit GitHub's size limits.${where}\n`;
  // Markers at the top must survive the cut; they are all in the first lines of a body.
  let cut = body.slice(0, Math.max(0, limit - notice.length - 16));
  const nl = cut.lastIndexOf('\n');
  if (nl > cut.length / 2) cut = cut.slice(0, nl);
  // An odd number of ``` fences would swallow the notice into a code block.
  if ((cut.match(/^```/gm) ?? []).length % 2 === 1) cut += '\n```';
  return { body: cut + notice, truncated: true };
}

/** Bodies compared for "changed?": GitHub normalises line endings and trailing space. */
export function sameBody(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\r\n/g, '\n').trimEnd();
  return norm(a) === norm(b);
}
