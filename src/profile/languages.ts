// Language of a file from its extension (Linguist-like, programming and markup languages only:
// data files such as JSON, YAML, Markdown and SQL do not count toward the share of code).
import type { LanguageId } from './ids';

export const EXTENSION_LANGUAGE: Readonly<Record<string, LanguageId>> = {
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  jsx: 'javascript',
  ts: 'typescript',
  mts: 'typescript',
  cts: 'typescript',
  tsx: 'typescript',
  // Single-file components: their own languages, as in Linguist.
  vue: 'vue',
  svelte: 'svelte',
  astro: 'astro',
  py: 'python',
  pyi: 'python',
  rb: 'ruby',
  rake: 'ruby',
  gemspec: 'ruby',
  ru: 'ruby',
  erb: 'html',
  java: 'java',
  kt: 'kotlin',
  kts: 'kotlin',
  scala: 'scala',
  sc: 'scala',
  groovy: 'groovy',
  go: 'go',
  php: 'php',
  phtml: 'php',
  cs: 'csharp',
  csx: 'csharp',
  cshtml: 'html',
  razor: 'html',
  fs: 'fsharp',
  fsx: 'fsharp',
  rs: 'rust',
  ex: 'elixir',
  exs: 'elixir',
  swift: 'swift',
  dart: 'dart',
  c: 'c',
  h: 'c',
  cpp: 'cpp',
  cc: 'cpp',
  cxx: 'cpp',
  hpp: 'cpp',
  hh: 'cpp',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  css: 'css',
  scss: 'css',
  sass: 'css',
  less: 'css',
  tf: 'hcl',
  hcl: 'hcl',
  sh: 'shell',
  bash: 'shell',
  zsh: 'shell',
};

/** Extension-less file names that are code (manifests such as Gemfile are configuration, not code). */
export const FILENAME_LANGUAGE: Readonly<Record<string, LanguageId>> = {
  Rakefile: 'ruby',
};

export function languageOf(name: string): LanguageId | undefined {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return FILENAME_LANGUAGE[name];
  return EXTENSION_LANGUAGE[name.slice(dot + 1).toLowerCase()];
}
