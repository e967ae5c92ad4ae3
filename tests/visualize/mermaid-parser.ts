// The real mermaid parser (needs a DOM: test files using it run under happy-dom).
export async function parseMermaid(text: string): Promise<void> {
  const mermaid = (await import('mermaid')).default;
  await mermaid.parse(text);
}
