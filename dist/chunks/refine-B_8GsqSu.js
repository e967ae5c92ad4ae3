import { fileURLToPath as __inframateFileURLToPath } from "node:url";
import { dirname as __inframateDirname } from "node:path";
import { createRequire as __inframateCreateRequire } from "node:module";
globalThis.__inframateDistDir ??= __inframateDirname(__inframateDirname(__inframateFileURLToPath(import.meta.url)));
const require = __inframateCreateRequire(import.meta.url);
import { join, resolve as resolve$1, relative, isAbsolute, dirname, sep, posix } from "node:path";
import { b as isUnknown, e as parseTerraformFile, d as loadTerraformFiles, f as readTextBoundedSync } from "./load-CM2Ct550.js";
import { readFileSync, statSync, openSync, readSync, closeSync, realpathSync, readdirSync, existsSync } from "node:fs";
import { AsyncLocalStorage } from "node:async_hooks";
import { g as getDefaultExportFromCjs } from "./_commonjsHelpers-Crdq61vZ.js";
import { r as redact, f as redactionTotal, j as jsonSchemaOf, g as estimateTokens, C as CHARS_PER_TOKEN } from "./index-C6oWUUQP.js";
import { f as fenceUntrusted, U as UNTRUSTED_DATA_RULES } from "./untrusted-4Ho-zrfl.js";
import { a as InframateError, s as severityRank, G as GaveUpError } from "./errors-D-4Njnnn.js";
import { h as hclString, o as escapeHclStringBody, t as tfIdent, m as awsName, q as hclLiteral, u as markdownText, v as hclMap, e as estimateCosts } from "./engine-CuWg4N1G.js";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import fs__default from "fs";
import { gunzipSync } from "node:zlib";
import { c as containerDefinitions, s as scanTerraform } from "./engine-CP773Iii.js";
import { g as discriminatedUnion, b as strictObject, a as array, s as string, _ as _enum, c as union$1, l as literal, n as number, d as boolean, o as object$1 } from "./schemas-CUcVUsYh.js";
const SKIP_DIRS = /* @__PURE__ */ new Set([
  ".git",
  ".hg",
  ".svn",
  "node_modules",
  "bower_components",
  "jspm_packages",
  "vendor",
  "dist",
  "build",
  "target",
  "obj",
  ".venv",
  "venv",
  "__pycache__",
  ".pytest_cache",
  ".mypy_cache",
  ".ruff_cache",
  ".tox",
  ".nox",
  ".eggs",
  ".next",
  ".nuxt",
  ".output",
  ".svelte-kit",
  ".astro",
  ".vercel",
  ".netlify",
  ".serverless",
  ".aws-sam",
  "cdk.out",
  ".terraform",
  ".terragrunt-cache",
  "coverage",
  ".nyc_output",
  ".cache",
  ".parcel-cache",
  ".turbo",
  ".gradle",
  ".idea",
  ".yarn",
  ".pnpm-store",
  "Pods",
  "Carthage",
  ".bundle",
  "_site",
  ".jekyll-cache",
  ".dart_tool",
  "deps",
  "_build"
]);
const VENDORED_DIRS = [
  /(^|\/)third[-_]?party\//i,
  /(^|\/)external\//,
  /(^|\/)\.mvn\//,
  /(^|\/)static\/admin\//,
  /(^|\/)wwwroot\/lib\//
];
const VENDORED_NAMES = [
  /^(gradlew|mvnw)(\.bat|\.cmd)?$/,
  /\.min\.(js|css|mjs)$/,
  /[-.]bundle\.(js|mjs)$/,
  /^jquery[^/]*\.js$/,
  /^bootstrap[^/]*\.(js|css)$/
];
const GENERATED_DIRS = [/(^|\/)generated\//, /(^|\/)__generated__\//];
const GENERATED_NAMES = [
  /\.pb\.(go|cc|h)$/,
  /_pb2(_grpc)?\.pyi?$/,
  /\.generated\.\w+$/,
  /\.g\.(dart|cs)$/,
  /\.designer\.cs$/i,
  /\.(js|css)\.map$/
];
const BUILD_SCRIPT_NAMES = [
  /^(build|settings)\.gradle\.kts$/,
  /^(vite|vitest|jest|webpack|rollup|babel|postcss|tailwind|eslint|prettier|next|nuxt|svelte|astro|gatsby-config|remix|karma|playwright|cypress)\.config\.[cm]?[jt]s$/,
  /^\.eslintrc\.c?js$/
];
const DOCUMENTATION = [/^docs?\//i, /(^|\/)documentation\//i, /^examples?\//i, /^samples?\//i, /^man\//];
const FIXTURES = [
  /(^|\/)(tests?|spec|__tests__|testing)\/(fixtures?|data|resources|testdata)\//i,
  /(^|\/)(fixtures?|testdata|__fixtures__|__mocks__)\//
];
const NOT_DEPLOYABLE = [
  ...DOCUMENTATION,
  ...FIXTURES,
  /(^|\/)\.devcontainer\//,
  /(^|\/)\.github\//,
  /(^|\/)\.circleci\//,
  /(^|\/)templates?\/(cookiecutter|\{\{)/
];
function isSkippedDir(name) {
  return SKIP_DIRS.has(name);
}
function inSkippedDir(path) {
  let start = 0;
  for (let i = path.indexOf("/"); i >= 0; i = path.indexOf("/", start)) {
    if (SKIP_DIRS.has(path.slice(start, i))) return true;
    start = i + 1;
  }
  return false;
}
const union = (lists) => new RegExp(
  lists.flat().map((r) => `(?:${r.source})`).join("|"),
  "i"
);
const ANY_DIR_EXCLUSION = union([VENDORED_DIRS, GENERATED_DIRS, DOCUMENTATION, FIXTURES]);
function dirExclusion(dirSlash) {
  if (!ANY_DIR_EXCLUSION.test(dirSlash)) return void 0;
  if (VENDORED_DIRS.some((r) => r.test(dirSlash))) return "vendored";
  if (GENERATED_DIRS.some((r) => r.test(dirSlash))) return "generated";
  if (DOCUMENTATION.some((r) => r.test(dirSlash))) return "documentation";
  if (FIXTURES.some((r) => r.test(dirSlash))) return "fixture";
  return void 0;
}
function nameExclusion(name) {
  if (VENDORED_NAMES.some((r) => r.test(name))) return "vendored";
  if (GENERATED_NAMES.some((r) => r.test(name))) return "generated";
  if (BUILD_SCRIPT_NAMES.some((r) => r.test(name))) return "build-script";
  return void 0;
}
function isDeployablePath(dir) {
  const p = dir === "." ? "" : dir + "/";
  return !NOT_DEPLOYABLE.some((r) => r.test(p));
}
function dirOf(path) {
  const i = path.lastIndexOf("/");
  return i < 0 ? "." : path.slice(0, i);
}
function joinPath(dir, name) {
  return dir === "." || dir === "" ? name : `${dir}/${name}`;
}
function isWithin(path, dir) {
  return dir === "." || path === dir || path.startsWith(dir + "/");
}
function findGitDir(dir) {
  let cur = resolve$1(dir);
  for (let depth2 = 0; depth2 < 64; depth2++) {
    const dotGit = join(cur, ".git");
    let st;
    try {
      st = statSync(dotGit);
    } catch {
      st = void 0;
    }
    if (st?.isDirectory()) return { gitDir: dotGit, prefix: toPosix(relative(cur, resolve$1(dir))) };
    if (st?.isFile()) {
      const m = /^gitdir:\s*(.+)$/m.exec(readSmall(dotGit));
      if (!m) return null;
      const gitDir = isAbsolute(m[1].trim()) ? m[1].trim() : resolve$1(cur, m[1].trim());
      return { gitDir, prefix: toPosix(relative(cur, resolve$1(dir))) };
    }
    const parent = dirname(cur);
    if (parent === cur) return null;
    cur = parent;
  }
  return null;
}
function readSmall(file) {
  const fd = openSync(file, "r");
  try {
    const buf = Buffer.alloc(4096);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString("utf8");
  } finally {
    closeSync(fd);
  }
}
const toPosix = (p) => sep === "/" ? p : p.split(sep).join("/");
const S_IFMT = 61440;
const S_IFREG = 32768;
const FLAG_EXTENDED = 16384;
const NAME_MASK = 4095;
const EXT_SKIP_WORKTREE = 16384;
function streamGitIndex(buf, sink, hashSize = 20, under) {
  if (buf.length < 12 || buf.toString("latin1", 0, 4) !== "DIRC") return false;
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) return false;
  const count = buf.readUInt32BE(8);
  let pos = 12;
  const fixed = 40 + hashSize + 2;
  let scratch = version === 4 ? Buffer.alloc(4096) : buf;
  let curLen = 0;
  let prevDir = Buffer.alloc(256);
  let prevDirLen = -1;
  let dirString = "";
  const names = new NameTable();
  for (let i = 0; i < count; i++) {
    const start = pos;
    if (pos + fixed > buf.length) return false;
    const mode = u32(buf, pos + 24);
    const size = u32(buf, pos + 36);
    const flags = buf[pos + 40 + hashSize] << 8 | buf[pos + 41 + hashSize];
    pos += fixed;
    let skipWorktree = false;
    if (flags & FLAG_EXTENDED) {
      if (version < 3) return false;
      skipWorktree = (buf.readUInt16BE(pos) & EXT_SKIP_WORKTREE) !== 0;
      pos += 2;
    }
    let pathStart;
    let pathEnd;
    if (version === 4) {
      let byte = buf[pos++];
      let strip = byte & 127;
      while (byte & 128) {
        byte = buf[pos++];
        strip = strip + 1 << 7 | byte & 127;
      }
      const end = buf.indexOf(0, pos);
      if (end < 0 || strip > curLen) return false;
      const keep = curLen - strip;
      const need = keep + (end - pos);
      if (need > scratch.length) {
        const bigger = Buffer.alloc(need * 2);
        scratch.copy(bigger, 0, 0, keep);
        scratch = bigger;
      }
      buf.copy(scratch, keep, pos, end);
      curLen = need;
      pathStart = 0;
      pathEnd = curLen;
      pos = end + 1;
    } else {
      const nameLen = flags & NAME_MASK;
      const end = nameLen < NAME_MASK ? pos + nameLen : buf.indexOf(0, pos);
      if (end < 0 || end > buf.length) return false;
      pathStart = pos;
      pathEnd = end;
      pos = start + (end - start + 8 & -8);
    }
    if ((mode & S_IFMT) === 16384) return false;
    if ((mode & S_IFMT) !== S_IFREG || skipWorktree) continue;
    if ((flags >> 12 & 3) > 1) continue;
    const src = version === 4 ? scratch : buf;
    if (under && !startsWithBytes(src, pathStart, pathEnd, under)) continue;
    let slash = pathEnd - 1;
    while (slash >= pathStart && src[slash] !== 47) slash--;
    const dirLen = slash + 1 - pathStart;
    let same = dirLen === prevDirLen;
    for (let k = 0; same && k < dirLen; k++) if (src[pathStart + k] !== prevDir[k]) same = false;
    if (!same) {
      if (dirLen > prevDir.length) prevDir = Buffer.alloc(dirLen * 2);
      src.copy(prevDir, 0, pathStart, pathStart + dirLen);
      prevDirLen = dirLen;
      dirString = src.toString("utf8", pathStart, pathStart + dirLen);
    }
    sink(dirString, names.get(src, slash + 1, pathEnd), size);
  }
  if (buf.indexOf("link", pos, "latin1") === pos) return false;
  return true;
}
function u32(buf, at) {
  return (buf[at] << 24 | buf[at + 1] << 16 | buf[at + 2] << 8 | buf[at + 3]) >>> 0;
}
function startsWithBytes(src, start, end, prefix) {
  if (end - start < prefix.length) return false;
  for (let k = 0; k < prefix.length; k++) if (src[start + k] !== prefix[k]) return false;
  return true;
}
class NameTable {
  buckets = /* @__PURE__ */ new Map();
  get(src, start, end) {
    let h = 2166136261;
    for (let i = start; i < end; i++) h = Math.imul(h ^ src[i], 16777619);
    let bucket = this.buckets.get(h);
    if (bucket) {
      const len = end - start;
      for (const e of bucket) {
        if (e.bytes.length !== len) continue;
        let same = true;
        for (let k = 0; k < len; k++) {
          if (e.bytes[k] !== src[start + k]) {
            same = false;
            break;
          }
        }
        if (same) return e.name;
      }
    } else this.buckets.set(h, bucket = []);
    const name = src.toString("utf8", start, end);
    bucket.push({ bytes: Buffer.from(src.subarray(start, end)), name });
    return name;
  }
}
function locateGitIndex(dir) {
  const loc = findGitDir(dir);
  if (!loc) return null;
  let hashSize = 20;
  try {
    if (/objectformat\s*=\s*sha256/i.test(readFileSync(join(loc.gitDir, "config"), "utf8"))) hashSize = 32;
  } catch {
  }
  return { index: join(loc.gitDir, "index"), hashSize, prefix: loc.prefix };
}
function streamTrackedFiles(dir, sink, skipDir) {
  const loc = locateGitIndex(dir);
  if (!loc) return false;
  let buf;
  try {
    buf = readFileSync(loc.index);
  } catch {
    return false;
  }
  const prefix = loc.prefix ? loc.prefix + "/" : "";
  let lastDir = "\0";
  let lastOut = null;
  let seen = 0;
  const ok = streamGitIndex(
    buf,
    (dirSlash, name, size) => {
      if (dirSlash !== lastDir) {
        lastDir = dirSlash;
        lastOut = !dirSlash.startsWith(prefix) ? null : dirSlash.slice(prefix.length);
        if (lastOut !== null && lastOut !== "" && skipDir(lastOut)) lastOut = null;
      }
      if (lastOut === null) return;
      seen++;
      sink(lastOut, name, size);
    },
    loc.hashSize,
    // Only entries under `dir` are decoded (the sink would drop the others).
    prefix ? Buffer.from(prefix, "utf8") : void 0
  );
  return ok && seen > 0;
}
const EXTENSION_LANGUAGE = {
  js: "javascript",
  mjs: "javascript",
  cjs: "javascript",
  jsx: "javascript",
  ts: "typescript",
  mts: "typescript",
  cts: "typescript",
  tsx: "typescript",
  // Single-file components: their own languages, as in Linguist.
  vue: "vue",
  svelte: "svelte",
  astro: "astro",
  py: "python",
  pyi: "python",
  rb: "ruby",
  rake: "ruby",
  gemspec: "ruby",
  ru: "ruby",
  erb: "html",
  java: "java",
  kt: "kotlin",
  kts: "kotlin",
  scala: "scala",
  sc: "scala",
  groovy: "groovy",
  go: "go",
  php: "php",
  phtml: "php",
  cs: "csharp",
  csx: "csharp",
  cshtml: "html",
  razor: "html",
  fs: "fsharp",
  fsx: "fsharp",
  rs: "rust",
  ex: "elixir",
  exs: "elixir",
  swift: "swift",
  dart: "dart",
  c: "c",
  h: "c",
  cpp: "cpp",
  cc: "cpp",
  cxx: "cpp",
  hpp: "cpp",
  hh: "cpp",
  html: "html",
  htm: "html",
  xhtml: "html",
  css: "css",
  scss: "css",
  sass: "css",
  less: "css",
  tf: "hcl",
  hcl: "hcl",
  sh: "shell",
  bash: "shell",
  zsh: "shell"
};
const FILENAME_LANGUAGE = {
  Rakefile: "ruby"
};
function languageOf(name) {
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return FILENAME_LANGUAGE[name];
  return EXTENSION_LANGUAGE[name.slice(dot + 1).toLowerCase()];
}
var ignore$1 = { exports: {} };
var hasRequiredIgnore;
function requireIgnore() {
  if (hasRequiredIgnore) return ignore$1.exports;
  hasRequiredIgnore = 1;
  (function(module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    const UNDEFINED = void 0;
    const EMPTY = "";
    const SPACE = " ";
    const ESCAPE = "\\";
    const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    const BOM = "\uFEFF";
    const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    const REGEX_SPLITALL_CRLF = /\r?\n/g;
    const DOUBLE_SLASH = "//";
    const SLASH_CODE = 47;
    const DOT_CODE = 46;
    const SLASH = "/";
    let TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    const KEY_IGNORE = TMP_KEY_IGNORE;
    const define = (object2, key, value) => {
      Object.defineProperty(object2, key, { value });
      return value;
    };
    const RETURN_FALSE = () => false;
    const POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    const CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    const escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    const NON_SLASH = "(?!\\/)";
    const classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    const scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    const NEVER_MATCH = "[]";
    const PLACEHOLDER = "\0";
    const REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    const TRAILING_WILDCARD = "\uE000";
    const TRAILING_DOUBLESTAR = "\uE001";
    const isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    const extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    const DIRECT = null;
    const REGEX_INNER_SLASH = /\/(?!$)/;
    const WILDCARD = "[^\\/]*";
    const REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str2) => index + 6 < str2.length ? str2.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    const MODE_IGNORE = "regex";
    const MODE_CHECK_IGNORE = "checkRegex";
    const UNDERSCORE = "_";
    const replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    const replaceTrailingDoublestar = () => "[\\s\\S]";
    const separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    const pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth2 = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth2++;
            } else if (source[end] === ")") {
              depth2--;
            }
            end++;
          } while (end < length && depth2 > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    const makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    const checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    const matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    const basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    const parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    const isString = (subject) => typeof subject === "string";
    const checkPattern = (pattern) => pattern && isString(pattern);
    const splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    class IgnoreRule {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str2 = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str2, "i") : new RegExp(str2);
        return define(this, key, regex);
      }
    }
    const hasTrailingBackslash = (str2) => {
      let count = 0;
      while (str2[str2.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    const trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    const createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    class RuleManager {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    }
    const throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    const checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    const isNotRelative = (path) => {
      const first2 = path.charCodeAt(0);
      if (first2 === SLASH_CODE) {
        return true;
      }
      if (first2 !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    const convertPath = (target) => isString(target) && checkPath.convert(target);
    class Ignore {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal2 = this._rules.testLiteral(path);
        return literal2.ignored || literal2.unignored ? literal2 : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    }
    const factory = (options) => new Ignore(options);
    const isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    const setupWindows = () => {
      const makePosix = (str2) => /^\\\\\?\\/.test(str2) || /["<>|\u0000-\u001F]+/u.test(str2) ? str2 : str2.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  })(ignore$1);
  return ignore$1.exports;
}
var ignoreExports = requireIgnore();
var ignore = /* @__PURE__ */ getDefaultExportFromCjs(ignoreExports);
const SIZE_SAMPLE = 256;
function byNameOnly(gitignore) {
  for (const raw of gitignore.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    if (line.startsWith("!") || line.includes("\\") || line.replace(/\/$/, "").includes("/")) return false;
  }
  return true;
}
const sharedWalks = new AsyncLocalStorage();
function shareWalks(fn) {
  return sharedWalks.run(/* @__PURE__ */ new Map(), fn);
}
function walkTree(root, sink, opts = {}) {
  const maxFiles = opts.maxFiles ?? 1e6;
  const exactUpTo = opts.exactSizesUpTo ?? 2e4;
  let realRoot;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = root;
  }
  const store = sharedWalks.getStore();
  const previous = store?.get(realRoot);
  if (previous && previous.dirs.length < maxFiles && (opts.sizes === false || previous.sizes && previous.exactUpTo === exactUpTo)) {
    return replay(previous, sink, opts.sizes !== false);
  }
  const record = store ? { sizes: opts.sizes !== false, exactUpTo, dirs: [], names: [], sizesOf: [], warnings: [], estimated: 0 } : void 0;
  const result = walkTreeNow(root, realRoot, record ? recording(record, sink) : sink, opts, maxFiles, exactUpTo, record);
  if (store && record && result.files < maxFiles) store.set(realRoot, record);
  return result;
}
function recording(record, sink) {
  return (dirSlash, name, size) => {
    record.dirs.push(dirSlash);
    record.names.push(name);
    record.sizesOf.push(size);
    sink(dirSlash, name, size);
  };
}
function replay(r, sink, sizes) {
  const warnings = [];
  let w = 0;
  for (let i = 0; i < r.dirs.length; i++) {
    while (w < r.warnings.length && r.warnings[w].at <= i) warnings.push(r.warnings[w++].warning);
    sink(r.dirs[i], r.names[i], sizes ? r.sizesOf[i] : -1);
  }
  while (w < r.warnings.length) warnings.push(r.warnings[w++].warning);
  const files = r.dirs.length;
  if (sizes && r.estimated > 0) warnings.push(estimatedWarning(files, r.estimated));
  return { files, warnings };
}
const estimatedWarning = (files, estimated) => ({
  file: ".",
  message: `${files} files: the sizes of ${estimated} code files are their extension's mean over a measured sample (language shares are estimates)`
});
function walkTreeNow(root, realRoot, sink, opts, maxFiles, exactUpTo, record) {
  let files = 0;
  const warnings = [];
  const warn = (warning) => {
    warnings.push(warning);
    record?.warnings.push({ at: files, warning });
  };
  const sampled = /* @__PURE__ */ new Map();
  let estimated = 0;
  const codeSize = (statPrefix, name) => {
    if (opts.sizes === false) return -1;
    const dot = name.lastIndexOf(".");
    const ext = dot > 0 ? name.slice(dot).toLowerCase() : name;
    const s = sampled.get(ext);
    if (files > exactUpTo && s && s.n >= SIZE_SAMPLE) {
      estimated++;
      return Math.round(s.bytes / s.n);
    }
    const size = sizeOf(statPrefix + name);
    if (size >= 0) {
      if (s) {
        s.n++;
        s.bytes += size;
      } else sampled.set(ext, { n: 1, bytes: size });
    }
    return size;
  };
  const inside = (real) => real === realRoot || real.startsWith(realRoot + sep);
  const ignored = (scopes, rel, isDir, name) => {
    for (const s of scopes) {
      const sub = s.base === "." ? rel : rel.slice(s.base.length + 1);
      if (s.byName) {
        const key = isDir ? name + "/" : name;
        let verdict = s.byName.get(key);
        if (verdict === void 0) s.byName.set(key, verdict = s.ig.ignores(isDir ? sub + "/" : sub));
        if (verdict) return true;
      } else if (s.ig.ignores(isDir ? sub + "/" : sub)) return true;
    }
    return false;
  };
  const visit = (dir, scopes) => {
    const abs = dir === "." ? root : join(root, dir);
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (error) {
      const code = error.code;
      warn({ file: dir === "." ? "." : dir + "/", message: `directory not readable (${code ?? "error"}), skipped` });
      return;
    }
    const gi = entries.find((e) => e.name === ".gitignore" && e.isFile());
    if (gi) {
      try {
        const text = readFileSync(join(abs, ".gitignore"), "utf8");
        scopes = [...scopes, { base: dir, ig: ignore().add(text), ...byNameOnly(text) ? { byName: /* @__PURE__ */ new Map() } : {} }];
      } catch {
        warn({ file: joinPath(dir, ".gitignore"), message: ".gitignore not readable, ignored" });
      }
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const dirSlash = dir === "." ? "" : dir + "/";
    let statPrefix;
    for (const e of entries) {
      if (files >= maxFiles) return;
      const rel = joinPath(dir, e.name);
      if (e.isDirectory()) {
        if (isSkippedDir(e.name) || ignored(scopes, rel, true, e.name)) continue;
        visit(rel, scopes);
      } else if (e.isFile()) {
        if (ignored(scopes, rel, false, e.name)) continue;
        files++;
        sink(dirSlash, e.name, languageOf(e.name) ? codeSize(statPrefix ??= statPrefixOf(abs), e.name) : -1);
      } else if (e.isSymbolicLink()) {
        if (ignored(scopes, rel, false, e.name)) continue;
        const target = join(abs, e.name);
        let real;
        try {
          real = realpathSync(target);
        } catch (error) {
          const code = error.code;
          warn({
            file: rel,
            message: code === "ELOOP" ? "symlink loop, skipped" : `broken symlink (${code ?? "error"}), skipped`
          });
          continue;
        }
        if (!inside(real)) {
          warn({
            file: rel,
            message: `symlink points outside the repository (${relative(realRoot, real) || real}), not followed`
          });
          continue;
        }
        let st;
        try {
          st = statSync(real);
        } catch {
          continue;
        }
        if (st.isFile()) {
          files++;
          sink(dirSlash, e.name, st.size);
        }
      }
    }
  };
  visit(".", []);
  if (record) record.estimated = estimated;
  if (files >= maxFiles) warnings.push({ file: ".", message: `more than ${maxFiles} files: the profile covers the first ${maxFiles}` });
  if (estimated > 0) warnings.push(estimatedWarning(files, estimated));
  return { files, warnings };
}
function statPrefixOf(dir) {
  return join(dir, "x").slice(0, -1);
}
function sizeOf(file) {
  try {
    return statSync(file).size;
  } catch {
    return -1;
  }
}
const COMPONENT_KINDS = [
  "vpc",
  "ecs-cluster",
  "ecr-repository",
  "ecs-fargate-service",
  "alb",
  "lambda-function",
  "api-gateway-http",
  "s3-static-site",
  "cloudfront",
  "rds-postgresql",
  "rds-mysql",
  "rds-sqlserver",
  "aurora-serverless-v2",
  "elasticache-redis",
  "dynamodb-table",
  "documentdb",
  "opensearch",
  "sqs-queue",
  "sns-topic",
  "secrets",
  "observability",
  "github-deploy"
];
const ARCHITECTURES = ["arm64", "x86_64"];
const LOG_RETENTION_DAYS = [7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 3653];
const RDS_INSTANCE_CLASSES = [
  "db.t4g.micro",
  "db.t4g.small",
  "db.t4g.medium",
  "db.t4g.large",
  "db.t3.micro",
  "db.t3.small",
  "db.t3.medium",
  "db.t3.large",
  "db.m7g.large",
  "db.m7g.xlarge",
  "db.m7g.2xlarge",
  "db.m6i.large",
  "db.m6i.xlarge",
  "db.r7g.large",
  "db.r7g.xlarge",
  "db.r7g.2xlarge",
  "db.r6i.large"
];
const SQLSERVER_EXPRESS_CLASSES = ["db.t3.small", "db.t3.medium", "db.t3.large", "db.t3.xlarge"];
const SQLSERVER_STANDARD_CLASSES = [
  "db.t3.xlarge",
  "db.m6i.large",
  "db.m6i.xlarge",
  "db.m6i.2xlarge",
  "db.r6i.large",
  "db.r6i.xlarge"
];
const SQLSERVER_INSTANCE_CLASSES = [.../* @__PURE__ */ new Set([...SQLSERVER_EXPRESS_CLASSES, ...SQLSERVER_STANDARD_CLASSES])];
const SQLSERVER_EDITIONS = ["sqlserver-ex", "sqlserver-se"];
const SQLSERVER_VERSIONS = ["16.00", "15.00"];
const DOCDB_INSTANCE_CLASSES = [
  "db.t4g.medium",
  "db.t3.medium",
  "db.r6g.large",
  "db.r6g.xlarge",
  "db.r7g.large",
  "db.r7g.xlarge"
];
const CACHE_NODE_TYPES = [
  "cache.t4g.micro",
  "cache.t4g.small",
  "cache.t4g.medium",
  "cache.t3.micro",
  "cache.t3.small",
  "cache.t3.medium",
  "cache.m7g.large",
  "cache.m7g.xlarge",
  "cache.r7g.large",
  "cache.r7g.xlarge"
];
const OPENSEARCH_INSTANCE_TYPES = [
  "t3.small.search",
  "t3.medium.search",
  "m7g.large.search",
  "m7g.xlarge.search",
  "r7g.large.search",
  "r7g.xlarge.search"
];
const LAMBDA_RUNTIMES = [
  "nodejs22.x",
  "nodejs20.x",
  "python3.13",
  "python3.12",
  "java21",
  "java17",
  "ruby3.3",
  "dotnet8",
  "provided.al2023"
];
const POSTGRES_VERSIONS = ["17", "16", "15"];
const MYSQL_VERSIONS = ["8.4", "8.0"];
const FARGATE_MEMORY_BY_CPU = {
  256: [512, 1024, 2048],
  512: [1024, 2048, 3072, 4096],
  1024: [2048, 3072, 4096, 5120, 6144, 7168, 8192],
  2048: Array.from({ length: 13 }, (_, i) => 4096 + i * 1024),
  4096: Array.from({ length: 23 }, (_, i) => 8192 + i * 1024)
};
const int = (min, max) => number().int().min(min).max(max);
const SHORT_NAME = /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/;
const shortName = string().regex(SHORT_NAME, "lowercase letters, digits and dashes, 2\u201332 characters, starting with a letter");
const attributeName = string().regex(/^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/, "an attribute name of letters, digits, _ . -");
const httpPath = string().regex(/^\/[A-Za-z0-9._~/-]{0,127}$/, "an absolute URL path");
const retention = union$1(LOG_RETENTION_DAYS.map((d) => literal(d)));
const cidr16to24 = string().regex(
  /^(10\.\d{1,3}\.0\.0\/16|172\.(1[6-9]|2\d|3[01])\.0\.0\/16|192\.168\.0\.0\/16)$/,
  "a private /16 CIDR (10.x.0.0/16, 172.16-31.0.0/16 or 192.168.0.0/16)"
);
const lambdaHandler = string().regex(/^[A-Za-z0-9_.:$/-]{1,128}$/, "a handler like index.handler");
const repoPath = string().regex(/^(?!\.\.?\/)(?!\/)[A-Za-z0-9_.@/+-]{1,300}$/, "a path inside the repository");
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"];
const lambdaFunctionSchema = strictObject({
  /** Key of the function (function name suffix, map key). */
  name: shortName,
  handler: lambdaHandler,
  runtime: _enum(LAMBDA_RUNTIMES),
  /** The handler's code file, and the folder packaged with it (Python) ? relative to the repository root. */
  source: repoPath,
  codeDir: union$1([literal("."), repoPath]),
  /** HTTP API routes ("GET /notes/{id}") integrated with this function. */
  routes: array(strictObject({ method: _enum(HTTP_METHODS), path: string().regex(/^\/[A-Za-z0-9._~{}+/-]{0,255}$/) })).max(100),
  /** Lambda proxy payload: 1.0 for handlers written for a REST API (event.httpMethod), 2.0 for HTTP APIs. */
  payloadFormat: _enum(["1.0", "2.0"]),
  /** Variables set to a generated DynamoDB table's name (the table component's `name`). */
  tables: array(strictObject({ env: string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,127}$/), table: shortName })).max(20)
});
const PARAMETER_SCHEMAS = {
  vpc: () => strictObject({
    cidr: cidr16to24,
    azCount: int(2, 3),
    /** One NAT gateway for all AZs (cheaper, one AZ's failure cuts egress) or one per AZ. */
    singleNatGateway: boolean(),
    flowLogs: boolean()
  }),
  "ecs-cluster": () => strictObject({
    containerInsights: boolean()
  }),
  "ecr-repository": () => strictObject({
    scanOnPush: boolean(),
    imageTagMutability: _enum(["IMMUTABLE", "MUTABLE"]),
    keepImages: int(1, 1e3)
  }),
  "ecs-fargate-service": () => strictObject({
    cpu: union$1([literal(256), literal(512), literal(1024), literal(2048), literal(4096)]),
    memory: int(512, 30720),
    architecture: _enum(ARCHITECTURES),
    containerPort: int(1, 65535),
    healthCheckPath: httpPath,
    minTasks: int(1, 50),
    maxTasks: int(1, 200),
    cpuTargetPercent: int(20, 90),
    /** Run part of the capacity on Fargate Spot (interruptible, ~70% cheaper). */
    spot: boolean()
  }).superRefine((p, ctx) => {
    if (!(FARGATE_MEMORY_BY_CPU[p.cpu] ?? []).includes(p.memory)) {
      ctx.addIssue({
        code: "custom",
        path: ["memory"],
        message: `memory ${p.memory} MiB is not valid with ${p.cpu} CPU units on Fargate (valid: ${(FARGATE_MEMORY_BY_CPU[p.cpu] ?? []).join(", ")})`
      });
    }
    if (p.maxTasks < p.minTasks) ctx.addIssue({ code: "custom", path: ["maxTasks"], message: "maxTasks must be \u2265 minTasks" });
  }),
  alb: () => strictObject({
    idleTimeoutSeconds: int(1, 4e3),
    deletionProtection: boolean(),
    /** AWS WAF with the managed common and known-bad-inputs rule sets in front of the load balancer. */
    waf: boolean()
  }),
  "lambda-function": () => strictObject({
    runtime: _enum(LAMBDA_RUNTIMES),
    handler: lambdaHandler,
    memoryMb: int(128, 10240),
    timeoutSeconds: int(1, 900),
    architecture: _enum(ARCHITECTURES),
    reservedConcurrency: int(-1, 1e3),
    /**
     * The repository's handlers (serverless layouts): one function each, generated from one module
     * with for_each. Absent: one function of `runtime`/`handler` named after the service.
     */
    functions: array(lambdaFunctionSchema).min(1).max(200).optional()
  }),
  "api-gateway-http": () => strictObject({
    throttlingBurstLimit: int(1, 1e4),
    throttlingRateLimit: int(1, 1e4)
  }),
  "s3-static-site": () => strictObject({
    versioning: boolean(),
    indexDocument: string().regex(/^[A-Za-z0-9._-]{1,64}$/),
    /** Single-page apps route every unknown path to the index document. */
    singlePageApp: boolean()
  }),
  cloudfront: () => strictObject({
    priceClass: _enum(["PriceClass_100", "PriceClass_200", "PriceClass_All"]),
    defaultTtlSeconds: int(0, 31536e3),
    waf: boolean()
  }),
  "rds-postgresql": () => strictObject({
    instanceClass: _enum(RDS_INSTANCE_CLASSES),
    engineVersion: _enum(POSTGRES_VERSIONS),
    allocatedStorageGb: int(20, 65536),
    maxAllocatedStorageGb: int(20, 65536),
    multiAz: boolean(),
    backupRetentionDays: int(1, 35),
    deletionProtection: boolean(),
    performanceInsights: boolean()
  }),
  "rds-mysql": () => strictObject({
    instanceClass: _enum(RDS_INSTANCE_CLASSES),
    engineVersion: _enum(MYSQL_VERSIONS),
    allocatedStorageGb: int(20, 65536),
    maxAllocatedStorageGb: int(20, 65536),
    multiAz: boolean(),
    backupRetentionDays: int(1, 35),
    deletionProtection: boolean(),
    performanceInsights: boolean()
  }),
  "rds-sqlserver": () => strictObject({
    edition: _enum(SQLSERVER_EDITIONS),
    instanceClass: _enum(SQLSERVER_INSTANCE_CLASSES),
    engineVersion: _enum(SQLSERVER_VERSIONS),
    allocatedStorageGb: int(20, 16384),
    maxAllocatedStorageGb: int(20, 16384),
    multiAz: boolean(),
    backupRetentionDays: int(1, 35),
    deletionProtection: boolean(),
    performanceInsights: boolean()
  }).superRefine((p, ctx) => {
    const allowed = p.edition === "sqlserver-ex" ? SQLSERVER_EXPRESS_CLASSES : SQLSERVER_STANDARD_CLASSES;
    if (!allowed.includes(p.instanceClass)) {
      ctx.addIssue({
        code: "custom",
        path: ["instanceClass"],
        message: `${p.instanceClass} is not offered for ${p.edition} (valid: ${allowed.join(", ")})`
      });
    }
    if (p.edition === "sqlserver-ex" && p.multiAz)
      ctx.addIssue({ code: "custom", path: ["multiAz"], message: "Express has no Multi-AZ" });
    if (p.maxAllocatedStorageGb < p.allocatedStorageGb) {
      ctx.addIssue({ code: "custom", path: ["maxAllocatedStorageGb"], message: "maxAllocatedStorageGb must be \u2265 allocatedStorageGb" });
    }
  }),
  "aurora-serverless-v2": () => strictObject({
    engine: _enum(["aurora-postgresql", "aurora-mysql"]),
    minCapacity: number().min(0).max(256).multipleOf(0.5),
    maxCapacity: number().min(1).max(256).multipleOf(0.5),
    instances: int(1, 3),
    backupRetentionDays: int(1, 35),
    deletionProtection: boolean()
  }).refine((p) => p.maxCapacity >= p.minCapacity, { path: ["maxCapacity"], message: "maxCapacity must be \u2265 minCapacity" }),
  "elasticache-redis": () => strictObject({
    nodeType: _enum(CACHE_NODE_TYPES),
    replicas: int(0, 5),
    automaticFailover: boolean(),
    snapshotRetentionDays: int(0, 35)
  }),
  "dynamodb-table": () => strictObject({
    name: shortName,
    hashKey: attributeName,
    rangeKey: attributeName.optional(),
    billingMode: _enum(["PAY_PER_REQUEST", "PROVISIONED"]),
    readCapacity: int(1, 4e4),
    writeCapacity: int(1, 4e4),
    pointInTimeRecovery: boolean(),
    deletionProtection: boolean()
  }),
  documentdb: () => strictObject({
    instanceClass: _enum(DOCDB_INSTANCE_CLASSES),
    instances: int(1, 3),
    backupRetentionDays: int(1, 35),
    deletionProtection: boolean()
  }),
  opensearch: () => strictObject({
    instanceType: _enum(OPENSEARCH_INSTANCE_TYPES),
    instanceCount: int(1, 10),
    volumeGb: int(10, 1024),
    zoneAwareness: boolean()
  }),
  "sqs-queue": () => strictObject({
    name: shortName,
    fifo: boolean(),
    visibilityTimeoutSeconds: int(0, 43200),
    messageRetentionSeconds: int(60, 1209600),
    maxReceiveCount: int(1, 100)
  }),
  "sns-topic": () => strictObject({
    name: shortName
  }),
  secrets: () => strictObject({
    /** Application secrets created empty; values are set out of band, never in Terraform. */
    names: array(shortName).max(100),
    recoveryWindowDays: union$1([literal(0), int(7, 30)])
  }),
  observability: () => strictObject({
    logRetentionDays: retention,
    alarms: boolean()
  }),
  /** GitHub OIDC provider and a deploy role limited to one repository branch (push images, roll services, sync sites). */
  "github-deploy": () => strictObject({
    branch: string().regex(/^[A-Za-z0-9._/-]{1,100}$/, "a branch name")
  })
};
function defineBuiltOnFirstUse(target, key, build) {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = build();
      Object.defineProperty(target, key, { value, enumerable: true, writable: false, configurable: false });
      return value;
    }
  });
}
const componentParameterSchemas = (() => {
  const out = {};
  for (const kind of COMPONENT_KINDS) defineBuiltOnFirstUse(out, kind, PARAMETER_SCHEMAS[kind]);
  return out;
})();
const WIRED_STORES = ["postgresql", "mysql", "mariadb", "sqlserver", "redis", "mongodb", "opensearch", "elasticsearch"];
const envName = string().regex(/^[A-Za-z_][A-Za-z0-9_.-]{0,127}$/, "an environment variable name");
const wiredEnvSchema = discriminatedUnion("from", [
  strictObject({ name: envName, from: literal("literal"), value: string().max(1024) }),
  strictObject({
    name: envName,
    from: literal("datastore"),
    store: _enum(WIRED_STORES),
    field: _enum(["host", "port", "user", "name", "address", "jdbc-url", "cache-url", "broker-url", "search-url"])
  }),
  /** A key of the datastore's connection secret (password, or a URL embedding it): `valueFrom` ?:KEY:: */
  strictObject({
    name: envName,
    from: literal("datastore-secret"),
    store: _enum(WIRED_STORES),
    key: _enum(["password", "username", "url", "url_no_verify", "url_asyncpg", "url_mysql2"])
  }),
  /** A generated application secret (random, kept in Secrets Manager, shared by every unit reading the name). */
  /** `fill: 'team'`: a third-party credential (Cloudflare, Stripe, OAuth): created with a random placeholder the team replaces. */
  strictObject({ name: envName, from: literal("app-secret"), length: int(16, 128), fill: literal("team").optional() }),
  /** Another unit's address through ECS Service Connect. */
  strictObject({
    name: envName,
    from: literal("service"),
    unit: shortName,
    port: int(1, 65535),
    scheme: _enum(["", "http", "grpc"])
  }),
  strictObject({ name: envName, from: _enum(["region", "public-url", "public-host"]) })
]);
const serviceWiringSchema = strictObject({
  /** web: behind the shared load balancer; internal: reachable by name only (Service Connect); worker: no inbound. */
  role: _enum(["web", "internal", "worker"]),
  protocol: _enum(["http", "grpc", "tcp", "none"]),
  healthGraceSeconds: int(0, 1800),
  /** Names other units use to reach it (its own name, hard-coded hosts like "cartservice"). */
  aliases: array(shortName).max(10),
  /** Services it calls (their names): security groups allow this traffic. */
  calls: array(shortName).max(50),
  env: array(wiredEnvSchema).max(200),
  /**
   * Host names the code hard-codes for a datastore (compose's `db`): resolved inside the VPC by a private
   * hosted zone (CNAME to the managed endpoint) that the VPC's DHCP options put on the DNS search list.
   */
  datastoreHosts: array(strictObject({ host: string().regex(/^[a-z][a-z0-9-]{0,62}$/, "a DNS label"), store: _enum(WIRED_STORES) })).max(10).optional(),
  /** One-off commands run before the services roll (migrations), in order. */
  oneOff: array(strictObject({ kind: string().max(32), command: string().min(1).max(1024) })).max(10),
  /** The image recipe: the repository's Dockerfile and build context, or a generated Dockerfile. */
  image: strictObject({
    dockerfile: string().max(300).nullable(),
    context: string().max(300),
    target: string().max(100).optional(),
    generated: boolean()
  })
});
const componentSchemaOfKind = /* @__PURE__ */ new Map();
function kindSchema(kind) {
  let schema = componentSchemaOfKind.get(kind);
  if (!schema) {
    schema = strictObject({
      kind: literal(kind),
      service: string().min(1).max(64).optional(),
      imageFrom: string().min(1).max(64).optional(),
      command: array(string().min(1).max(1024)).min(1).max(64).optional(),
      wiring: serviceWiringSchema.optional(),
      parameters: componentParameterSchemas[kind],
      rationale: string().min(1).max(500),
      monthlyCost: number().nonnegative().nullable().optional()
    });
    componentSchemaOfKind.set(kind, schema);
  }
  return schema;
}
let wholeUnion;
const componentUnion = () => wholeUnion ??= discriminatedUnion(
  "kind",
  COMPONENT_KINDS.map(kindSchema)
);
function schemaFor(value) {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const kind = value.kind;
    if (isComponentKind(kind)) return kindSchema(kind);
  }
  return componentUnion();
}
const componentSchema = {
  parse: (value) => schemaFor(value).parse(value),
  safeParse: (value) => schemaFor(value).safeParse(value),
  /** The whole union (every kind built). */
  union: componentUnion
};
const isComponentKind = (v) => typeof v === "string" && COMPONENT_KINDS.includes(v);
function componentKey(c) {
  const name = "name" in c.parameters && typeof c.parameters.name === "string" ? c.parameters.name : void 0;
  return [c.kind, c.service, name].filter(Boolean).join(":");
}
const REFERENCE = /^[a-z_][a-z0-9_-]*(?:\.[a-z_][a-z0-9_-]*|\[\d+\]|\[\*\]|\["[a-z0-9_.>-]+"\])*$/i;
const QUOTED_REFERENCE = /^"[a-z:/.-]*\$\{[a-z_][a-z0-9_.\-[\]*]*\}"$/i;
function expr(value) {
  const s = String(value);
  if (REFERENCE.test(s) || QUOTED_REFERENCE.test(s)) return s;
  throw new Error(`refusing to insert ${JSON.stringify(s)} as a Terraform expression`);
}
function envValue(e) {
  if (e.parts) return `"${e.parts.map((x) => "ref" in x ? `\${${expr(x.ref)}}` : escapeHclStringBody(x.text)).join("")}"`;
  return e.ref ? expr(e.ref) : hclString(e.value ?? "");
}
function resourceArn(r) {
  return r.suffix ? `"\${${expr(r.ref)}}${escapeHclStringBody(r.suffix)}"` : expr(r.ref);
}
const ecsServiceModule = (key) => `module.ecs_service[${hclString(key)}]`;
const POSTGRES_URLS = [
  { key: "url", prefix: "postgresql://", suffix: "?sslmode=require" },
  { key: "url_no_verify", prefix: "postgresql://", suffix: "?sslmode=no-verify" },
  { key: "url_asyncpg", prefix: "postgresql+asyncpg://", suffix: "?ssl=require" }
];
const MYSQL_URLS = [
  { key: "url", prefix: "mysql://", suffix: "?ssl-mode=REQUIRED" },
  { key: "url_mysql2", prefix: "mysql2://", suffix: "?sslmode=required" }
];
function dbConnection(resource, hostAttr, port, engine, id) {
  const urls = engine === "postgresql" ? POSTGRES_URLS : engine === "mysql" ? MYSQL_URLS : engine === "mongodb" ? [{ key: "url", prefix: "mongodb://", suffix: "?tls=true&tlsCAFile=global-bundle.pem&retryWrites=false" }] : [];
  const jdbc = engine === "postgresql" ? { prefix: "jdbc:postgresql://", suffix: `:${port}/app?sslmode=require` } : engine === "mysql" ? { prefix: "jdbc:mysql://", suffix: `:${port}/app?sslMode=REQUIRED` } : engine === "sqlserver" ? { prefix: "jdbc:sqlserver://", suffix: `:${port};encrypt=true;trustServerCertificate=true` } : void 0;
  return {
    host: `${resource}.${hostAttr}`,
    port,
    user: "app_admin",
    dbName: "app",
    secretArn: `aws_secretsmanager_secret.${id}_connection.arn`,
    urls,
    plainUrls: jdbc ? { "jdbc-url": jdbc } : {}
  };
}
const passwordVersion = (id, label) => ({
  name: `${id}_password_version`,
  type: "number",
  description: `Increase to rotate the ${label} master password (written to the database and its connection secret in the same apply).`,
  default: 1
});
const svc = (c, fallback) => tfIdent(c.service ?? fallback);
const unitKey = (c, id) => c.service ?? id;
function firstByName(items) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((i) => !seen.has(i.name) && Boolean(seen.add(i.name)));
}
const fileName = (id, suffix) => `${id.replace(/_/g, "-")}${suffix ? `-${suffix}` : ""}.tf`;
const nameParam = (c) => "name" in c.parameters && typeof c.parameters.name === "string" ? c.parameters.name : c.kind;
const envPrefix = (id) => id.toUpperCase();
const sid = (verb, id) => verb + id.split("_").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
function dbReach(kind, id, _resource, _hostAttr, port, label) {
  return {
    kind,
    id,
    network: { sg: `aws_security_group.${id}_db.id`, port, label },
    env: [],
    secrets: [],
    iam: []
  };
}
const CATALOG = {
  vpc: {
    id: () => "main",
    file: () => "network.tf",
    label: "VPC",
    variables: (c) => [{ name: "vpc_cidr", type: "string", description: "CIDR block of the VPC.", default: c.parameters.cidr }],
    outputs: () => [
      { name: "vpc_id", description: "ID of the VPC.", value: "aws_vpc.main.id" },
      { name: "private_subnet_ids", description: "Private subnets (tasks, databases).", value: "aws_subnet.private[*].id" },
      { name: "public_subnet_ids", description: "Public subnets (load balancers, NAT).", value: "aws_subnet.public[*].id" }
    ]
  },
  "ecs-cluster": {
    id: () => "main",
    file: () => "ecs-cluster.tf",
    label: "ECS cluster",
    outputs: () => [{ name: "ecs_cluster_name", description: "Name of the ECS cluster.", value: "aws_ecs_cluster.main.name" }]
  },
  "ecr-repository": {
    id: (c) => svc(c, "app"),
    file: (_c, id) => fileName(id, "ecr"),
    label: "ECR repository"
    // One map of repositories in the root (ecr-repositories.tf); its output lists every URL.
  },
  "ecs-fargate-service": {
    id: (c) => svc(c, "app"),
    file: (_c, id) => fileName(id, "service"),
    label: "ECS Fargate service",
    // A service running another one's image deploys that service's tag: one build, one variable.
    // One instance of modules/ecs-service per unit (ecs-services.tf); the ecs_services output lists
    // every task definition family and security group.
    clientSg: (c, id) => `${ecsServiceModule(unitKey(c, id))}.security_group_id`
    // Its alarms (CPU; no healthy target when public) are in the module, on the root's SNS topic.
  },
  alb: {
    // One load balancer per environment: each public service adds its target group and listener rule.
    id: () => "main",
    file: () => "load-balancer.tf",
    label: "Application Load Balancer",
    variables: () => [
      {
        name: "certificate_arn",
        type: "string",
        description: "ARN of an ACM certificate (same region) for the load balancer\u2019s HTTPS listener."
      },
      {
        name: "domain_name",
        type: "string",
        description: 'Domain served by the load balancer (e.g. app.example.com; "" to use its AWS DNS name). Other public services answer on <service>.<domain>.',
        default: ""
      }
    ],
    outputs: () => [{ name: "load_balancer_url", description: "HTTPS endpoint (point your DNS here).", value: "local.public_url" }],
    alarms: () => [
      {
        id: "alb_5xx",
        description: "load balancer: more than 10 target 5xx responses in 5 minutes",
        namespace: "AWS/ApplicationELB",
        metric: "HTTPCode_Target_5XX_Count",
        statistic: "Sum",
        comparison: "GreaterThanThreshold",
        threshold: 10,
        periods: 1,
        dimensions: { LoadBalancer: "aws_lb.main.arn_suffix" }
      }
    ]
  },
  "lambda-function": {
    id: (c) => svc(c, "function"),
    file: (_c, id) => fileName(id, "lambda"),
    label: "Lambda functions",
    // Each function's errors alarm lives in modules/lambda-function (one per map entry).
    clientSg: (_c, id) => `aws_security_group.${id}_lambda.id`
  },
  "api-gateway-http": {
    id: (c) => svc(c, "api"),
    file: (_c, id) => fileName(id, "api"),
    label: "API Gateway HTTP API",
    outputs: (_c, id) => [{ name: `${id}_api_url`, description: `Invoke URL of ${id}.`, value: `aws_apigatewayv2_stage.${id}.invoke_url` }]
  },
  "s3-static-site": {
    id: (c) => svc(c, "site"),
    file: (_c, id) => fileName(id, "site"),
    label: "S3 bucket (static site)",
    outputs: (_c, id) => [
      { name: `${id}_bucket`, description: `Upload the build output of ${id} here.`, value: `aws_s3_bucket.${id}_site.bucket` }
    ]
  },
  cloudfront: {
    id: (c) => svc(c, "site"),
    file: (_c, id) => fileName(id, "cdn"),
    label: "CloudFront distribution",
    outputs: (_c, id) => [
      { name: `${id}_url`, description: `HTTPS URL of ${id}.`, value: `"https://\${aws_cloudfront_distribution.${id}.domain_name}"` },
      {
        name: `${id}_distribution_id`,
        description: "For cache invalidations after a deploy.",
        value: `aws_cloudfront_distribution.${id}.id`
      }
    ]
  },
  "rds-postgresql": {
    id: () => "postgresql",
    file: () => "database-postgresql.tf",
    label: "RDS PostgreSQL",
    reach: (_c, id) => dbReach("rds-postgresql", id, `aws_db_instance.${id}`, "address", 5432, "PostgreSQL"),
    connection: (_c, id) => dbConnection(`aws_db_instance.${id}`, "address", 5432, "postgresql", id),
    variables: (_c, id) => [passwordVersion(id, "PostgreSQL")],
    outputs: (_c, id) => [
      { name: `${id}_endpoint`, description: "PostgreSQL endpoint (private).", value: `aws_db_instance.${id}.address` },
      {
        name: `${id}_secret_arn`,
        description: "Secrets Manager secret with the connection (username, password, host, port, dbname, URLs).",
        value: `aws_secretsmanager_secret.${id}_connection.arn`
      }
    ],
    alarms: (_c, id) => rdsAlarms(id, `aws_db_instance.${id}.identifier`)
  },
  "rds-mysql": {
    id: () => "mysql",
    file: () => "database-mysql.tf",
    label: "RDS MySQL",
    reach: (_c, id) => dbReach("rds-mysql", id, `aws_db_instance.${id}`, "address", 3306, "MySQL"),
    connection: (_c, id) => dbConnection(`aws_db_instance.${id}`, "address", 3306, "mysql", id),
    variables: (_c, id) => [passwordVersion(id, "MySQL")],
    outputs: (_c, id) => [
      { name: `${id}_endpoint`, description: "MySQL endpoint (private).", value: `aws_db_instance.${id}.address` },
      {
        name: `${id}_secret_arn`,
        description: "Secrets Manager secret with the connection (username, password, host, port, dbname, URLs).",
        value: `aws_secretsmanager_secret.${id}_connection.arn`
      }
    ],
    alarms: (_c, id) => rdsAlarms(id, `aws_db_instance.${id}.identifier`)
  },
  "rds-sqlserver": {
    id: () => "sqlserver",
    file: () => "database-sqlserver.tf",
    label: "RDS SQL Server",
    reach: (_c, id) => dbReach("rds-sqlserver", id, `aws_db_instance.${id}`, "address", 1433, "SQL Server"),
    connection: (_c, id) => dbConnection(`aws_db_instance.${id}`, "address", 1433, "sqlserver", id),
    variables: (_c, id) => [passwordVersion(id, "SQL Server")],
    outputs: (_c, id) => [
      { name: `${id}_endpoint`, description: "SQL Server endpoint (private, TLS required).", value: `aws_db_instance.${id}.address` },
      {
        name: `${id}_secret_arn`,
        description: "Secrets Manager secret with the connection (username, password, host, port, dbname, URLs).",
        value: `aws_secretsmanager_secret.${id}_connection.arn`
      }
    ],
    alarms: (_c, id) => rdsAlarms(id, `aws_db_instance.${id}.identifier`)
  },
  "aurora-serverless-v2": {
    id: () => "aurora",
    file: () => "database-aurora.tf",
    label: "Aurora Serverless v2",
    reach: (c, id) => dbReach(
      "aurora-serverless-v2",
      id,
      `aws_rds_cluster.${id}`,
      "endpoint",
      c.parameters.engine === "aurora-postgresql" ? 5432 : 3306,
      "Aurora"
    ),
    connection: (c, id) => c.parameters.engine === "aurora-postgresql" ? dbConnection(`aws_rds_cluster.${id}`, "endpoint", 5432, "postgresql", id) : dbConnection(`aws_rds_cluster.${id}`, "endpoint", 3306, "mysql", id),
    variables: (_c, id) => [passwordVersion(id, "Aurora")],
    outputs: (_c, id) => [
      { name: `${id}_endpoint`, description: "Aurora writer endpoint (private).", value: `aws_rds_cluster.${id}.endpoint` },
      {
        name: `${id}_secret_arn`,
        description: "Secrets Manager secret with the connection (username, password, host, port, dbname, URLs).",
        value: `aws_secretsmanager_secret.${id}_connection.arn`
      }
    ]
  },
  "elasticache-redis": {
    id: () => "redis",
    file: () => "cache-redis.tf",
    label: "ElastiCache Redis",
    reach: (_c, id) => ({
      kind: "elasticache-redis",
      id,
      network: { sg: `aws_security_group.${id}_db.id`, port: 6379, label: "Redis" },
      env: [],
      secrets: [],
      iam: []
    }),
    // In-transit encryption is on: URLs use rediss://. Celery needs ssl_cert_reqs on a rediss broker
    // URL; ElastiCache certificates chain to a public Amazon root, so verification works.
    connection: (_c, id) => ({
      host: `aws_elasticache_replication_group.${id}.primary_endpoint_address`,
      port: 6379,
      urls: [],
      plainUrls: {
        "cache-url": { prefix: "rediss://", suffix: ":6379" },
        "broker-url": { prefix: "rediss://", suffix: ":6379/0?ssl_cert_reqs=required" }
      }
    }),
    outputs: (_c, id) => [
      {
        name: `${id}_endpoint`,
        description: "Redis primary endpoint (TLS).",
        value: `aws_elasticache_replication_group.${id}.primary_endpoint_address`
      }
    ]
  },
  "dynamodb-table": {
    id: (c) => tfIdent(`${nameParam(c)}_table`),
    file: (_c, id) => fileName(id, ""),
    label: "DynamoDB table",
    reach: (_c, id) => ({
      kind: "dynamodb-table",
      id,
      env: [{ name: `${envPrefix(id)}_NAME`, ref: `aws_dynamodb_table.${id}.name` }],
      secrets: [],
      iam: [
        {
          sid: sid("ReadWrite", id),
          actions: [
            "dynamodb:BatchGetItem",
            "dynamodb:BatchWriteItem",
            "dynamodb:ConditionCheckItem",
            "dynamodb:DeleteItem",
            "dynamodb:GetItem",
            "dynamodb:PutItem",
            "dynamodb:Query",
            "dynamodb:Scan",
            "dynamodb:UpdateItem"
          ],
          resources: [{ ref: `aws_dynamodb_table.${id}.arn` }, { ref: `aws_dynamodb_table.${id}.arn`, suffix: "/index/*" }]
        }
      ]
    }),
    outputs: (_c, id) => [{ name: `${id}_name`, description: "DynamoDB table name.", value: `aws_dynamodb_table.${id}.name` }]
  },
  documentdb: {
    id: () => "docdb",
    file: () => "database-documentdb.tf",
    label: "DocumentDB",
    reach: (_c, id) => ({
      ...dbReach("documentdb", id, `aws_docdb_cluster.${id}`, "endpoint", 27017, "DocumentDB"),
      env: [],
      secrets: []
    }),
    connection: (_c, id) => dbConnection(`aws_docdb_cluster.${id}`, "endpoint", 27017, "mongodb", id),
    variables: (_c, id) => [passwordVersion(id, "DocumentDB")],
    outputs: (_c, id) => [
      { name: `${id}_endpoint`, description: "DocumentDB cluster endpoint (TLS).", value: `aws_docdb_cluster.${id}.endpoint` }
    ]
  },
  opensearch: {
    id: () => "search",
    file: () => "search-opensearch.tf",
    label: "OpenSearch",
    reach: (_c, id) => ({
      kind: "opensearch",
      id,
      network: { sg: `aws_security_group.${id}_db.id`, port: 443, label: "OpenSearch" },
      env: [],
      secrets: [],
      iam: [
        {
          sid: "OpenSearchHttp",
          actions: ["es:ESHttpDelete", "es:ESHttpGet", "es:ESHttpHead", "es:ESHttpPost", "es:ESHttpPut"],
          resources: [{ ref: `aws_opensearch_domain.${id}.arn`, suffix: "/*" }]
        }
      ]
    }),
    connection: (_c, id) => ({
      host: `aws_opensearch_domain.${id}.endpoint`,
      port: 443,
      urls: [],
      plainUrls: { "search-url": { prefix: "https://", suffix: "" } }
    }),
    outputs: (_c, id) => [
      { name: `${id}_endpoint`, description: "OpenSearch endpoint (HTTPS, in the VPC).", value: `aws_opensearch_domain.${id}.endpoint` }
    ]
  },
  "sqs-queue": {
    id: (c) => tfIdent(`${nameParam(c)}_queue`),
    file: (_c, id) => fileName(id, ""),
    label: "SQS queue",
    reach: (_c, id) => ({
      kind: "sqs-queue",
      id,
      env: [{ name: `${envPrefix(id)}_URL`, ref: `aws_sqs_queue.${id}.url` }],
      secrets: [],
      iam: [
        {
          sid: sid("Use", id),
          actions: ["sqs:ChangeMessageVisibility", "sqs:DeleteMessage", "sqs:GetQueueAttributes", "sqs:ReceiveMessage", "sqs:SendMessage"],
          resources: [{ ref: `aws_sqs_queue.${id}.arn` }]
        }
      ]
    }),
    outputs: (_c, id) => [{ name: `${id}_url`, description: "SQS queue URL.", value: `aws_sqs_queue.${id}.url` }],
    alarms: (_c, id) => [
      {
        id: `${id}_dlq_messages`,
        description: `${id}: messages in the dead-letter queue`,
        namespace: "AWS/SQS",
        metric: "ApproximateNumberOfMessagesVisible",
        statistic: "Maximum",
        comparison: "GreaterThanThreshold",
        threshold: 0,
        periods: 1,
        dimensions: { QueueName: `aws_sqs_queue.${id}_dlq.name` }
      }
    ]
  },
  "sns-topic": {
    id: (c) => tfIdent(`${nameParam(c)}_topic`),
    file: (_c, id) => fileName(id, ""),
    label: "SNS topic",
    reach: (_c, id) => ({
      kind: "sns-topic",
      id,
      env: [{ name: `${envPrefix(id)}_ARN`, ref: `aws_sns_topic.${id}.arn` }],
      secrets: [],
      iam: [{ sid: sid("PublishTo", id), actions: ["sns:Publish"], resources: [{ ref: `aws_sns_topic.${id}.arn` }] }]
    }),
    outputs: (_c, id) => [{ name: `${id}_arn`, description: "SNS topic ARN.", value: `aws_sns_topic.${id}.arn` }]
  },
  secrets: {
    // Generated application secrets (SECRET_KEY, APP_KEY?): one Secrets Manager secret per variable name.
    id: () => "app",
    file: () => "secrets.tf",
    label: "Secrets Manager"
  },
  "github-deploy": {
    id: () => "github",
    file: () => "deploy-github.tf",
    label: "GitHub deploy role (OIDC)",
    variables: (c) => [
      {
        name: "github_repository",
        type: "string",
        description: "The GitHub repository allowed to deploy, as owner/name."
      },
      { name: "github_branch", type: "string", description: "The branch whose workflow runs may deploy.", default: c.parameters.branch }
    ],
    outputs: () => [
      {
        name: "github_deploy_role_arn",
        description: "Set as the repository secret AWS_DEPLOY_ROLE_ARN (read by the deploy workflow).",
        value: "aws_iam_role.github_deploy.arn"
      }
    ]
  },
  observability: {
    id: () => "alarms",
    file: () => "observability.tf",
    label: "CloudWatch logs and alarms",
    variables: (c) => [
      { name: "alarm_email", type: "string", description: 'E-mail address subscribed to the alarm topic ("" for none).', default: "" },
      {
        name: "log_retention_days",
        type: "number",
        description: "Retention of every CloudWatch log group.",
        default: c.parameters.logRetentionDays
      }
    ],
    outputs: () => [{ name: "alarm_topic_arn", description: "SNS topic receiving CloudWatch alarms.", value: "aws_sns_topic.alarms.arn" }]
  }
};
function rdsAlarms(id, identifier) {
  return [
    {
      id: `${id}_cpu_high`,
      description: `${id}: CPU above 80% for 15 minutes`,
      namespace: "AWS/RDS",
      metric: "CPUUtilization",
      statistic: "Average",
      comparison: "GreaterThanThreshold",
      threshold: 80,
      periods: 3,
      dimensions: { DBInstanceIdentifier: identifier }
    },
    {
      id: `${id}_storage_low`,
      description: `${id}: less than 2 GB of free storage`,
      namespace: "AWS/RDS",
      metric: "FreeStorageSpace",
      statistic: "Minimum",
      comparison: "LessThanThreshold",
      threshold: 2147483648,
      periods: 1,
      dimensions: { DBInstanceIdentifier: identifier }
    }
  ];
}
const DATASTORE_SERVES = {
  "rds-postgresql": ["postgresql"],
  "rds-mysql": ["mysql", "mariadb"],
  "rds-sqlserver": ["sqlserver"],
  "aurora-serverless-v2": ["postgresql", "mysql", "mariadb"],
  "elasticache-redis": ["redis", "memcached"],
  "dynamodb-table": ["dynamodb"],
  documentdb: ["mongodb"],
  opensearch: ["opensearch", "elasticsearch"]
};
const metaOf = (c) => CATALOG[c.kind];
const isService = (p) => p.component.kind === "ecs-fargate-service";
const appSecretName = (variable) => awsName(variable.replace(/_/g, "-"), 32);
const appSecretRef = (variable) => `aws_secretsmanager_secret.${tfIdent(appSecretName(variable))}.arn`;
function connectionFor(store, all) {
  for (const p of all) {
    const meta = metaOf(p.component);
    if (meta.connection && DATASTORE_SERVES[p.component.kind]?.includes(store)) return meta.connection(p.component, p.id);
  }
  return void 0;
}
function serviceEndpoint(s) {
  if (!isService(s)) return null;
  const w = s.component.wiring;
  if (!w || w.role === "worker" || w.protocol === "none") return null;
  return { alias: w.aliases[0] ?? s.component.service ?? s.id, port: s.component.parameters.containerPort };
}
function resolve(e, all, hasAlb) {
  switch (e.from) {
    case "literal":
      return { env: { name: e.name, value: e.value } };
    case "region":
      return { env: { name: e.name, ref: "var.aws_region" } };
    case "public-url":
    case "public-host":
      return hasAlb ? { env: { name: e.name, ref: e.from === "public-url" ? "local.public_url" : "local.public_host" } } : { unwired: "no load balancer is generated" };
    case "app-secret":
      return { secret: { name: e.name, ref: appSecretRef(e.name) }, arn: appSecretRef(e.name) };
    case "service": {
      const target = all.find((p) => isService(p) && p.component.service === e.unit);
      const ep = target && serviceEndpoint(target);
      if (!ep) return { unwired: `unit ${e.unit} is not deployed as a reachable service` };
      return { env: { name: e.name, value: `${e.scheme ? `${e.scheme}://` : ""}${ep.alias}:${ep.port}` } };
    }
    case "datastore": {
      const c = connectionFor(e.store, all);
      if (!c) return { unwired: `no ${e.store} is generated` };
      if (e.field === "host") return { env: { name: e.name, ref: c.host } };
      if (e.field === "port") return { env: { name: e.name, value: String(c.port) } };
      if (e.field === "address") return { env: { name: e.name, parts: [{ ref: c.host }, { text: `:${c.port}` }] } };
      if (e.field === "user" || e.field === "name") {
        const v = e.field === "user" ? c.user : c.dbName;
        return v ? { env: { name: e.name, value: v } } : { unwired: `${e.store} has no ${e.field}` };
      }
      const url = c.plainUrls[e.field];
      if (!url) return { unwired: `${e.store} offers no ${e.field}` };
      return { env: { name: e.name, parts: [{ text: url.prefix }, { ref: c.host }, { text: url.suffix }] } };
    }
    case "datastore-secret": {
      const c = connectionFor(e.store, all);
      if (!c?.secretArn) return { unwired: `no ${e.store} connection secret is generated` };
      const known = e.key === "password" || e.key === "username" || c.urls.some((u) => u.key === e.key);
      if (!known) return { unwired: `${e.store} has no ${e.key} in its connection secret` };
      return { secret: { name: e.name, parts: [{ ref: c.secretArn }, { text: `:${e.key}::` }] }, arn: c.secretArn };
    }
  }
}
function serviceContext(p, all, reach) {
  const c = p.component;
  const w = c.wiring;
  const hasAlb = all.some((o) => o.component.kind === "alb");
  const role = w?.role ?? (hasAlb ? "web" : "worker");
  const publicServices = all.filter((o) => isService(o) && (o.component.wiring?.role ?? (hasAlb ? "web" : "worker")) === "web");
  const index = publicServices.findIndex((o) => o.id === p.id);
  const env = reach.flatMap((r) => r.env);
  const secrets = reach.flatMap((r) => r.secrets.map((s) => ({ name: s.name, ref: s.arn })));
  const arns = new Set(reach.flatMap((r) => r.secrets.map((s) => s.arn)));
  const unwired = [];
  const seen = new Set([...env, ...secrets].map((e) => e.name));
  for (const e of w?.env ?? []) {
    if (seen.has(e.name)) continue;
    const r = resolve(e, all, hasAlb);
    if (r.unwired) {
      unwired.push({ name: e.name, reason: r.unwired });
      continue;
    }
    seen.add(e.name);
    if (r.env) env.push(r.env);
    if (r.secret) secrets.push(r.secret);
    if (r.arn) arns.add(r.arn);
  }
  const services = all.filter(isService);
  const calls = (w?.calls ?? []).flatMap((name) => {
    const target = services.find((o) => o.component.service === name && o.id !== p.id);
    const ep = target && serviceEndpoint(target);
    return target && ep ? [{ id: target.id, sg: `aws_security_group.${target.id}_service.id`, port: ep.port }] : [];
  });
  const callers = serviceEndpoint(p) ? services.filter((o) => o.id !== p.id && (o.component.wiring?.calls ?? []).includes(c.service ?? "")).map((o) => ({ id: o.id, sg: `aws_security_group.${o.id}_service.id` })) : [];
  const grpc = w?.protocol === "grpc";
  return {
    public: role === "web",
    defaultPublic: index === 0,
    rulePriority: (index + 1) * 10,
    grpc,
    listens: role !== "worker" || !w,
    appProtocol: grpc ? "grpc" : "http",
    healthCheckPath: c.parameters.healthCheckPath,
    grace: w?.healthGraceSeconds ?? 60,
    imageOwner: tfIdent(c.imageFrom ?? p.id),
    command: c.command,
    scService: serviceEndpoint(p),
    env,
    secrets,
    secretArns: [...arns],
    calls,
    callers,
    unwired
  };
}
function describeWired(e) {
  switch (e.from) {
    case "literal":
      return e.value === "*" ? '"*" (the load balancer only forwards its own host names)' : `"${e.value}"`;
    case "region":
      return "the AWS region";
    case "public-url":
      return "the public HTTPS URL (domain_name, else the load balancer)";
    case "public-host":
      return "the public host name";
    case "app-secret":
      return e.fill === "team" ? `secret ${appSecretName(e.name)} (Secrets Manager): the team fills in this third-party value (put-secret-value)` : `generated secret ${appSecretName(e.name)} (Secrets Manager, ${e.length} characters)`;
    case "service":
      return `${e.scheme ? `${e.scheme}://` : ""}${e.unit}:${e.port} (ECS Service Connect)`;
    case "datastore":
      return `${e.store} ${e.field}`;
    case "datastore-secret":
      return `${e.store} connection secret, key ${e.key} (valueFrom)`;
  }
}
const DB = "(?:DATABASE|DB|SQL|POSTGRES(?:QL)?|PG|PSQL|MYSQL|MARIADB|MSSQL|TYPEORM|SPRING_DATASOURCE|DATASOURCE|JDBC|SQLALCHEMY_DATABASE|RDS)";
const CARRIES_RULES = [
  { name: /^ConnectionStrings__\w+$/i, carries: "database-url" },
  // Selectors naming the kind of database (DB_CONNECTION=pgsql): plain configuration.
  { name: /^(DB|DATABASE|SQL)_(CONNECTION|ENGINE|DRIVER|DIALECT|TYPE|PROVIDER|CLIENT)$/i, carries: "config" },
  { name: /MONGO\w*_(URL|URI|DSN|CONNECTION(_STRING)?)$|^MONGO(DB)?_?(URL|URI)$/i, carries: "mongodb-url", target: "mongodb" },
  { name: /^MONGO\w*_HOST$/i, carries: "database-host", target: "mongodb" },
  {
    name: /(REDIS|CACHE|VALKEY|MEMCACHED?)\w*_(URL|URI|DSN|ADDR|ADDRESS|CONNECTION)$|^(REDIS|CACHE)_?(URL|URI)$/i,
    carries: "cache-url",
    target: "redis"
  },
  // Memcached servers: no managed memcached is wired (kept as configuration), but the variable shows the client.
  { name: /^MEMCACH\w*_(SERVERS?|URL|HOSTS?|ADDR)$/i, carries: "config", target: "memcached" },
  { name: /REDIS\w*_(HOST|HOSTNAME|SERVER)$/i, carries: "cache-host", target: "redis" },
  { name: /REDIS\w*_PORT$/i, carries: "cache-port", target: "redis" },
  { name: /REDIS\w*_(PASSWORD|PASS|AUTH)$/i, carries: "cache-password", target: "redis" },
  {
    name: /(BROKER|AMQP|RABBIT(MQ)?|CELERY_RESULT_BACKEND|KAFKA\w*_(BROKERS?|BOOTSTRAP_SERVERS?|URL)|NATS|MQ)(_URL|_URI|_ADDR)?$/i,
    carries: "broker-url"
  },
  { name: /(ELASTIC(SEARCH)?|OPENSEARCH|SEARCH)\w*_(URL|URI|HOST|HOSTS|ENDPOINT)$/i, carries: "search-url" },
  {
    name: new RegExp(`^${DB}_?(URL|URI|DSN|CONNECTION(_STRING)?|CONN)$|^DATABASE_URL_\\w+$|^DATABASE\\w*_URL$|^DB_CONNECTION_STRING$`, "i"),
    carries: "database-url"
  },
  { name: new RegExp(`^${DB}_?(HOST|HOSTNAME|SERVER|ADDR|ADDRESS)$`, "i"), carries: "database-host" },
  { name: new RegExp(`^${DB}_?PORT$`, "i"), carries: "database-port" },
  { name: new RegExp(`^${DB}_?(USER|USERNAME|LOGIN)$`, "i"), carries: "database-user" },
  { name: new RegExp(`^${DB}_?(PASSWORD|PASS|PASSWD|PWD)$`, "i"), carries: "database-password" },
  { name: new RegExp(`^${DB}_?(NAME|DB|DATABASE|DBNAME|SCHEMA)$`, "i"), carries: "database-name" },
  { name: /^(\w+_)?(ALLOWED_HOSTS|TRUSTED_HOSTS|CSRF_TRUSTED_ORIGINS)$/i, carries: "allowed-hosts" },
  { name: /^(PORT|SERVER_PORT|HTTP_PORT|APP_PORT|LISTEN_PORT|ASPNETCORE_HTTP_PORTS)$/i, carries: "port" },
  { name: /^(AWS_REGION|AWS_DEFAULT_REGION|REGION)$/i, carries: "aws-region" },
  { name: /(BUCKET|S3_BUCKET)(_NAME)?$/i, carries: "bucket-name" },
  { name: /QUEUE_URL$/i, carries: "queue-url" },
  // Where the unit itself listens: not another unit's address.
  { name: /^(LISTEN|BIND|SERVER|HTTP|GRPC)_?(ADDR|ADDRESS|HOST)$/i, carries: "config" },
  // Another unit's address: PRODUCT_CATALOG_SERVICE_ADDR, API_URL, BACKEND_HOST?
  {
    name: /_SERVICE_(ADDR|ADDRESS|HOST|URL|URI|ENDPOINT)$|^(\w+_)?(API|BACKEND|UPSTREAM|GRPC)_(URL|ADDR|HOST|ENDPOINT)$|_ADDR$/i,
    carries: "service-address"
  },
  {
    name: /^(\w+_)?(PUBLIC|BASE|SITE|APP|FRONTEND|HOST|ROOT|CANONICAL|EXTERNAL|SERVER)_URL$|^NEXTAUTH_URL$|^(NEXT_PUBLIC_)?APP_URL$|^BASE_PATH_URL$/i,
    carries: "public-url"
  },
  {
    name: /(^|_)(SECRET|SECRETS|SECRET_KEY|SECRET_KEY_BASE|APP_KEY|MASTER_KEY|PRIVATE_KEY|SIGNING_KEY|ENCRYPTION_KEY|API_KEY|APIKEY|TOKEN|PASSWORD|PASSWD|PASS|PWD|CREDENTIALS?|PASSPHRASE|CLIENT_SECRET|SALT|PEPPER|HMAC_KEY|JWT_KEY|WEBHOOK_SECRET|AUTH_KEY|ACCESS_KEY|SECRET_ACCESS_KEY)$|^(SESSION|COOKIE|JWT|APP|AUTH|NEXTAUTH)_(SECRET|KEY)$/i,
    carries: "secret"
  }
];
const VALUE_SCHEMES = [
  { pattern: /^(jdbc:)?(postgres(ql)?(\+\w+)?):\/\//i, carries: "database-url", target: "postgresql" },
  { pattern: /^jdbc:postgresql:/i, carries: "database-url", target: "postgresql" },
  { pattern: /^(jdbc:)?(mysql2?|mariadb)(\+\w+)?:/i, carries: "database-url", target: "mysql" },
  { pattern: /^(jdbc:)?(sqlserver|mssql)(\+\w+)?:/i, carries: "database-url", target: "sqlserver" },
  { pattern: /^mongodb(\+srv)?:\/\//i, carries: "mongodb-url", target: "mongodb" },
  { pattern: /^rediss?:\/\//i, carries: "cache-url", target: "redis" },
  { pattern: /^amqps?:\/\//i, carries: "broker-url", target: "rabbitmq" }
];
const UNUSABLE_DEFAULT = /localhost|127\.0\.0\.1|0\.0\.0\.0|sqlite|jdbc:h2:|:memory:|changeme|change-me|change_me|secret|insecure|dev-?key|never-guess|^['"]?\w+:\/\/['"]?$/i;
const TELEMETRY_ENDPOINT = /^(COLLECTOR_SERVICE_(ADDR|ADDRESS|HOST|URL)|OTEL_EXPORTER_OTLP(_\w+)?_ENDPOINT|OTEL_\w*ENDPOINT|JAEGER_\w*(ENDPOINT|HOST|ADDR|URL)|ZIPKIN_\w*(ENDPOINT|URL|HOST)|DD_AGENT_HOST|DD_TRACE_AGENT_URL|\w*TRACING_\w*(ENDPOINT|ADDR|URL)|\w*TELEMETRY_\w*(ENDPOINT|ADDR|URL))$/i;
const THIRD_PARTY_SETTING = /^(\w+_)?(CLOUDFLARE|STRIPE|GITHUB|GITLAB|GOOGLE|FACEBOOK|TWITTER|LINKEDIN|TWILIO|SENDGRID|MAILGUN|POSTMARK|MAILCHIMP|SENTRY|SLACK|AUTH0|OKTA|PUSHER|ALGOLIA|OPENAI|ANTHROPIC|PAYPAL|SHOPIFY|MAPBOX|RECAPTCHA|HCAPTCHA|DATADOG|NEW_RELIC|ROLLBAR|BUGSNAG|FIREBASE|SUPABASE)_\w+$|(^|_)(CLIENT_ID|CLIENT_SECRET|ZONE_?ID|ACCOUNT_ID|APP_ID|API_KEY|API_TOKEN|ACCESS_TOKEN|DSN)$/i;
const EMBEDDED_STORES = /* @__PURE__ */ new Set(["sqlite", "h2"]);
function classifyVariable(name, value, unitNames = []) {
  const v = (value ?? "").trim().replace(/^["']|["']$/g, "");
  for (const s of VALUE_SCHEMES) {
    if (s.pattern.test(v)) {
      const scheme = /^([a-z0-9:+]+?):\/\//i.exec(v)?.[1] ?? /^(jdbc:\w+)/i.exec(v)?.[1];
      return { carries: s.carries, target: s.target, scheme: scheme?.toLowerCase() };
    }
  }
  for (const r of CARRIES_RULES) {
    if (!r.name.test(name)) continue;
    const c = { carries: r.carries };
    if (r.target) c.target = r.target;
    if (r.carries === "service-address") {
      const t2 = targetUnit(name, v, unitNames);
      if (t2) c.target = t2;
      else if (!/_SERVICE_|_ADDR$/.test(name)) continue;
    }
    return c;
  }
  const t = targetUnit(name, v, unitNames);
  if (t && v) return { carries: "service-address", target: t };
  return { carries: "config" };
}
function targetUnit(name, value, unitNames) {
  const host = /^(?:[a-z][a-z0-9+]*:\/\/([A-Za-z0-9_.-]+)|([A-Za-z0-9_.-]+):\d{2,5}\b)/.exec(value);
  const h = (host?.[1] ?? host?.[2])?.toLowerCase();
  if (h) {
    const hit = unitNames.find((u) => u.toLowerCase() === h);
    if (hit) return hit;
  }
  const stem = name.replace(/_(SERVICE_)?(ADDR|ADDRESS|HOST|URL|URI|ENDPOINT)$/i, "").replace(/_/g, "").toLowerCase();
  return unitNames.find((u) => {
    const n = u.replace(/[-_]/g, "").toLowerCase();
    return n === stem || n === `${stem}service` || n.replace(/service$/, "") === stem;
  });
}
const READ_IN_DEFAULT = /\b(os\.environ|getenv|process\.env|ENV\[|ENV\.fetch|System\.get_env|env\()/;
const OWN_SECRET = /^(DJANGO_|FLASK_|RAILS_|APP_|DEVISE_|NEXTAUTH_|AUTH_|JWT_|SESSION_|COOKIE_|SECRET_|LARAVEL_)?(SECRET_KEY_BASE|SECRET_KEY|SECRET|APP_KEY|KEY|SIGNING_KEY|ENCRYPTION_KEY|HMAC_SECRET|MASTER_KEY|SECRET_TOKEN)$|__HMAC_SECRET$|__SECRET(_KEY)?$/i;
const DATASTORE_IMAGE_INIT = /^(POSTGRES_(DB|USER|PASSWORD|INITDB_ARGS)|MYSQL_(ROOT_PASSWORD|DATABASE|USER|PASSWORD|ALLOW_EMPTY_PASSWORD|RANDOM_ROOT_PASSWORD)|MARIADB_(ROOT_PASSWORD|DATABASE|USER|PASSWORD)|MONGO_INITDB_(ROOT_USERNAME|ROOT_PASSWORD|DATABASE))$/;
function isRequired(v, unitStores, unitNames) {
  if (v.carries === "port" || v.carries === "aws-region") return false;
  if (optionalReason(v.name)) return false;
  if (v.defaultText && READ_IN_DEFAULT.test(v.defaultText)) return false;
  if (v.strict && !v.hasDefault) return true;
  const embeddedOnly = unitStores.size > 0 && [...unitStores].every((s) => EMBEDDED_STORES.has(s));
  if (v.defaultText && /sqlite|jdbc:h2:|:memory:/i.test(v.defaultText)) return !embeddedOnly;
  switch (v.carries) {
    case "database-port":
      return !v.hasDefault && !v.conditional && !embeddedOnly && unitStores.size > 0;
    case "database-url":
    case "database-host":
    case "database-user":
    case "database-password":
    case "database-name":
      if (v.conditional && v.hasDefault) return false;
      if (v.presenceTested && !v.strict) return false;
      if (embeddedOnly && v.hasDefault) return false;
      return !v.target || unitStores.has(v.target) || unitStores.size === 0 || ![...unitStores].every((s) => s === "redis" || s === "mongodb");
    case "cache-url":
    case "cache-host":
    case "mongodb-url":
    case "broker-url":
      if (v.presenceTested && !v.strict) return false;
      return v.target ? unitStores.has(v.target) : !v.hasDefault;
    case "service-address":
      return !!v.target && unitNames.has(v.target);
    case "secret":
      return OWN_SECRET.test(v.name) && (!v.hasDefault || v.defaultText !== void 0 && UNUSABLE_DEFAULT.test(v.defaultText));
    case "allowed-hosts":
      return !v.hasDefault;
    default:
      return false;
  }
}
function optionalReason(name) {
  if (TELEMETRY_ENDPOINT.test(name))
    return "telemetry endpoint: the application runs without a collector (tracing off or export failing quietly); the collector is an optional component";
  return void 0;
}
const RUNTIME_NAMES = /^(NODE_ENV|PATH|HOME|TZ|LANG|DEBUG|PYTHONUNBUFFERED|PYTHONDONTWRITEBYTECODE|DJANGO_SETTINGS_MODULE|FLASK_APP|FLASK_ENV|FLASK_DEBUG|RAILS_ENV|ASPNETCORE_ENVIRONMENT|ASPNETCORE_URLS|APP_ENV|APP_DEBUG|APP_NAME|APP_LOG_LEVEL|LOG_LEVEL|DISABLE_\w+|ENABLE_\w+|GOCACHE|GOPATH)$/;
const SECRETISH = /* @__PURE__ */ new Set(["secret", "database-password", "cache-password"]);
const SECRET_NAME = /(PASS(WORD|WD|PHRASE)?|PWD|SECRET|TOKEN|CREDENTIALS?|PRIVATE|API_?KEY|ACCESS_KEY|AUTH_KEY|SIGNING_KEY)(_|$)/i;
const exampleOf = (carries, value, name = "") => value === void 0 || value === "" ? void 0 : SECRETISH.has(carries) || SECRET_NAME.test(name) || /:\/\/[^/\s:@]+:[^@\s]+@/.test(value) ? "(redacted)" : value.slice(0, 120);
function requirements(reads, src) {
  const byName = /* @__PURE__ */ new Map();
  for (const r of reads) {
    const prev = byName.get(r.name);
    if (prev) {
      prev.hasDefault &&= r.hasDefault;
      prev.strict ||= r.strict;
      prev.conditional &&= !!r.conditional;
      prev.presenceTested &&= !!r.presenceTested || !!r.conditional;
      prev.profiles = prev.profiles && r.profile ? [...prev.profiles, r.profile] : void 0;
      prev.defaultText ??= r.defaultText;
      if (prev.evidence.length < 3) prev.evidence.push(r.evidence);
      continue;
    }
    byName.set(r.name, {
      name: r.name,
      carries: "config",
      hasDefault: r.hasDefault,
      required: false,
      evidence: [r.evidence],
      source: "code",
      strict: r.strict,
      conditional: !!r.conditional,
      presenceTested: !!r.presenceTested,
      ...r.profile ? { profiles: [r.profile] } : {},
      defaultText: r.defaultText
    });
  }
  const set = (name, value, evidence, source) => {
    const prev = byName.get(name);
    if (prev) {
      prev.value ??= value;
      if (prev.evidence.length < 4) prev.evidence.push(evidence);
      return;
    }
    byName.set(name, { name, carries: "config", hasDefault: false, required: false, evidence: [evidence], source, strict: false, value });
  };
  if (src.compose) {
    const c = src.compose;
    c.environment.forEach((e, i) => {
      const [name, ...rest] = e.split("=");
      set(name.trim(), rest.join("=") || void 0, { file: c.file, line: c.environmentLines?.[i] }, "compose");
    });
  }
  for (const e of src.composeEnvFiles) set(e.name, e.value, e.evidence, "compose");
  if (src.k8s) for (const e of src.k8s.env) set(e.name, e.value, { file: src.k8s.file, line: e.line }, "kubernetes");
  for (const d of src.defaults ?? []) {
    const v = byName.get(d.name);
    if (!v || d.value === "") continue;
    v.hasDefault = true;
    v.strict = false;
    v.defaultText ??= d.value;
    if (v.evidence.length < 4) v.evidence.push(d.evidence);
  }
  for (const name of src.imageEnv ?? []) {
    const v = byName.get(name);
    if (v) {
      v.hasDefault = true;
      v.strict = false;
    }
  }
  const active = /* @__PURE__ */ new Set([
    ...(byName.get("SPRING_PROFILES_ACTIVE")?.value ?? "").split(",").map((p) => p.trim()),
    ...src.activeProfiles ?? []
  ]);
  for (const v of byName.values()) if (v.profiles?.some((p) => active.has(p))) v.conditional = false;
  const profileOnly = new Set([...byName.values()].filter((v) => v.profiles && v.conditional).map((v) => v.name));
  const out = [];
  for (const v of byName.values()) {
    if (!v.strict && RUNTIME_NAMES.test(v.name)) continue;
    const example = src.examples.find((x) => x.name === v.name);
    const c = classifyVariable(v.name, v.value ?? example?.value ?? v.defaultText, src.unitNames);
    if (c.carries === "service-address" && (!c.target || !src.deployedNames.has(c.target))) {
      const alt = deployedTarget(v.name, src.deployedNames);
      if (alt) c.target = alt;
    }
    const required = isRequired(
      {
        name: v.name,
        carries: c.carries,
        hasDefault: v.hasDefault,
        defaultText: v.defaultText,
        strict: v.strict,
        target: c.target,
        conditional: v.conditional,
        presenceTested: v.presenceTested
      },
      src.stores,
      src.deployedNames
    );
    const req = {
      name: v.name,
      carries: c.carries,
      hasDefault: v.hasDefault,
      required,
      evidence: v.evidence,
      source: v.source
    };
    if (c.target) req.target = c.target;
    if (c.scheme) req.scheme = c.scheme;
    const why = optionalReason(v.name);
    if (why) req.optionalReason = why;
    const ex = exampleOf(c.carries, v.value ?? example?.value, v.name);
    if (ex !== void 0) req.example = ex;
    if (example && !v.evidence.some((e) => e.file === example.evidence.file)) req.evidence = [...v.evidence, example.evidence].slice(0, 4);
    out.push(req);
  }
  for (const i of src.implied) {
    const same = out.find((o) => o.name === i.name);
    if (same) {
      same.required ||= i.required;
      continue;
    }
    if (i.carries === "database-url" && out.some((o) => o.carries.startsWith("database-") && (o.required || profileOnly.has(o.name))))
      continue;
    out.push({
      name: i.name,
      carries: i.carries,
      hasDefault: false,
      required: i.required,
      ...i.target ? { target: i.target } : {},
      ...i.scheme ? { scheme: i.scheme } : {},
      evidence: i.evidence,
      source: "framework"
    });
  }
  for (const e of src.examples) {
    if (out.some((o) => o.name === e.name) || RUNTIME_NAMES.test(e.name)) continue;
    const c = classifyVariable(e.name, e.value, src.unitNames);
    const imageInit = DATASTORE_IMAGE_INIT.test(e.name) && out.some((o) => o.carries === "database-url" && o.source === "code");
    const required = !imageInit && src.examplesAreOwn && isRequired({ name: e.name, carries: c.carries, hasDefault: false, strict: false, target: c.target }, src.stores, src.deployedNames);
    out.push({
      name: e.name,
      carries: c.carries,
      hasDefault: false,
      required,
      ...c.target ? { target: c.target } : {},
      ...c.scheme ? { scheme: c.scheme } : {},
      ...exampleOf(c.carries, e.value, e.name) !== void 0 ? { example: exampleOf(c.carries, e.value, e.name) } : {},
      evidence: [e.evidence],
      source: "env-example"
    });
  }
  return out.sort((a, b) => Number(b.required) - Number(a.required) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
function parseEnvLines(files, file) {
  const out = [];
  files.lines(file).forEach((l, i) => {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(l);
    if (m) out.push({ name: m[1], value: m[2].trim().replace(/^["']|["']$/g, ""), evidence: { file, line: i + 1 } });
  });
  return out;
}
function envFileEntries(files, c) {
  const dir = c.file.includes("/") ? c.file.slice(0, c.file.lastIndexOf("/")) : ".";
  return (c.envFile ?? []).flatMap((f) => {
    const rel = (dir === "." ? f : `${dir}/${f}`).replace(/^\.\//, "").replace(/\/\.\//g, "/");
    return files.all.includes(rel) ? parseEnvLines(files, rel) : [];
  });
}
function exampleEntries(files, paths) {
  return paths.flatMap((p) => parseEnvLines(files, p));
}
function deployedTarget(name, deployed) {
  const stem = name.replace(/_(SERVICE_)?(ADDR|ADDRESS|HOST|URL|URI|ENDPOINT)$/i, "").replace(/_(GRPC|HTTP|HTTPS|REST|API|RPC)$/i, "").replace(/_/g, "").toLowerCase();
  if (!stem) return void 0;
  return [...deployed].find((u) => {
    const n = u.replace(/[-_]/g, "").toLowerCase();
    return n === stem || n === `${stem}service` || n.replace(/service$/, "") === stem;
  });
}
var handlebars = { exports: {} };
var handlebars_runtime = { exports: {} };
var base$1 = {};
var utils = {};
var hasRequiredUtils;
function requireUtils() {
  if (hasRequiredUtils) return utils;
  hasRequiredUtils = 1;
  utils.__esModule = true;
  utils.extend = extend;
  utils.indexOf = indexOf;
  utils.escapeExpression = escapeExpression;
  utils.isEmpty = isEmpty;
  utils.createFrame = createFrame;
  utils.blockParams = blockParams;
  utils.appendContextPath = appendContextPath;
  var escape = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#x27;",
    "`": "&#x60;",
    "=": "&#x3D;"
  };
  var badChars = /[&<>"'`=]/g, possible = /[&<>"'`=]/;
  function escapeChar(chr) {
    return escape[chr];
  }
  function extend(obj) {
    for (var i = 1; i < arguments.length; i++) {
      for (var key in arguments[i]) {
        if (Object.prototype.hasOwnProperty.call(arguments[i], key)) {
          obj[key] = arguments[i][key];
        }
      }
    }
    return obj;
  }
  var toString = Object.prototype.toString;
  utils.toString = toString;
  var isFunction = function isFunction2(value) {
    return typeof value === "function";
  };
  if (isFunction(/x/)) {
    utils.isFunction = isFunction = function(value) {
      return typeof value === "function" && toString.call(value) === "[object Function]";
    };
  }
  utils.isFunction = isFunction;
  var isArray = Array.isArray || function(value) {
    return value && typeof value === "object" ? toString.call(value) === "[object Array]" : false;
  };
  utils.isArray = isArray;
  function indexOf(array2, value) {
    for (var i = 0, len = array2.length; i < len; i++) {
      if (array2[i] === value) {
        return i;
      }
    }
    return -1;
  }
  function escapeExpression(string2) {
    if (typeof string2 !== "string") {
      if (string2 && typeof string2.toHTML === "function") {
        return string2.toHTML();
      } else if (string2 == null) {
        return "";
      } else if (!string2) {
        return string2 + "";
      }
      string2 = "" + string2;
    }
    if (!possible.test(string2)) {
      return string2;
    }
    return string2.replace(badChars, escapeChar);
  }
  function isEmpty(value) {
    if (!value && value !== 0) {
      return true;
    } else if (isArray(value) && value.length === 0) {
      return true;
    } else {
      return false;
    }
  }
  function createFrame(object2) {
    var frame = extend({}, object2);
    frame._parent = object2;
    return frame;
  }
  function blockParams(params, ids) {
    params.path = ids;
    return params;
  }
  function appendContextPath(contextPath, id) {
    return (contextPath ? contextPath + "." : "") + id;
  }
  return utils;
}
var exception = { exports: {} };
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception.exports;
  hasRequiredException = 1;
  (function(module, exports) {
    exports.__esModule = true;
    var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
    function Exception(message, node) {
      var loc = node && node.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
      if (loc && loc.start) {
        line = loc.start.line;
        column = loc.start.column;
        if (loc.end) {
          endLineNumber = loc.end.line;
          endColumn = loc.end.column;
        }
        message += " - " + line + ":" + column;
      }
      var tmp = Error.prototype.constructor.call(this, message);
      for (var idx = 0; idx < errorProps.length; idx++) {
        this[errorProps[idx]] = tmp[errorProps[idx]];
      }
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, Exception);
      }
      try {
        if (loc) {
          this.lineNumber = line;
          this.endLineNumber = endLineNumber;
          if (Object.defineProperty) {
            Object.defineProperty(this, "column", {
              value: column,
              enumerable: true
            });
            Object.defineProperty(this, "endColumn", {
              value: endColumn,
              enumerable: true
            });
          } else {
            this.column = column;
            this.endColumn = endColumn;
          }
        }
      } catch (nop) {
      }
    }
    Exception.prototype = new Error();
    exports["default"] = Exception;
    module.exports = exports["default"];
  })(exception, exception.exports);
  return exception.exports;
}
var helpers$1 = {};
var blockHelperMissing = { exports: {} };
var hasRequiredBlockHelperMissing;
function requireBlockHelperMissing() {
  if (hasRequiredBlockHelperMissing) return blockHelperMissing.exports;
  hasRequiredBlockHelperMissing = 1;
  (function(module, exports) {
    exports.__esModule = true;
    var _utils = requireUtils();
    exports["default"] = function(instance) {
      instance.registerHelper("blockHelperMissing", function(context, options) {
        var inverse = options.inverse, fn = options.fn;
        if (context === true) {
          return fn(this);
        } else if (context === false || context == null) {
          return inverse(this);
        } else if (_utils.isArray(context)) {
          if (context.length > 0) {
            if (options.ids) {
              options.ids = [options.name];
            }
            return instance.helpers.each(context, options);
          } else {
            return inverse(this);
          }
        } else {
          if (options.data && options.ids) {
            var data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.name);
            options = { data };
          }
          return fn(context, options);
        }
      });
    };
    module.exports = exports["default"];
  })(blockHelperMissing, blockHelperMissing.exports);
  return blockHelperMissing.exports;
}
var each = { exports: {} };
var hasRequiredEach;
function requireEach() {
  if (hasRequiredEach) return each.exports;
  hasRequiredEach = 1;
  (function(module, exports) {
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = requireUtils();
    var _exception = requireException();
    var _exception2 = _interopRequireDefault(_exception);
    function closeIterator(iterator) {
      try {
        var _close = iterator["return"];
        if (_utils.isFunction(_close)) {
          _close.call(iterator);
        }
      } catch (closeError) {
      }
    }
    exports["default"] = function(instance) {
      instance.registerHelper("each", function(context, options) {
        if (!options) {
          throw new _exception2["default"]("Must pass iterator to #each");
        }
        var fn = options.fn, inverse = options.inverse, i = 0, ret = "", data = void 0, contextPath = void 0;
        if (options.data && options.ids) {
          contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]) + ".";
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        if (options.data) {
          data = _utils.createFrame(options.data);
        }
        function execIteration(field, index, last, value) {
          if (data) {
            data.key = field;
            data.index = index;
            data.first = index === 0;
            data.last = !!last;
            if (contextPath) {
              data.contextPath = contextPath + field;
            }
          }
          ret = ret + fn(value, {
            data,
            blockParams: _utils.blockParams([value, field], [contextPath + field, null])
          });
        }
        if (context && typeof context === "object") {
          if (_utils.isArray(context)) {
            for (var j = context.length; i < j; i++) {
              if (i in context) {
                execIteration(i, i, i === context.length - 1, context[i]);
              }
            }
          } else if (typeof Symbol === "function" && context[Symbol.iterator]) {
            var iterator = context[Symbol.iterator]();
            var current = iterator.next();
            while (!current.done) {
              var next = iterator.next();
              try {
                execIteration(i, i, next.done, current.value);
              } catch (e) {
                if (!next.done) {
                  closeIterator(iterator);
                }
                throw e;
              }
              current = next;
              i++;
            }
          } else {
            (function() {
              var priorKey = void 0;
              Object.keys(context).forEach(function(key) {
                if (priorKey !== void 0) {
                  execIteration(priorKey, i - 1, false, context[priorKey]);
                }
                priorKey = key;
                i++;
              });
              if (priorKey !== void 0) {
                execIteration(priorKey, i - 1, true, context[priorKey]);
              }
            })();
          }
        }
        if (i === 0) {
          ret = inverse(this);
        }
        return ret;
      });
    };
    module.exports = exports["default"];
  })(each, each.exports);
  return each.exports;
}
var helperMissing = { exports: {} };
var hasRequiredHelperMissing;
function requireHelperMissing() {
  if (hasRequiredHelperMissing) return helperMissing.exports;
  hasRequiredHelperMissing = 1;
  (function(module, exports) {
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = requireException();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("helperMissing", function() {
        if (arguments.length === 1) {
          return void 0;
        } else {
          throw new _exception2["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
        }
      });
    };
    module.exports = exports["default"];
  })(helperMissing, helperMissing.exports);
  return helperMissing.exports;
}
var _if = { exports: {} };
var hasRequired_if;
function require_if() {
  if (hasRequired_if) return _if.exports;
  hasRequired_if = 1;
  (function(module, exports) {
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = requireUtils();
    var _exception = requireException();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("if", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#if requires exactly one argument");
        }
        if (_utils.isFunction(conditional)) {
          conditional = conditional.call(this);
        }
        if (!options.hash.includeZero && !conditional || _utils.isEmpty(conditional)) {
          return options.inverse(this);
        } else {
          return options.fn(this);
        }
      });
      instance.registerHelper("unless", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#unless requires exactly one argument");
        }
        return instance.helpers["if"].call(this, conditional, {
          fn: options.inverse,
          inverse: options.fn,
          hash: options.hash
        });
      });
    };
    module.exports = exports["default"];
  })(_if, _if.exports);
  return _if.exports;
}
var log = { exports: {} };
var hasRequiredLog;
function requireLog() {
  if (hasRequiredLog) return log.exports;
  hasRequiredLog = 1;
  (function(module, exports) {
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("log", function() {
        var args = [void 0], options = arguments[arguments.length - 1];
        for (var i = 0; i < arguments.length - 1; i++) {
          args.push(arguments[i]);
        }
        var level = 1;
        if (options.hash.level != null) {
          level = options.hash.level;
        } else if (options.data && options.data.level != null) {
          level = options.data.level;
        }
        args[0] = level;
        instance.log.apply(instance, args);
      });
    };
    module.exports = exports["default"];
  })(log, log.exports);
  return log.exports;
}
var lookup = { exports: {} };
var hasRequiredLookup;
function requireLookup() {
  if (hasRequiredLookup) return lookup.exports;
  hasRequiredLookup = 1;
  (function(module, exports) {
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("lookup", function(obj, field, options) {
        if (!obj) {
          return obj;
        }
        return options.lookupProperty(obj, field);
      });
    };
    module.exports = exports["default"];
  })(lookup, lookup.exports);
  return lookup.exports;
}
var _with = { exports: {} };
var hasRequired_with;
function require_with() {
  if (hasRequired_with) return _with.exports;
  hasRequired_with = 1;
  (function(module, exports) {
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = requireUtils();
    var _exception = requireException();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("with", function(context, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#with requires exactly one argument");
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        var fn = options.fn;
        if (!_utils.isEmpty(context)) {
          var data = options.data;
          if (options.data && options.ids) {
            data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]);
          }
          return fn(context, {
            data,
            blockParams: _utils.blockParams([context], [data && data.contextPath])
          });
        } else {
          return options.inverse(this);
        }
      });
    };
    module.exports = exports["default"];
  })(_with, _with.exports);
  return _with.exports;
}
var hasRequiredHelpers$1;
function requireHelpers$1() {
  if (hasRequiredHelpers$1) return helpers$1;
  hasRequiredHelpers$1 = 1;
  helpers$1.__esModule = true;
  helpers$1.registerDefaultHelpers = registerDefaultHelpers;
  helpers$1.moveHelperToHooks = moveHelperToHooks;
  function _interopRequireDefault(obj) {
    return obj && obj.__esModule ? obj : { "default": obj };
  }
  var _helpersBlockHelperMissing = requireBlockHelperMissing();
  var _helpersBlockHelperMissing2 = _interopRequireDefault(_helpersBlockHelperMissing);
  var _helpersEach = requireEach();
  var _helpersEach2 = _interopRequireDefault(_helpersEach);
  var _helpersHelperMissing = requireHelperMissing();
  var _helpersHelperMissing2 = _interopRequireDefault(_helpersHelperMissing);
  var _helpersIf = require_if();
  var _helpersIf2 = _interopRequireDefault(_helpersIf);
  var _helpersLog = requireLog();
  var _helpersLog2 = _interopRequireDefault(_helpersLog);
  var _helpersLookup = requireLookup();
  var _helpersLookup2 = _interopRequireDefault(_helpersLookup);
  var _helpersWith = require_with();
  var _helpersWith2 = _interopRequireDefault(_helpersWith);
  function registerDefaultHelpers(instance) {
    _helpersBlockHelperMissing2["default"](instance);
    _helpersEach2["default"](instance);
    _helpersHelperMissing2["default"](instance);
    _helpersIf2["default"](instance);
    _helpersLog2["default"](instance);
    _helpersLookup2["default"](instance);
    _helpersWith2["default"](instance);
  }
  function moveHelperToHooks(instance, helperName, keepHelper) {
    if (instance.helpers[helperName]) {
      instance.hooks[helperName] = instance.helpers[helperName];
      if (!keepHelper) {
        instance.helpers[helperName] = void 0;
      }
    }
  }
  return helpers$1;
}
var decorators = {};
var inline = { exports: {} };
var hasRequiredInline;
function requireInline() {
  if (hasRequiredInline) return inline.exports;
  hasRequiredInline = 1;
  (function(module, exports) {
    exports.__esModule = true;
    var _utils = requireUtils();
    exports["default"] = function(instance) {
      instance.registerDecorator("inline", function(fn, props, container, options) {
        var ret = fn;
        if (!props.partials) {
          props.partials = {};
          ret = function(context, options2) {
            var original = container.partials;
            container.partials = _utils.extend({}, original, props.partials);
            var ret2 = fn(context, options2);
            container.partials = original;
            return ret2;
          };
        }
        props.partials[options.args[0]] = options.fn;
        return ret;
      });
    };
    module.exports = exports["default"];
  })(inline, inline.exports);
  return inline.exports;
}
var hasRequiredDecorators;
function requireDecorators() {
  if (hasRequiredDecorators) return decorators;
  hasRequiredDecorators = 1;
  decorators.__esModule = true;
  decorators.registerDefaultDecorators = registerDefaultDecorators;
  function _interopRequireDefault(obj) {
    return obj && obj.__esModule ? obj : { "default": obj };
  }
  var _decoratorsInline = requireInline();
  var _decoratorsInline2 = _interopRequireDefault(_decoratorsInline);
  function registerDefaultDecorators(instance) {
    _decoratorsInline2["default"](instance);
  }
  return decorators;
}
var logger = { exports: {} };
var hasRequiredLogger;
function requireLogger() {
  if (hasRequiredLogger) return logger.exports;
  hasRequiredLogger = 1;
  (function(module, exports) {
    exports.__esModule = true;
    var _utils = requireUtils();
    var logger2 = {
      methodMap: ["debug", "info", "warn", "error"],
      level: "info",
      // Maps a given level value to the `methodMap` indexes above.
      lookupLevel: function lookupLevel(level) {
        if (typeof level === "string") {
          var levelMap = _utils.indexOf(logger2.methodMap, level.toLowerCase());
          if (levelMap >= 0) {
            level = levelMap;
          } else {
            level = parseInt(level, 10);
          }
        }
        return level;
      },
      // Can be overridden in the host environment
      log: function log2(level) {
        level = logger2.lookupLevel(level);
        if (typeof console !== "undefined" && logger2.lookupLevel(logger2.level) <= level) {
          var method = logger2.methodMap[level];
          if (!console[method]) {
            method = "log";
          }
          for (var _len = arguments.length, message = Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++) {
            message[_key - 1] = arguments[_key];
          }
          console[method].apply(console, message);
        }
      }
    };
    exports["default"] = logger2;
    module.exports = exports["default"];
  })(logger, logger.exports);
  return logger.exports;
}
var protoAccess = {};
var hasRequiredProtoAccess;
function requireProtoAccess() {
  if (hasRequiredProtoAccess) return protoAccess;
  hasRequiredProtoAccess = 1;
  protoAccess.__esModule = true;
  protoAccess.createProtoAccessControl = createProtoAccessControl;
  protoAccess.resultIsAllowed = resultIsAllowed;
  protoAccess.isPrototypeConstructor = isPrototypeConstructor;
  protoAccess.resetLoggedProperties = resetLoggedProperties;
  function _interopRequireDefault(obj) {
    return obj && obj.__esModule ? obj : { "default": obj };
  }
  var _utils = requireUtils();
  var _logger = requireLogger();
  var _logger2 = _interopRequireDefault(_logger);
  var loggedProperties = /* @__PURE__ */ Object.create(null);
  function createProtoAccessControl(runtimeOptions) {
    var propertyWhiteList = /* @__PURE__ */ Object.create(null);
    propertyWhiteList["__proto__"] = false;
    _utils.extend(propertyWhiteList, runtimeOptions.allowedProtoProperties);
    var methodWhiteList = /* @__PURE__ */ Object.create(null);
    methodWhiteList["constructor"] = false;
    methodWhiteList["__defineGetter__"] = false;
    methodWhiteList["__defineSetter__"] = false;
    methodWhiteList["__lookupGetter__"] = false;
    methodWhiteList["__lookupSetter__"] = false;
    _utils.extend(methodWhiteList, runtimeOptions.allowedProtoMethods);
    return {
      properties: {
        whitelist: propertyWhiteList,
        defaultValue: runtimeOptions.allowProtoPropertiesByDefault
      },
      methods: {
        whitelist: methodWhiteList,
        defaultValue: runtimeOptions.allowProtoMethodsByDefault
      }
    };
  }
  function resultIsAllowed(result, protoAccessControl, propertyName) {
    if (typeof result === "function") {
      return checkWhiteList(protoAccessControl.methods, propertyName);
    } else {
      return checkWhiteList(protoAccessControl.properties, propertyName);
    }
  }
  function isPrototypeConstructor(parent, propertyName, result) {
    return propertyName === "constructor" && typeof result === "function" && parent === result.prototype;
  }
  function checkWhiteList(protoAccessControlForType, propertyName) {
    if (protoAccessControlForType.whitelist[propertyName] !== void 0) {
      return protoAccessControlForType.whitelist[propertyName] === true;
    }
    if (protoAccessControlForType.defaultValue !== void 0) {
      return protoAccessControlForType.defaultValue;
    }
    logUnexpecedPropertyAccessOnce(propertyName);
    return false;
  }
  function logUnexpecedPropertyAccessOnce(propertyName) {
    if (loggedProperties[propertyName] !== true) {
      loggedProperties[propertyName] = true;
      _logger2["default"].log("error", 'Handlebars: Access has been denied to resolve the property "' + propertyName + '" because it is not an "own property" of its parent.\nYou can add a runtime option to disable the check or this warning:\nSee https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details');
    }
  }
  function resetLoggedProperties() {
    Object.keys(loggedProperties).forEach(function(propertyName) {
      delete loggedProperties[propertyName];
    });
  }
  return protoAccess;
}
var hasRequiredBase$1;
function requireBase$1() {
  if (hasRequiredBase$1) return base$1;
  hasRequiredBase$1 = 1;
  base$1.__esModule = true;
  base$1.HandlebarsEnvironment = HandlebarsEnvironment;
  function _interopRequireDefault(obj) {
    return obj && obj.__esModule ? obj : { "default": obj };
  }
  var _utils = requireUtils();
  var _exception = requireException();
  var _exception2 = _interopRequireDefault(_exception);
  var _helpers = requireHelpers$1();
  var _decorators = requireDecorators();
  var _logger = requireLogger();
  var _logger2 = _interopRequireDefault(_logger);
  var _internalProtoAccess = requireProtoAccess();
  var VERSION = "4.7.10";
  base$1.VERSION = VERSION;
  var COMPILER_REVISION = 8;
  base$1.COMPILER_REVISION = COMPILER_REVISION;
  var LAST_COMPATIBLE_COMPILER_REVISION = 7;
  base$1.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
  var REVISION_CHANGES = {
    1: "<= 1.0.rc.2",
    // 1.0.rc.2 is actually rev2 but doesn't report it
    2: "== 1.0.0-rc.3",
    3: "== 1.0.0-rc.4",
    4: "== 1.x.x",
    5: "== 2.0.0-alpha.x",
    6: ">= 2.0.0-beta.1",
    7: ">= 4.0.0 <4.3.0",
    8: ">= 4.3.0"
  };
  base$1.REVISION_CHANGES = REVISION_CHANGES;
  var objectType = "[object Object]";
  function HandlebarsEnvironment(helpers2, partials, decorators2) {
    this.helpers = helpers2 || {};
    this.partials = partials || {};
    this.decorators = decorators2 || {};
    _helpers.registerDefaultHelpers(this);
    _decorators.registerDefaultDecorators(this);
  }
  HandlebarsEnvironment.prototype = {
    constructor: HandlebarsEnvironment,
    logger: _logger2["default"],
    log: _logger2["default"].log,
    registerHelper: function registerHelper(name, fn) {
      if (_utils.toString.call(name) === objectType) {
        if (fn) {
          throw new _exception2["default"]("Arg not supported with multiple helpers");
        }
        _utils.extend(this.helpers, name);
      } else {
        this.helpers[name] = fn;
      }
    },
    unregisterHelper: function unregisterHelper(name) {
      delete this.helpers[name];
    },
    registerPartial: function registerPartial(name, partial) {
      if (_utils.toString.call(name) === objectType) {
        _utils.extend(this.partials, name);
      } else {
        if (typeof partial === "undefined") {
          throw new _exception2["default"]('Attempting to register a partial called "' + name + '" as undefined');
        }
        this.partials[name] = partial;
      }
    },
    unregisterPartial: function unregisterPartial(name) {
      delete this.partials[name];
    },
    registerDecorator: function registerDecorator(name, fn) {
      if (_utils.toString.call(name) === objectType) {
        if (fn) {
          throw new _exception2["default"]("Arg not supported with multiple decorators");
        }
        _utils.extend(this.decorators, name);
      } else {
        this.decorators[name] = fn;
      }
    },
    unregisterDecorator: function unregisterDecorator(name) {
      delete this.decorators[name];
    },
    /**
     * Reset the memory of illegal property accesses that have already been logged.
     * @deprecated should only be used in handlebars test-cases
     */
    resetLoggedPropertyAccesses: function resetLoggedPropertyAccesses() {
      _internalProtoAccess.resetLoggedProperties();
    }
  };
  var log2 = _logger2["default"].log;
  base$1.log = log2;
  base$1.createFrame = _utils.createFrame;
  base$1.logger = _logger2["default"];
  return base$1;
}
var safeString = { exports: {} };
var hasRequiredSafeString;
function requireSafeString() {
  if (hasRequiredSafeString) return safeString.exports;
  hasRequiredSafeString = 1;
  (function(module, exports) {
    exports.__esModule = true;
    function SafeString(string2) {
      this.string = string2;
    }
    SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
      return "" + this.string;
    };
    exports["default"] = SafeString;
    module.exports = exports["default"];
  })(safeString, safeString.exports);
  return safeString.exports;
}
var runtime = {};
var wrapHelper = {};
var hasRequiredWrapHelper;
function requireWrapHelper() {
  if (hasRequiredWrapHelper) return wrapHelper;
  hasRequiredWrapHelper = 1;
  wrapHelper.__esModule = true;
  wrapHelper.wrapHelper = wrapHelper$1;
  function wrapHelper$1(helper, transformOptionsFn) {
    if (typeof helper !== "function") {
      return helper;
    }
    var wrapper = function wrapper2() {
      var options = arguments[arguments.length - 1];
      arguments[arguments.length - 1] = transformOptionsFn(options);
      return helper.apply(this, arguments);
    };
    return wrapper;
  }
  return wrapHelper;
}
var hasRequiredRuntime;
function requireRuntime() {
  if (hasRequiredRuntime) return runtime;
  hasRequiredRuntime = 1;
  runtime.__esModule = true;
  runtime.checkRevision = checkRevision;
  runtime.template = template;
  runtime.wrapProgram = wrapProgram;
  runtime.resolvePartial = resolvePartial;
  runtime.invokePartial = invokePartial;
  runtime.noop = noop;
  function _interopRequireDefault(obj) {
    return obj && obj.__esModule ? obj : { "default": obj };
  }
  function _interopRequireWildcard(obj) {
    if (obj && obj.__esModule) {
      return obj;
    } else {
      var newObj = {};
      if (obj != null) {
        for (var key in obj) {
          if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
        }
      }
      newObj["default"] = obj;
      return newObj;
    }
  }
  var _utils = requireUtils();
  var Utils = _interopRequireWildcard(_utils);
  var _exception = requireException();
  var _exception2 = _interopRequireDefault(_exception);
  var _base = requireBase$1();
  var _helpers = requireHelpers$1();
  var _internalWrapHelper = requireWrapHelper();
  var _internalProtoAccess = requireProtoAccess();
  function checkRevision(compilerInfo) {
    var compilerRevision = compilerInfo && compilerInfo[0] || 1, currentRevision = _base.COMPILER_REVISION;
    if (compilerRevision >= _base.LAST_COMPATIBLE_COMPILER_REVISION && compilerRevision <= _base.COMPILER_REVISION) {
      return;
    }
    if (compilerRevision < _base.LAST_COMPATIBLE_COMPILER_REVISION) {
      var runtimeVersions = _base.REVISION_CHANGES[currentRevision], compilerVersions = _base.REVISION_CHANGES[compilerRevision];
      throw new _exception2["default"]("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + runtimeVersions + ") or downgrade your runtime to an older version (" + compilerVersions + ").");
    } else {
      throw new _exception2["default"]("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + compilerInfo[1] + ").");
    }
  }
  function template(templateSpec, env) {
    if (!env) {
      throw new _exception2["default"]("No environment passed to template");
    }
    if (!templateSpec || !templateSpec.main) {
      throw new _exception2["default"]("Unknown template object: " + typeof templateSpec);
    }
    templateSpec.main.decorator = templateSpec.main_d;
    env.VM.checkRevision(templateSpec.compiler);
    var templateWasPrecompiledWithCompilerV7 = templateSpec.compiler && templateSpec.compiler[0] === 7;
    function invokePartialWrapper(partial, context, options) {
      if (options.hash) {
        context = Utils.extend({}, context, options.hash);
        if (options.ids) {
          options.ids[0] = true;
        }
      }
      partial = env.VM.resolvePartial.call(this, partial, context, options);
      options.hooks = this.hooks;
      options.protoAccessControl = this.protoAccessControl;
      var result = env.VM.invokePartial.call(this, partial, context, options);
      if (result == null && Utils.isFunction(partial)) {
        throw new _exception2["default"]("The partial " + options.name + " returned no output: partials must return a string");
      }
      if (result == null && env.compile) {
        if (typeof partial !== "string") {
          throw new _exception2["default"]("The partial " + options.name + " could not be compiled: partials must be strings or functions returning strings");
        }
        options.partials[options.name] = env.compile(partial, templateSpec.compilerOptions, env);
        result = options.partials[options.name](context, options);
      }
      if (result != null) {
        if (options.indent) {
          var lines = result.split("\n");
          for (var i = 0, l = lines.length; i < l; i++) {
            if (!lines[i] && i + 1 === l) {
              break;
            }
            lines[i] = options.indent + lines[i];
          }
          result = lines.join("\n");
        }
        return result;
      } else {
        throw new _exception2["default"]("The partial " + options.name + " could not be compiled when running in runtime-only mode");
      }
    }
    var container = {
      strict: function strict(obj, name, loc) {
        if (!obj || !(name in obj)) {
          throw new _exception2["default"]('"' + name + '" not defined in ' + obj, {
            loc
          });
        }
        return container.lookupProperty(obj, name);
      },
      lookupProperty: function lookupProperty(parent, propertyName) {
        var result = parent[propertyName];
        if (result == null) {
          return result;
        }
        if (Object.prototype.hasOwnProperty.call(parent, propertyName) && !_internalProtoAccess.isPrototypeConstructor(parent, propertyName, result)) {
          return result;
        }
        if (_internalProtoAccess.resultIsAllowed(result, container.protoAccessControl, propertyName)) {
          return result;
        }
        return void 0;
      },
      lookup: function lookup2(depths, name) {
        var len = depths.length;
        for (var i = 0; i < len; i++) {
          var result = depths[i] && container.lookupProperty(depths[i], name);
          if (result != null) {
            return result;
          }
        }
      },
      lambda: function lambda(current, context) {
        return typeof current === "function" ? current.call(context) : current;
      },
      escapeExpression: Utils.escapeExpression,
      invokePartial: invokePartialWrapper,
      fn: function fn(i) {
        var ret2 = templateSpec[i];
        ret2.decorator = templateSpec[i + "_d"];
        return ret2;
      },
      programs: [],
      program: function program(i, data, declaredBlockParams, blockParams, depths) {
        var programWrapper = this.programs[i], fn = this.fn(i);
        if (data || depths || blockParams || declaredBlockParams) {
          programWrapper = wrapProgram(this, i, fn, data, declaredBlockParams, blockParams, depths);
        } else if (!programWrapper) {
          programWrapper = this.programs[i] = wrapProgram(this, i, fn);
        }
        return programWrapper;
      },
      data: function data(value, depth2) {
        while (value && depth2--) {
          value = value._parent;
        }
        return value;
      },
      mergeIfNeeded: function mergeIfNeeded(param, common) {
        var obj = param || common;
        if (param && common && param !== common) {
          obj = Utils.extend({}, common, param);
        }
        return obj;
      },
      // An empty object to use as replacement for null-contexts
      nullContext: Object.seal({}),
      noop: env.VM.noop,
      compilerInfo: templateSpec.compiler
    };
    function ret(context) {
      var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
      var data = options.data;
      ret._setup(options);
      if (!options.partial && templateSpec.useData) {
        data = initData(context, data);
      }
      var depths = void 0, blockParams = templateSpec.useBlockParams ? [] : void 0;
      if (templateSpec.useDepths) {
        if (options.depths) {
          depths = context != options.depths[0] ? [context].concat(options.depths) : options.depths;
        } else {
          depths = [context];
        }
      }
      function main(context2) {
        return "" + templateSpec.main(container, context2, container.helpers, container.partials, data, blockParams, depths);
      }
      main = executeDecorators(templateSpec.main, main, container, options.depths || [], data, blockParams);
      return main(context, options);
    }
    ret.isTop = true;
    ret._setup = function(options) {
      if (!options.partial) {
        var mergedHelpers = {};
        addHelpers(mergedHelpers, env.helpers, container);
        addHelpers(mergedHelpers, options.helpers, container);
        container.helpers = mergedHelpers;
        if (templateSpec.usePartial) {
          container.partials = container.mergeIfNeeded(options.partials, env.partials);
        }
        if (templateSpec.usePartial || templateSpec.useDecorators) {
          container.decorators = Utils.extend({}, env.decorators, options.decorators);
        }
        container.hooks = {};
        container.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options);
        var keepHelperInHelpers = options.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
        _helpers.moveHelperToHooks(container, "helperMissing", keepHelperInHelpers);
        _helpers.moveHelperToHooks(container, "blockHelperMissing", keepHelperInHelpers);
      } else {
        container.protoAccessControl = options.protoAccessControl;
        container.helpers = options.helpers;
        container.partials = options.partials;
        container.decorators = options.decorators;
        container.hooks = options.hooks;
      }
    };
    ret._child = function(i, data, blockParams, depths) {
      if (templateSpec.useBlockParams && !blockParams) {
        throw new _exception2["default"]("must pass block params");
      }
      if (templateSpec.useDepths && !depths) {
        throw new _exception2["default"]("must pass parent depths");
      }
      return wrapProgram(container, i, templateSpec[i], data, 0, blockParams, depths);
    };
    return ret;
  }
  function wrapProgram(container, i, fn, data, declaredBlockParams, blockParams, depths) {
    function prog(context) {
      var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
      var currentDepths = depths;
      if (depths && context != depths[0] && !(context === container.nullContext && depths[0] === null)) {
        currentDepths = [context].concat(depths);
      }
      return fn(container, context, container.helpers, container.partials, options.data || data, blockParams && [options.blockParams].concat(blockParams), currentDepths);
    }
    prog = executeDecorators(fn, prog, container, depths, data, blockParams);
    prog.program = i;
    prog.depth = depths ? depths.length : 0;
    prog.blockParams = declaredBlockParams || 0;
    return prog;
  }
  function resolvePartial(partial, context, options) {
    if (!partial) {
      if (options.name === "@partial-block") {
        partial = lookupOwnProperty(options.data, "partial-block");
      } else {
        partial = lookupOwnProperty(options.partials, options.name);
      }
    } else if (typeof partial !== "function" && !options.name) {
      options.name = partial;
      partial = lookupOwnProperty(options.partials, partial);
    }
    return partial;
  }
  function invokePartial(partial, context, options) {
    var currentPartialBlock = lookupOwnProperty(options.data, "partial-block");
    options.partial = true;
    if (options.ids) {
      options.data.contextPath = options.ids[0] || options.data.contextPath;
    }
    var partialBlock = void 0;
    if (options.fn && options.fn !== noop) {
      (function() {
        options.data = _base.createFrame(options.data);
        var fn = options.fn;
        partialBlock = options.data["partial-block"] = function partialBlockWrapper(context2) {
          var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
          options2.data = _base.createFrame(options2.data);
          options2.data["partial-block"] = currentPartialBlock;
          return fn(context2, options2);
        };
        if (fn.partials) {
          options.partials = Utils.extend({}, options.partials, fn.partials);
        }
      })();
    }
    if (partial === void 0 && partialBlock) {
      partial = partialBlock;
    }
    if (partial === void 0) {
      throw new _exception2["default"]("The partial " + options.name + " could not be found");
    } else if (partial instanceof Function) {
      return partial(context, options);
    }
  }
  function noop() {
    return "";
  }
  function lookupOwnProperty(obj, name) {
    if (obj && Object.prototype.hasOwnProperty.call(obj, name)) {
      return obj[name];
    }
  }
  function initData(context, data) {
    if (!data || !("root" in data)) {
      data = data ? _base.createFrame(data) : {};
      data.root = context;
    }
    return data;
  }
  function executeDecorators(fn, prog, container, depths, data, blockParams) {
    if (fn.decorator) {
      var props = {};
      prog = fn.decorator(prog, props, container, depths && depths[0], data, blockParams, depths);
      Utils.extend(prog, props);
    }
    return prog;
  }
  function addHelpers(mergedHelpers, helpers2, container) {
    if (!helpers2) return;
    Object.keys(helpers2).forEach(function(helperName) {
      var helper = helpers2[helperName];
      mergedHelpers[helperName] = passLookupPropertyOption(helper, container);
    });
  }
  function passLookupPropertyOption(helper, container) {
    var lookupProperty = container.lookupProperty;
    return _internalWrapHelper.wrapHelper(helper, function(options) {
      options.lookupProperty = lookupProperty;
      return options;
    });
  }
  return runtime;
}
var noConflict = { exports: {} };
var hasRequiredNoConflict;
function requireNoConflict() {
  if (hasRequiredNoConflict) return noConflict.exports;
  hasRequiredNoConflict = 1;
  (function(module, exports) {
    exports.__esModule = true;
    exports["default"] = function(Handlebars2) {
      (function() {
        if (typeof globalThis === "object") return;
        Object.prototype.__defineGetter__("__magic__", function() {
          return this;
        });
        __magic__.globalThis = __magic__;
        delete Object.prototype.__magic__;
      })();
      var $Handlebars = globalThis.Handlebars;
      Handlebars2.noConflict = function() {
        if (globalThis.Handlebars === Handlebars2) {
          globalThis.Handlebars = $Handlebars;
        }
        return Handlebars2;
      };
    };
    module.exports = exports["default"];
  })(noConflict, noConflict.exports);
  return noConflict.exports;
}
var hasRequiredHandlebars_runtime;
function requireHandlebars_runtime() {
  if (hasRequiredHandlebars_runtime) return handlebars_runtime.exports;
  hasRequiredHandlebars_runtime = 1;
  (function(module, exports) {
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _handlebarsBase = requireBase$1();
    var base2 = _interopRequireWildcard(_handlebarsBase);
    var _handlebarsSafeString = requireSafeString();
    var _handlebarsSafeString2 = _interopRequireDefault(_handlebarsSafeString);
    var _handlebarsException = requireException();
    var _handlebarsException2 = _interopRequireDefault(_handlebarsException);
    var _handlebarsUtils = requireUtils();
    var Utils = _interopRequireWildcard(_handlebarsUtils);
    var _handlebarsRuntime = requireRuntime();
    var runtime2 = _interopRequireWildcard(_handlebarsRuntime);
    var _handlebarsNoConflict = requireNoConflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    function create() {
      var hb = new base2.HandlebarsEnvironment();
      Utils.extend(hb, base2);
      hb.SafeString = _handlebarsSafeString2["default"];
      hb.Exception = _handlebarsException2["default"];
      hb.Utils = Utils;
      hb.escapeExpression = Utils.escapeExpression;
      hb.VM = runtime2;
      hb.template = function(spec) {
        return runtime2.template(spec, hb);
      };
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  })(handlebars_runtime, handlebars_runtime.exports);
  return handlebars_runtime.exports;
}
var ast = { exports: {} };
var hasRequiredAst;
function requireAst() {
  if (hasRequiredAst) return ast.exports;
  hasRequiredAst = 1;
  (function(module, exports) {
    exports.__esModule = true;
    var AST = {
      // Public API used to evaluate derived attributes regarding AST nodes
      helpers: {
        // a mustache is definitely a helper if:
        // * it is an eligible helper, and
        // * it has at least one parameter or hash segment
        helperExpression: function helperExpression(node) {
          return node.type === "SubExpression" || (node.type === "MustacheStatement" || node.type === "BlockStatement") && !!(node.params && node.params.length || node.hash);
        },
        scopedId: function scopedId(path) {
          return /^\.|this\b/.test(path.original);
        },
        // an ID is simple if it only has one part, and that part is not
        // `..` or `this`.
        simpleId: function simpleId(path) {
          return path.parts.length === 1 && !AST.helpers.scopedId(path) && !path.depth;
        }
      }
    };
    exports["default"] = AST;
    module.exports = exports["default"];
  })(ast, ast.exports);
  return ast.exports;
}
var base = {};
var parser = { exports: {} };
var hasRequiredParser;
function requireParser() {
  if (hasRequiredParser) return parser.exports;
  hasRequiredParser = 1;
  (function(module, exports) {
    exports.__esModule = true;
    var handlebars2 = (function() {
      var parser2 = {
        trace: function trace() {
        },
        yy: {},
        symbols_: { "error": 2, "root": 3, "program": 4, "EOF": 5, "program_repetition0": 6, "statement": 7, "mustache": 8, "block": 9, "rawBlock": 10, "partial": 11, "partialBlock": 12, "content": 13, "COMMENT": 14, "CONTENT": 15, "openRawBlock": 16, "rawBlock_repetition0": 17, "END_RAW_BLOCK": 18, "OPEN_RAW_BLOCK": 19, "helperName": 20, "openRawBlock_repetition0": 21, "openRawBlock_option0": 22, "CLOSE_RAW_BLOCK": 23, "openBlock": 24, "block_option0": 25, "closeBlock": 26, "openInverse": 27, "block_option1": 28, "OPEN_BLOCK": 29, "openBlock_repetition0": 30, "openBlock_option0": 31, "openBlock_option1": 32, "CLOSE": 33, "OPEN_INVERSE": 34, "openInverse_repetition0": 35, "openInverse_option0": 36, "openInverse_option1": 37, "openInverseChain": 38, "OPEN_INVERSE_CHAIN": 39, "openInverseChain_repetition0": 40, "openInverseChain_option0": 41, "openInverseChain_option1": 42, "inverseAndProgram": 43, "INVERSE": 44, "inverseChain": 45, "inverseChain_option0": 46, "OPEN_ENDBLOCK": 47, "OPEN": 48, "mustache_repetition0": 49, "mustache_option0": 50, "OPEN_UNESCAPED": 51, "mustache_repetition1": 52, "mustache_option1": 53, "CLOSE_UNESCAPED": 54, "OPEN_PARTIAL": 55, "partialName": 56, "partial_repetition0": 57, "partial_option0": 58, "openPartialBlock": 59, "OPEN_PARTIAL_BLOCK": 60, "openPartialBlock_repetition0": 61, "openPartialBlock_option0": 62, "param": 63, "sexpr": 64, "OPEN_SEXPR": 65, "sexpr_repetition0": 66, "sexpr_option0": 67, "CLOSE_SEXPR": 68, "hash": 69, "hash_repetition_plus0": 70, "hashSegment": 71, "ID": 72, "EQUALS": 73, "blockParams": 74, "OPEN_BLOCK_PARAMS": 75, "blockParams_repetition_plus0": 76, "CLOSE_BLOCK_PARAMS": 77, "path": 78, "dataName": 79, "STRING": 80, "NUMBER": 81, "BOOLEAN": 82, "UNDEFINED": 83, "NULL": 84, "DATA": 85, "pathSegments": 86, "SEP": 87, "$accept": 0, "$end": 1 },
        terminals_: { 2: "error", 5: "EOF", 14: "COMMENT", 15: "CONTENT", 18: "END_RAW_BLOCK", 19: "OPEN_RAW_BLOCK", 23: "CLOSE_RAW_BLOCK", 29: "OPEN_BLOCK", 33: "CLOSE", 34: "OPEN_INVERSE", 39: "OPEN_INVERSE_CHAIN", 44: "INVERSE", 47: "OPEN_ENDBLOCK", 48: "OPEN", 51: "OPEN_UNESCAPED", 54: "CLOSE_UNESCAPED", 55: "OPEN_PARTIAL", 60: "OPEN_PARTIAL_BLOCK", 65: "OPEN_SEXPR", 68: "CLOSE_SEXPR", 72: "ID", 73: "EQUALS", 75: "OPEN_BLOCK_PARAMS", 77: "CLOSE_BLOCK_PARAMS", 80: "STRING", 81: "NUMBER", 82: "BOOLEAN", 83: "UNDEFINED", 84: "NULL", 85: "DATA", 87: "SEP" },
        productions_: [0, [3, 2], [4, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [13, 1], [10, 3], [16, 5], [9, 4], [9, 4], [24, 6], [27, 6], [38, 6], [43, 2], [45, 3], [45, 1], [26, 3], [8, 5], [8, 5], [11, 5], [12, 3], [59, 5], [63, 1], [63, 1], [64, 5], [69, 1], [71, 3], [74, 3], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [56, 1], [56, 1], [79, 2], [78, 1], [86, 3], [86, 1], [6, 0], [6, 2], [17, 0], [17, 2], [21, 0], [21, 2], [22, 0], [22, 1], [25, 0], [25, 1], [28, 0], [28, 1], [30, 0], [30, 2], [31, 0], [31, 1], [32, 0], [32, 1], [35, 0], [35, 2], [36, 0], [36, 1], [37, 0], [37, 1], [40, 0], [40, 2], [41, 0], [41, 1], [42, 0], [42, 1], [46, 0], [46, 1], [49, 0], [49, 2], [50, 0], [50, 1], [52, 0], [52, 2], [53, 0], [53, 1], [57, 0], [57, 2], [58, 0], [58, 1], [61, 0], [61, 2], [62, 0], [62, 1], [66, 0], [66, 2], [67, 0], [67, 1], [70, 1], [70, 2], [76, 1], [76, 2]],
        performAction: function anonymous(yytext, yyleng, yylineno, yy, yystate, $$, _$) {
          var $0 = $$.length - 1;
          switch (yystate) {
            case 1:
              return $$[$0 - 1];
            case 2:
              this.$ = yy.prepareProgram($$[$0]);
              break;
            case 3:
              this.$ = $$[$0];
              break;
            case 4:
              this.$ = $$[$0];
              break;
            case 5:
              this.$ = $$[$0];
              break;
            case 6:
              this.$ = $$[$0];
              break;
            case 7:
              this.$ = $$[$0];
              break;
            case 8:
              this.$ = $$[$0];
              break;
            case 9:
              this.$ = {
                type: "CommentStatement",
                value: yy.stripComment($$[$0]),
                strip: yy.stripFlags($$[$0], $$[$0]),
                loc: yy.locInfo(this._$)
              };
              break;
            case 10:
              this.$ = {
                type: "ContentStatement",
                original: $$[$0],
                value: $$[$0],
                loc: yy.locInfo(this._$)
              };
              break;
            case 11:
              this.$ = yy.prepareRawBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
              break;
            case 12:
              this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1] };
              break;
            case 13:
              this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], false, this._$);
              break;
            case 14:
              this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], true, this._$);
              break;
            case 15:
              this.$ = { open: $$[$0 - 5], path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 16:
              this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 17:
              this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 18:
              this.$ = { strip: yy.stripFlags($$[$0 - 1], $$[$0 - 1]), program: $$[$0] };
              break;
            case 19:
              var inverse = yy.prepareBlock($$[$0 - 2], $$[$0 - 1], $$[$0], $$[$0], false, this._$), program = yy.prepareProgram([inverse], $$[$0 - 1].loc);
              program.chained = true;
              this.$ = { strip: $$[$0 - 2].strip, program, chain: true };
              break;
            case 20:
              this.$ = $$[$0];
              break;
            case 21:
              this.$ = { path: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 2], $$[$0]) };
              break;
            case 22:
              this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
              break;
            case 23:
              this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
              break;
            case 24:
              this.$ = {
                type: "PartialStatement",
                name: $$[$0 - 3],
                params: $$[$0 - 2],
                hash: $$[$0 - 1],
                indent: "",
                strip: yy.stripFlags($$[$0 - 4], $$[$0]),
                loc: yy.locInfo(this._$)
              };
              break;
            case 25:
              this.$ = yy.preparePartialBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
              break;
            case 26:
              this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 4], $$[$0]) };
              break;
            case 27:
              this.$ = $$[$0];
              break;
            case 28:
              this.$ = $$[$0];
              break;
            case 29:
              this.$ = {
                type: "SubExpression",
                path: $$[$0 - 3],
                params: $$[$0 - 2],
                hash: $$[$0 - 1],
                loc: yy.locInfo(this._$)
              };
              break;
            case 30:
              this.$ = { type: "Hash", pairs: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 31:
              this.$ = { type: "HashPair", key: yy.id($$[$0 - 2]), value: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 32:
              this.$ = yy.id($$[$0 - 1]);
              break;
            case 33:
              this.$ = $$[$0];
              break;
            case 34:
              this.$ = $$[$0];
              break;
            case 35:
              this.$ = { type: "StringLiteral", value: $$[$0], original: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 36:
              this.$ = { type: "NumberLiteral", value: Number($$[$0]), original: Number($$[$0]), loc: yy.locInfo(this._$) };
              break;
            case 37:
              this.$ = { type: "BooleanLiteral", value: $$[$0] === "true", original: $$[$0] === "true", loc: yy.locInfo(this._$) };
              break;
            case 38:
              this.$ = { type: "UndefinedLiteral", original: void 0, value: void 0, loc: yy.locInfo(this._$) };
              break;
            case 39:
              this.$ = { type: "NullLiteral", original: null, value: null, loc: yy.locInfo(this._$) };
              break;
            case 40:
              this.$ = $$[$0];
              break;
            case 41:
              this.$ = $$[$0];
              break;
            case 42:
              this.$ = yy.preparePath(true, $$[$0], this._$);
              break;
            case 43:
              this.$ = yy.preparePath(false, $$[$0], this._$);
              break;
            case 44:
              $$[$0 - 2].push({ part: yy.id($$[$0]), original: $$[$0], separator: $$[$0 - 1] });
              this.$ = $$[$0 - 2];
              break;
            case 45:
              this.$ = [{ part: yy.id($$[$0]), original: $$[$0] }];
              break;
            case 46:
              this.$ = [];
              break;
            case 47:
              $$[$0 - 1].push($$[$0]);
              break;
            case 48:
              this.$ = [];
              break;
            case 49:
              $$[$0 - 1].push($$[$0]);
              break;
            case 50:
              this.$ = [];
              break;
            case 51:
              $$[$0 - 1].push($$[$0]);
              break;
            case 58:
              this.$ = [];
              break;
            case 59:
              $$[$0 - 1].push($$[$0]);
              break;
            case 64:
              this.$ = [];
              break;
            case 65:
              $$[$0 - 1].push($$[$0]);
              break;
            case 70:
              this.$ = [];
              break;
            case 71:
              $$[$0 - 1].push($$[$0]);
              break;
            case 78:
              this.$ = [];
              break;
            case 79:
              $$[$0 - 1].push($$[$0]);
              break;
            case 82:
              this.$ = [];
              break;
            case 83:
              $$[$0 - 1].push($$[$0]);
              break;
            case 86:
              this.$ = [];
              break;
            case 87:
              $$[$0 - 1].push($$[$0]);
              break;
            case 90:
              this.$ = [];
              break;
            case 91:
              $$[$0 - 1].push($$[$0]);
              break;
            case 94:
              this.$ = [];
              break;
            case 95:
              $$[$0 - 1].push($$[$0]);
              break;
            case 98:
              this.$ = [$$[$0]];
              break;
            case 99:
              $$[$0 - 1].push($$[$0]);
              break;
            case 100:
              this.$ = [$$[$0]];
              break;
            case 101:
              $$[$0 - 1].push($$[$0]);
              break;
          }
        },
        table: [{ 3: 1, 4: 2, 5: [2, 46], 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 1: [3] }, { 5: [1, 4] }, { 5: [2, 2], 7: 5, 8: 6, 9: 7, 10: 8, 11: 9, 12: 10, 13: 11, 14: [1, 12], 15: [1, 20], 16: 17, 19: [1, 23], 24: 15, 27: 16, 29: [1, 21], 34: [1, 22], 39: [2, 2], 44: [2, 2], 47: [2, 2], 48: [1, 13], 51: [1, 14], 55: [1, 18], 59: 19, 60: [1, 24] }, { 1: [2, 1] }, { 5: [2, 47], 14: [2, 47], 15: [2, 47], 19: [2, 47], 29: [2, 47], 34: [2, 47], 39: [2, 47], 44: [2, 47], 47: [2, 47], 48: [2, 47], 51: [2, 47], 55: [2, 47], 60: [2, 47] }, { 5: [2, 3], 14: [2, 3], 15: [2, 3], 19: [2, 3], 29: [2, 3], 34: [2, 3], 39: [2, 3], 44: [2, 3], 47: [2, 3], 48: [2, 3], 51: [2, 3], 55: [2, 3], 60: [2, 3] }, { 5: [2, 4], 14: [2, 4], 15: [2, 4], 19: [2, 4], 29: [2, 4], 34: [2, 4], 39: [2, 4], 44: [2, 4], 47: [2, 4], 48: [2, 4], 51: [2, 4], 55: [2, 4], 60: [2, 4] }, { 5: [2, 5], 14: [2, 5], 15: [2, 5], 19: [2, 5], 29: [2, 5], 34: [2, 5], 39: [2, 5], 44: [2, 5], 47: [2, 5], 48: [2, 5], 51: [2, 5], 55: [2, 5], 60: [2, 5] }, { 5: [2, 6], 14: [2, 6], 15: [2, 6], 19: [2, 6], 29: [2, 6], 34: [2, 6], 39: [2, 6], 44: [2, 6], 47: [2, 6], 48: [2, 6], 51: [2, 6], 55: [2, 6], 60: [2, 6] }, { 5: [2, 7], 14: [2, 7], 15: [2, 7], 19: [2, 7], 29: [2, 7], 34: [2, 7], 39: [2, 7], 44: [2, 7], 47: [2, 7], 48: [2, 7], 51: [2, 7], 55: [2, 7], 60: [2, 7] }, { 5: [2, 8], 14: [2, 8], 15: [2, 8], 19: [2, 8], 29: [2, 8], 34: [2, 8], 39: [2, 8], 44: [2, 8], 47: [2, 8], 48: [2, 8], 51: [2, 8], 55: [2, 8], 60: [2, 8] }, { 5: [2, 9], 14: [2, 9], 15: [2, 9], 19: [2, 9], 29: [2, 9], 34: [2, 9], 39: [2, 9], 44: [2, 9], 47: [2, 9], 48: [2, 9], 51: [2, 9], 55: [2, 9], 60: [2, 9] }, { 20: 25, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 36, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 37, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 4: 38, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 15: [2, 48], 17: 39, 18: [2, 48] }, { 20: 41, 56: 40, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 44, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 5: [2, 10], 14: [2, 10], 15: [2, 10], 18: [2, 10], 19: [2, 10], 29: [2, 10], 34: [2, 10], 39: [2, 10], 44: [2, 10], 47: [2, 10], 48: [2, 10], 51: [2, 10], 55: [2, 10], 60: [2, 10] }, { 20: 45, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 46, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 47, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 41, 56: 48, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [2, 78], 49: 49, 65: [2, 78], 72: [2, 78], 80: [2, 78], 81: [2, 78], 82: [2, 78], 83: [2, 78], 84: [2, 78], 85: [2, 78] }, { 23: [2, 33], 33: [2, 33], 54: [2, 33], 65: [2, 33], 68: [2, 33], 72: [2, 33], 75: [2, 33], 80: [2, 33], 81: [2, 33], 82: [2, 33], 83: [2, 33], 84: [2, 33], 85: [2, 33] }, { 23: [2, 34], 33: [2, 34], 54: [2, 34], 65: [2, 34], 68: [2, 34], 72: [2, 34], 75: [2, 34], 80: [2, 34], 81: [2, 34], 82: [2, 34], 83: [2, 34], 84: [2, 34], 85: [2, 34] }, { 23: [2, 35], 33: [2, 35], 54: [2, 35], 65: [2, 35], 68: [2, 35], 72: [2, 35], 75: [2, 35], 80: [2, 35], 81: [2, 35], 82: [2, 35], 83: [2, 35], 84: [2, 35], 85: [2, 35] }, { 23: [2, 36], 33: [2, 36], 54: [2, 36], 65: [2, 36], 68: [2, 36], 72: [2, 36], 75: [2, 36], 80: [2, 36], 81: [2, 36], 82: [2, 36], 83: [2, 36], 84: [2, 36], 85: [2, 36] }, { 23: [2, 37], 33: [2, 37], 54: [2, 37], 65: [2, 37], 68: [2, 37], 72: [2, 37], 75: [2, 37], 80: [2, 37], 81: [2, 37], 82: [2, 37], 83: [2, 37], 84: [2, 37], 85: [2, 37] }, { 23: [2, 38], 33: [2, 38], 54: [2, 38], 65: [2, 38], 68: [2, 38], 72: [2, 38], 75: [2, 38], 80: [2, 38], 81: [2, 38], 82: [2, 38], 83: [2, 38], 84: [2, 38], 85: [2, 38] }, { 23: [2, 39], 33: [2, 39], 54: [2, 39], 65: [2, 39], 68: [2, 39], 72: [2, 39], 75: [2, 39], 80: [2, 39], 81: [2, 39], 82: [2, 39], 83: [2, 39], 84: [2, 39], 85: [2, 39] }, { 23: [2, 43], 33: [2, 43], 54: [2, 43], 65: [2, 43], 68: [2, 43], 72: [2, 43], 75: [2, 43], 80: [2, 43], 81: [2, 43], 82: [2, 43], 83: [2, 43], 84: [2, 43], 85: [2, 43], 87: [1, 50] }, { 72: [1, 35], 86: 51 }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 52: 52, 54: [2, 82], 65: [2, 82], 72: [2, 82], 80: [2, 82], 81: [2, 82], 82: [2, 82], 83: [2, 82], 84: [2, 82], 85: [2, 82] }, { 25: 53, 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 54, 47: [2, 54] }, { 28: 59, 43: 60, 44: [1, 58], 47: [2, 56] }, { 13: 62, 15: [1, 20], 18: [1, 61] }, { 33: [2, 86], 57: 63, 65: [2, 86], 72: [2, 86], 80: [2, 86], 81: [2, 86], 82: [2, 86], 83: [2, 86], 84: [2, 86], 85: [2, 86] }, { 33: [2, 40], 65: [2, 40], 72: [2, 40], 80: [2, 40], 81: [2, 40], 82: [2, 40], 83: [2, 40], 84: [2, 40], 85: [2, 40] }, { 33: [2, 41], 65: [2, 41], 72: [2, 41], 80: [2, 41], 81: [2, 41], 82: [2, 41], 83: [2, 41], 84: [2, 41], 85: [2, 41] }, { 20: 64, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 65, 47: [1, 66] }, { 30: 67, 33: [2, 58], 65: [2, 58], 72: [2, 58], 75: [2, 58], 80: [2, 58], 81: [2, 58], 82: [2, 58], 83: [2, 58], 84: [2, 58], 85: [2, 58] }, { 33: [2, 64], 35: 68, 65: [2, 64], 72: [2, 64], 75: [2, 64], 80: [2, 64], 81: [2, 64], 82: [2, 64], 83: [2, 64], 84: [2, 64], 85: [2, 64] }, { 21: 69, 23: [2, 50], 65: [2, 50], 72: [2, 50], 80: [2, 50], 81: [2, 50], 82: [2, 50], 83: [2, 50], 84: [2, 50], 85: [2, 50] }, { 33: [2, 90], 61: 70, 65: [2, 90], 72: [2, 90], 80: [2, 90], 81: [2, 90], 82: [2, 90], 83: [2, 90], 84: [2, 90], 85: [2, 90] }, { 20: 74, 33: [2, 80], 50: 71, 63: 72, 64: 75, 65: [1, 43], 69: 73, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 72: [1, 79] }, { 23: [2, 42], 33: [2, 42], 54: [2, 42], 65: [2, 42], 68: [2, 42], 72: [2, 42], 75: [2, 42], 80: [2, 42], 81: [2, 42], 82: [2, 42], 83: [2, 42], 84: [2, 42], 85: [2, 42], 87: [1, 50] }, { 20: 74, 53: 80, 54: [2, 84], 63: 81, 64: 75, 65: [1, 43], 69: 82, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 83, 47: [1, 66] }, { 47: [2, 55] }, { 4: 84, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 47: [2, 20] }, { 20: 85, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 86, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 26: 87, 47: [1, 66] }, { 47: [2, 57] }, { 5: [2, 11], 14: [2, 11], 15: [2, 11], 19: [2, 11], 29: [2, 11], 34: [2, 11], 39: [2, 11], 44: [2, 11], 47: [2, 11], 48: [2, 11], 51: [2, 11], 55: [2, 11], 60: [2, 11] }, { 15: [2, 49], 18: [2, 49] }, { 20: 74, 33: [2, 88], 58: 88, 63: 89, 64: 75, 65: [1, 43], 69: 90, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 65: [2, 94], 66: 91, 68: [2, 94], 72: [2, 94], 80: [2, 94], 81: [2, 94], 82: [2, 94], 83: [2, 94], 84: [2, 94], 85: [2, 94] }, { 5: [2, 25], 14: [2, 25], 15: [2, 25], 19: [2, 25], 29: [2, 25], 34: [2, 25], 39: [2, 25], 44: [2, 25], 47: [2, 25], 48: [2, 25], 51: [2, 25], 55: [2, 25], 60: [2, 25] }, { 20: 92, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 31: 93, 33: [2, 60], 63: 94, 64: 75, 65: [1, 43], 69: 95, 70: 76, 71: 77, 72: [1, 78], 75: [2, 60], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 66], 36: 96, 63: 97, 64: 75, 65: [1, 43], 69: 98, 70: 76, 71: 77, 72: [1, 78], 75: [2, 66], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 22: 99, 23: [2, 52], 63: 100, 64: 75, 65: [1, 43], 69: 101, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 92], 62: 102, 63: 103, 64: 75, 65: [1, 43], 69: 104, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 105] }, { 33: [2, 79], 65: [2, 79], 72: [2, 79], 80: [2, 79], 81: [2, 79], 82: [2, 79], 83: [2, 79], 84: [2, 79], 85: [2, 79] }, { 33: [2, 81] }, { 23: [2, 27], 33: [2, 27], 54: [2, 27], 65: [2, 27], 68: [2, 27], 72: [2, 27], 75: [2, 27], 80: [2, 27], 81: [2, 27], 82: [2, 27], 83: [2, 27], 84: [2, 27], 85: [2, 27] }, { 23: [2, 28], 33: [2, 28], 54: [2, 28], 65: [2, 28], 68: [2, 28], 72: [2, 28], 75: [2, 28], 80: [2, 28], 81: [2, 28], 82: [2, 28], 83: [2, 28], 84: [2, 28], 85: [2, 28] }, { 23: [2, 30], 33: [2, 30], 54: [2, 30], 68: [2, 30], 71: 106, 72: [1, 107], 75: [2, 30] }, { 23: [2, 98], 33: [2, 98], 54: [2, 98], 68: [2, 98], 72: [2, 98], 75: [2, 98] }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 73: [1, 108], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 23: [2, 44], 33: [2, 44], 54: [2, 44], 65: [2, 44], 68: [2, 44], 72: [2, 44], 75: [2, 44], 80: [2, 44], 81: [2, 44], 82: [2, 44], 83: [2, 44], 84: [2, 44], 85: [2, 44], 87: [2, 44] }, { 54: [1, 109] }, { 54: [2, 83], 65: [2, 83], 72: [2, 83], 80: [2, 83], 81: [2, 83], 82: [2, 83], 83: [2, 83], 84: [2, 83], 85: [2, 83] }, { 54: [2, 85] }, { 5: [2, 13], 14: [2, 13], 15: [2, 13], 19: [2, 13], 29: [2, 13], 34: [2, 13], 39: [2, 13], 44: [2, 13], 47: [2, 13], 48: [2, 13], 51: [2, 13], 55: [2, 13], 60: [2, 13] }, { 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 111, 46: 110, 47: [2, 76] }, { 33: [2, 70], 40: 112, 65: [2, 70], 72: [2, 70], 75: [2, 70], 80: [2, 70], 81: [2, 70], 82: [2, 70], 83: [2, 70], 84: [2, 70], 85: [2, 70] }, { 47: [2, 18] }, { 5: [2, 14], 14: [2, 14], 15: [2, 14], 19: [2, 14], 29: [2, 14], 34: [2, 14], 39: [2, 14], 44: [2, 14], 47: [2, 14], 48: [2, 14], 51: [2, 14], 55: [2, 14], 60: [2, 14] }, { 33: [1, 113] }, { 33: [2, 87], 65: [2, 87], 72: [2, 87], 80: [2, 87], 81: [2, 87], 82: [2, 87], 83: [2, 87], 84: [2, 87], 85: [2, 87] }, { 33: [2, 89] }, { 20: 74, 63: 115, 64: 75, 65: [1, 43], 67: 114, 68: [2, 96], 69: 116, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 117] }, { 32: 118, 33: [2, 62], 74: 119, 75: [1, 120] }, { 33: [2, 59], 65: [2, 59], 72: [2, 59], 75: [2, 59], 80: [2, 59], 81: [2, 59], 82: [2, 59], 83: [2, 59], 84: [2, 59], 85: [2, 59] }, { 33: [2, 61], 75: [2, 61] }, { 33: [2, 68], 37: 121, 74: 122, 75: [1, 120] }, { 33: [2, 65], 65: [2, 65], 72: [2, 65], 75: [2, 65], 80: [2, 65], 81: [2, 65], 82: [2, 65], 83: [2, 65], 84: [2, 65], 85: [2, 65] }, { 33: [2, 67], 75: [2, 67] }, { 23: [1, 123] }, { 23: [2, 51], 65: [2, 51], 72: [2, 51], 80: [2, 51], 81: [2, 51], 82: [2, 51], 83: [2, 51], 84: [2, 51], 85: [2, 51] }, { 23: [2, 53] }, { 33: [1, 124] }, { 33: [2, 91], 65: [2, 91], 72: [2, 91], 80: [2, 91], 81: [2, 91], 82: [2, 91], 83: [2, 91], 84: [2, 91], 85: [2, 91] }, { 33: [2, 93] }, { 5: [2, 22], 14: [2, 22], 15: [2, 22], 19: [2, 22], 29: [2, 22], 34: [2, 22], 39: [2, 22], 44: [2, 22], 47: [2, 22], 48: [2, 22], 51: [2, 22], 55: [2, 22], 60: [2, 22] }, { 23: [2, 99], 33: [2, 99], 54: [2, 99], 68: [2, 99], 72: [2, 99], 75: [2, 99] }, { 73: [1, 108] }, { 20: 74, 63: 125, 64: 75, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 23], 14: [2, 23], 15: [2, 23], 19: [2, 23], 29: [2, 23], 34: [2, 23], 39: [2, 23], 44: [2, 23], 47: [2, 23], 48: [2, 23], 51: [2, 23], 55: [2, 23], 60: [2, 23] }, { 47: [2, 19] }, { 47: [2, 77] }, { 20: 74, 33: [2, 72], 41: 126, 63: 127, 64: 75, 65: [1, 43], 69: 128, 70: 76, 71: 77, 72: [1, 78], 75: [2, 72], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 24], 14: [2, 24], 15: [2, 24], 19: [2, 24], 29: [2, 24], 34: [2, 24], 39: [2, 24], 44: [2, 24], 47: [2, 24], 48: [2, 24], 51: [2, 24], 55: [2, 24], 60: [2, 24] }, { 68: [1, 129] }, { 65: [2, 95], 68: [2, 95], 72: [2, 95], 80: [2, 95], 81: [2, 95], 82: [2, 95], 83: [2, 95], 84: [2, 95], 85: [2, 95] }, { 68: [2, 97] }, { 5: [2, 21], 14: [2, 21], 15: [2, 21], 19: [2, 21], 29: [2, 21], 34: [2, 21], 39: [2, 21], 44: [2, 21], 47: [2, 21], 48: [2, 21], 51: [2, 21], 55: [2, 21], 60: [2, 21] }, { 33: [1, 130] }, { 33: [2, 63] }, { 72: [1, 132], 76: 131 }, { 33: [1, 133] }, { 33: [2, 69] }, { 15: [2, 12], 18: [2, 12] }, { 14: [2, 26], 15: [2, 26], 19: [2, 26], 29: [2, 26], 34: [2, 26], 47: [2, 26], 48: [2, 26], 51: [2, 26], 55: [2, 26], 60: [2, 26] }, { 23: [2, 31], 33: [2, 31], 54: [2, 31], 68: [2, 31], 72: [2, 31], 75: [2, 31] }, { 33: [2, 74], 42: 134, 74: 135, 75: [1, 120] }, { 33: [2, 71], 65: [2, 71], 72: [2, 71], 75: [2, 71], 80: [2, 71], 81: [2, 71], 82: [2, 71], 83: [2, 71], 84: [2, 71], 85: [2, 71] }, { 33: [2, 73], 75: [2, 73] }, { 23: [2, 29], 33: [2, 29], 54: [2, 29], 65: [2, 29], 68: [2, 29], 72: [2, 29], 75: [2, 29], 80: [2, 29], 81: [2, 29], 82: [2, 29], 83: [2, 29], 84: [2, 29], 85: [2, 29] }, { 14: [2, 15], 15: [2, 15], 19: [2, 15], 29: [2, 15], 34: [2, 15], 39: [2, 15], 44: [2, 15], 47: [2, 15], 48: [2, 15], 51: [2, 15], 55: [2, 15], 60: [2, 15] }, { 72: [1, 137], 77: [1, 136] }, { 72: [2, 100], 77: [2, 100] }, { 14: [2, 16], 15: [2, 16], 19: [2, 16], 29: [2, 16], 34: [2, 16], 44: [2, 16], 47: [2, 16], 48: [2, 16], 51: [2, 16], 55: [2, 16], 60: [2, 16] }, { 33: [1, 138] }, { 33: [2, 75] }, { 33: [2, 32] }, { 72: [2, 101], 77: [2, 101] }, { 14: [2, 17], 15: [2, 17], 19: [2, 17], 29: [2, 17], 34: [2, 17], 39: [2, 17], 44: [2, 17], 47: [2, 17], 48: [2, 17], 51: [2, 17], 55: [2, 17], 60: [2, 17] }],
        defaultActions: { 4: [2, 1], 54: [2, 55], 56: [2, 20], 60: [2, 57], 73: [2, 81], 82: [2, 85], 86: [2, 18], 90: [2, 89], 101: [2, 53], 104: [2, 93], 110: [2, 19], 111: [2, 77], 116: [2, 97], 119: [2, 63], 122: [2, 69], 135: [2, 75], 136: [2, 32] },
        parseError: function parseError(str2, hash) {
          throw new Error(str2);
        },
        parse: function parse(input) {
          var self = this, stack = [0], vstack = [null], lstack = [], table = this.table, yytext = "", yylineno = 0, yyleng = 0;
          this.lexer.setInput(input);
          this.lexer.yy = this.yy;
          this.yy.lexer = this.lexer;
          this.yy.parser = this;
          if (typeof this.lexer.yylloc == "undefined") this.lexer.yylloc = {};
          var yyloc = this.lexer.yylloc;
          lstack.push(yyloc);
          var ranges = this.lexer.options && this.lexer.options.ranges;
          if (typeof this.yy.parseError === "function") this.parseError = this.yy.parseError;
          function lex() {
            var token;
            token = self.lexer.lex() || 1;
            if (typeof token !== "number") {
              token = self.symbols_[token] || token;
            }
            return token;
          }
          var symbol, state, action, r, yyval = {}, p, len, newState, expected;
          while (true) {
            state = stack[stack.length - 1];
            if (this.defaultActions[state]) {
              action = this.defaultActions[state];
            } else {
              if (symbol === null || typeof symbol == "undefined") {
                symbol = lex();
              }
              action = table[state] && table[state][symbol];
            }
            if (typeof action === "undefined" || !action.length || !action[0]) {
              var errStr = "";
              {
                expected = [];
                for (p in table[state]) if (this.terminals_[p] && p > 2) {
                  expected.push("'" + this.terminals_[p] + "'");
                }
                if (this.lexer.showPosition) {
                  errStr = "Parse error on line " + (yylineno + 1) + ":\n" + this.lexer.showPosition() + "\nExpecting " + expected.join(", ") + ", got '" + (this.terminals_[symbol] || symbol) + "'";
                } else {
                  errStr = "Parse error on line " + (yylineno + 1) + ": Unexpected " + (symbol == 1 ? "end of input" : "'" + (this.terminals_[symbol] || symbol) + "'");
                }
                this.parseError(errStr, { text: this.lexer.match, token: this.terminals_[symbol] || symbol, line: this.lexer.yylineno, loc: yyloc, expected });
              }
            }
            if (action[0] instanceof Array && action.length > 1) {
              throw new Error("Parse Error: multiple actions possible at state: " + state + ", token: " + symbol);
            }
            switch (action[0]) {
              case 1:
                stack.push(symbol);
                vstack.push(this.lexer.yytext);
                lstack.push(this.lexer.yylloc);
                stack.push(action[1]);
                symbol = null;
                {
                  yyleng = this.lexer.yyleng;
                  yytext = this.lexer.yytext;
                  yylineno = this.lexer.yylineno;
                  yyloc = this.lexer.yylloc;
                }
                break;
              case 2:
                len = this.productions_[action[1]][1];
                yyval.$ = vstack[vstack.length - len];
                yyval._$ = { first_line: lstack[lstack.length - (len || 1)].first_line, last_line: lstack[lstack.length - 1].last_line, first_column: lstack[lstack.length - (len || 1)].first_column, last_column: lstack[lstack.length - 1].last_column };
                if (ranges) {
                  yyval._$.range = [lstack[lstack.length - (len || 1)].range[0], lstack[lstack.length - 1].range[1]];
                }
                r = this.performAction.call(yyval, yytext, yyleng, yylineno, this.yy, action[1], vstack, lstack);
                if (typeof r !== "undefined") {
                  return r;
                }
                if (len) {
                  stack = stack.slice(0, -1 * len * 2);
                  vstack = vstack.slice(0, -1 * len);
                  lstack = lstack.slice(0, -1 * len);
                }
                stack.push(this.productions_[action[1]][0]);
                vstack.push(yyval.$);
                lstack.push(yyval._$);
                newState = table[stack[stack.length - 2]][stack[stack.length - 1]];
                stack.push(newState);
                break;
              case 3:
                return true;
            }
          }
          return true;
        }
      };
      var lexer = (function() {
        var lexer2 = {
          EOF: 1,
          parseError: function parseError(str2, hash) {
            if (this.yy.parser) {
              this.yy.parser.parseError(str2, hash);
            } else {
              throw new Error(str2);
            }
          },
          setInput: function setInput(input) {
            this._input = input;
            this._more = this._less = this.done = false;
            this.yylineno = this.yyleng = 0;
            this.yytext = this.matched = this.match = "";
            this.conditionStack = ["INITIAL"];
            this.yylloc = { first_line: 1, first_column: 0, last_line: 1, last_column: 0 };
            if (this.options.ranges) this.yylloc.range = [0, 0];
            this.offset = 0;
            return this;
          },
          input: function input() {
            var ch = this._input[0];
            this.yytext += ch;
            this.yyleng++;
            this.offset++;
            this.match += ch;
            this.matched += ch;
            var lines = ch.match(/(?:\r\n?|\n).*/g);
            if (lines) {
              this.yylineno++;
              this.yylloc.last_line++;
            } else {
              this.yylloc.last_column++;
            }
            if (this.options.ranges) this.yylloc.range[1]++;
            this._input = this._input.slice(1);
            return ch;
          },
          unput: function unput(ch) {
            var len = ch.length;
            var lines = ch.split(/(?:\r\n?|\n)/g);
            this._input = ch + this._input;
            this.yytext = this.yytext.substr(0, this.yytext.length - len - 1);
            this.offset -= len;
            var oldLines = this.match.split(/(?:\r\n?|\n)/g);
            this.match = this.match.substr(0, this.match.length - 1);
            this.matched = this.matched.substr(0, this.matched.length - 1);
            if (lines.length - 1) this.yylineno -= lines.length - 1;
            var r = this.yylloc.range;
            this.yylloc = {
              first_line: this.yylloc.first_line,
              last_line: this.yylineno + 1,
              first_column: this.yylloc.first_column,
              last_column: lines ? (lines.length === oldLines.length ? this.yylloc.first_column : 0) + oldLines[oldLines.length - lines.length].length - lines[0].length : this.yylloc.first_column - len
            };
            if (this.options.ranges) {
              this.yylloc.range = [r[0], r[0] + this.yyleng - len];
            }
            return this;
          },
          more: function more() {
            this._more = true;
            return this;
          },
          less: function less(n) {
            this.unput(this.match.slice(n));
          },
          pastInput: function pastInput() {
            var past = this.matched.substr(0, this.matched.length - this.match.length);
            return (past.length > 20 ? "..." : "") + past.substr(-20).replace(/\n/g, "");
          },
          upcomingInput: function upcomingInput() {
            var next = this.match;
            if (next.length < 20) {
              next += this._input.substr(0, 20 - next.length);
            }
            return (next.substr(0, 20) + (next.length > 20 ? "..." : "")).replace(/\n/g, "");
          },
          showPosition: function showPosition() {
            var pre = this.pastInput();
            var c = new Array(pre.length + 1).join("-");
            return pre + this.upcomingInput() + "\n" + c + "^";
          },
          next: function next() {
            if (this.done) {
              return this.EOF;
            }
            if (!this._input) this.done = true;
            var token, match, tempMatch, index, lines;
            if (!this._more) {
              this.yytext = "";
              this.match = "";
            }
            var rules = this._currentRules();
            for (var i = 0; i < rules.length; i++) {
              tempMatch = this._input.match(this.rules[rules[i]]);
              if (tempMatch && (!match || tempMatch[0].length > match[0].length)) {
                match = tempMatch;
                index = i;
                if (!this.options.flex) break;
              }
            }
            if (match) {
              lines = match[0].match(/(?:\r\n?|\n).*/g);
              if (lines) this.yylineno += lines.length;
              this.yylloc = {
                first_line: this.yylloc.last_line,
                last_line: this.yylineno + 1,
                first_column: this.yylloc.last_column,
                last_column: lines ? lines[lines.length - 1].length - lines[lines.length - 1].match(/\r?\n?/)[0].length : this.yylloc.last_column + match[0].length
              };
              this.yytext += match[0];
              this.match += match[0];
              this.matches = match;
              this.yyleng = this.yytext.length;
              if (this.options.ranges) {
                this.yylloc.range = [this.offset, this.offset += this.yyleng];
              }
              this._more = false;
              this._input = this._input.slice(match[0].length);
              this.matched += match[0];
              token = this.performAction.call(this, this.yy, this, rules[index], this.conditionStack[this.conditionStack.length - 1]);
              if (this.done && this._input) this.done = false;
              if (token) return token;
              else return;
            }
            if (this._input === "") {
              return this.EOF;
            } else {
              return this.parseError("Lexical error on line " + (this.yylineno + 1) + ". Unrecognized text.\n" + this.showPosition(), { text: "", token: null, line: this.yylineno });
            }
          },
          lex: function lex() {
            var r = this.next();
            if (typeof r !== "undefined") {
              return r;
            } else {
              return this.lex();
            }
          },
          begin: function begin(condition) {
            this.conditionStack.push(condition);
          },
          popState: function popState() {
            return this.conditionStack.pop();
          },
          _currentRules: function _currentRules() {
            return this.conditions[this.conditionStack[this.conditionStack.length - 1]].rules;
          },
          topState: function topState() {
            return this.conditionStack[this.conditionStack.length - 2];
          },
          pushState: function begin(condition) {
            this.begin(condition);
          }
        };
        lexer2.options = {};
        lexer2.performAction = function anonymous(yy, yy_, $avoiding_name_collisions, YY_START) {
          function strip(start, end) {
            return yy_.yytext = yy_.yytext.substring(start, yy_.yyleng - end + start);
          }
          switch ($avoiding_name_collisions) {
            case 0:
              if (yy_.yytext.slice(-2) === "\\\\") {
                strip(0, 1);
                this.begin("mu");
              } else if (yy_.yytext.slice(-1) === "\\") {
                strip(0, 1);
                this.begin("emu");
              } else {
                this.begin("mu");
              }
              if (yy_.yytext) return 15;
              break;
            case 1:
              return 15;
            case 2:
              this.popState();
              return 15;
            case 3:
              this.begin("raw");
              return 15;
            case 4:
              this.popState();
              if (this.conditionStack[this.conditionStack.length - 1] === "raw") {
                return 15;
              } else {
                strip(5, 9);
                return "END_RAW_BLOCK";
              }
            case 5:
              return 15;
            case 6:
              this.popState();
              return 14;
            case 7:
              return 65;
            case 8:
              return 68;
            case 9:
              return 19;
            case 10:
              this.popState();
              this.begin("raw");
              return 23;
            case 11:
              return 55;
            case 12:
              return 60;
            case 13:
              return 29;
            case 14:
              return 47;
            case 15:
              this.popState();
              return 44;
            case 16:
              this.popState();
              return 44;
            case 17:
              return 34;
            case 18:
              return 39;
            case 19:
              return 51;
            case 20:
              return 48;
            case 21:
              this.unput(yy_.yytext);
              this.popState();
              this.begin("com");
              break;
            case 22:
              this.popState();
              return 14;
            case 23:
              return 48;
            case 24:
              return 73;
            case 25:
              return 72;
            case 26:
              return 72;
            case 27:
              return 87;
            case 28:
              break;
            case 29:
              this.popState();
              return 54;
            case 30:
              this.popState();
              return 33;
            case 31:
              yy_.yytext = strip(1, 2).replace(/\\"/g, '"');
              return 80;
            case 32:
              yy_.yytext = strip(1, 2).replace(/\\'/g, "'");
              return 80;
            case 33:
              return 85;
            case 34:
              return 82;
            case 35:
              return 82;
            case 36:
              return 83;
            case 37:
              return 84;
            case 38:
              return 81;
            case 39:
              return 75;
            case 40:
              return 77;
            case 41:
              return 72;
            case 42:
              yy_.yytext = yy_.yytext.replace(/\\([\\\]])/g, "$1");
              return 72;
            case 43:
              return "INVALID";
            case 44:
              return 5;
          }
        };
        lexer2.rules = [/^(?:[^\x00]*?(?=(\{\{)))/, /^(?:[^\x00]+)/, /^(?:[^\x00]{2,}?(?=(\{\{|\\\{\{|\\\\\{\{|$)))/, /^(?:\{\{\{\{(?=[^\/]))/, /^(?:\{\{\{\{\/[^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=[=}\s\/.])\}\}\}\})/, /^(?:[^\x00]+?(?=(\{\{\{\{)))/, /^(?:[\s\S]*?--(~)?\}\})/, /^(?:\()/, /^(?:\))/, /^(?:\{\{\{\{)/, /^(?:\}\}\}\})/, /^(?:\{\{(~)?>)/, /^(?:\{\{(~)?#>)/, /^(?:\{\{(~)?#\*?)/, /^(?:\{\{(~)?\/)/, /^(?:\{\{(~)?\^\s*(~)?\}\})/, /^(?:\{\{(~)?\s*else\s*(~)?\}\})/, /^(?:\{\{(~)?\^)/, /^(?:\{\{(~)?\s*else\b)/, /^(?:\{\{(~)?\{)/, /^(?:\{\{(~)?&)/, /^(?:\{\{(~)?!--)/, /^(?:\{\{(~)?![\s\S]*?\}\})/, /^(?:\{\{(~)?\*?)/, /^(?:=)/, /^(?:\.\.)/, /^(?:\.(?=([=~}\s\/.)|])))/, /^(?:[\/.])/, /^(?:\s+)/, /^(?:\}(~)?\}\})/, /^(?:(~)?\}\})/, /^(?:"(\\["]|[^"])*")/, /^(?:'(\\[']|[^'])*')/, /^(?:@)/, /^(?:true(?=([~}\s)])))/, /^(?:false(?=([~}\s)])))/, /^(?:undefined(?=([~}\s)])))/, /^(?:null(?=([~}\s)])))/, /^(?:-?[0-9]+(?:\.[0-9]+)?(?=([~}\s)])))/, /^(?:as\s+\|)/, /^(?:\|)/, /^(?:([^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=([=~}\s\/.)|]))))/, /^(?:\[(\\\]|[^\]])*\])/, /^(?:.)/, /^(?:$)/];
        lexer2.conditions = { "mu": { "rules": [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44], "inclusive": false }, "emu": { "rules": [2], "inclusive": false }, "com": { "rules": [6], "inclusive": false }, "raw": { "rules": [3, 4, 5], "inclusive": false }, "INITIAL": { "rules": [0, 1, 44], "inclusive": true } };
        return lexer2;
      })();
      parser2.lexer = lexer;
      function Parser() {
        this.yy = {};
      }
      Parser.prototype = parser2;
      parser2.Parser = Parser;
      return new Parser();
    })();
    exports["default"] = handlebars2;
    module.exports = exports["default"];
  })(parser, parser.exports);
  return parser.exports;
}
var whitespaceControl = { exports: {} };
var visitor = { exports: {} };
var nodeTypes = {};
var hasRequiredNodeTypes;
function requireNodeTypes() {
  if (hasRequiredNodeTypes) return nodeTypes;
  hasRequiredNodeTypes = 1;
  nodeTypes.__esModule = true;
  var NODE_TYPES = ["Program", "BlockStatement", "DecoratorBlock", "PartialStatement", "PartialBlockStatement", "Decorator", "MustacheStatement", "ContentStatement", "CommentStatement", "SubExpression", "PathExpression", "StringLiteral", "NumberLiteral", "BooleanLiteral", "UndefinedLiteral", "NullLiteral", "Hash", "HashPair"];
  nodeTypes.NODE_TYPES = NODE_TYPES;
  return nodeTypes;
}
var hasRequiredVisitor;
function requireVisitor() {
  if (hasRequiredVisitor) return visitor.exports;
  hasRequiredVisitor = 1;
  (function(module, exports) {
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = requireException();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = requireUtils();
    var _nodeTypes = requireNodeTypes();
    function Visitor() {
      this.parents = [];
    }
    function isDispatchable(visitor2, type) {
      return _utils.indexOf(_nodeTypes.NODE_TYPES, type) !== -1 || !(type in Visitor.prototype) && typeof visitor2[type] === "function";
    }
    Visitor.prototype = {
      constructor: Visitor,
      mutating: false,
      // Visits a given value. If mutating, will replace the value if necessary.
      acceptKey: function acceptKey(node, name) {
        var value = this.accept(node[name]);
        if (this.mutating) {
          if (value && !isDispatchable(this, value.type)) {
            throw new _exception2["default"]('Unexpected node type "' + value.type + '" found when accepting ' + name + " on " + node.type);
          }
          node[name] = value;
        }
      },
      // Performs an accept operation with added sanity check to ensure
      // required keys are not removed.
      acceptRequired: function acceptRequired(node, name) {
        this.acceptKey(node, name);
        if (!node[name]) {
          throw new _exception2["default"](node.type + " requires " + name);
        }
      },
      // Traverses a given array. If mutating, empty respnses will be removed
      // for child elements.
      acceptArray: function acceptArray(array2) {
        for (var i = 0, l = array2.length; i < l; i++) {
          this.acceptKey(array2, i);
          if (!array2[i]) {
            array2.splice(i, 1);
            i--;
            l--;
          }
        }
      },
      accept: function accept(object2) {
        if (!object2) {
          return;
        }
        if (!isDispatchable(this, object2.type) || !this[object2.type]) {
          throw new _exception2["default"]("Unknown type: " + object2.type, object2);
        }
        if (this.current) {
          this.parents.unshift(this.current);
        }
        this.current = object2;
        var ret = this[object2.type](object2);
        this.current = this.parents.shift();
        if (!this.mutating || ret) {
          return ret;
        } else if (ret !== false) {
          return object2;
        }
      },
      Program: function Program(program) {
        this.acceptArray(program.body);
      },
      MustacheStatement: visitSubExpression,
      Decorator: visitSubExpression,
      BlockStatement: visitBlock,
      DecoratorBlock: visitBlock,
      PartialStatement: visitPartial,
      PartialBlockStatement: function PartialBlockStatement(partial) {
        visitPartial.call(this, partial);
        this.acceptKey(partial, "program");
      },
      ContentStatement: function ContentStatement() {
      },
      CommentStatement: function CommentStatement() {
      },
      SubExpression: visitSubExpression,
      PathExpression: function PathExpression() {
      },
      StringLiteral: function StringLiteral() {
      },
      NumberLiteral: function NumberLiteral() {
      },
      BooleanLiteral: function BooleanLiteral() {
      },
      UndefinedLiteral: function UndefinedLiteral() {
      },
      NullLiteral: function NullLiteral() {
      },
      Hash: function Hash(hash) {
        this.acceptArray(hash.pairs);
      },
      HashPair: function HashPair(pair) {
        this.acceptRequired(pair, "value");
      }
    };
    function visitSubExpression(mustache) {
      this.acceptRequired(mustache, "path");
      this.acceptArray(mustache.params);
      this.acceptKey(mustache, "hash");
    }
    function visitBlock(block) {
      visitSubExpression.call(this, block);
      this.acceptKey(block, "program");
      this.acceptKey(block, "inverse");
    }
    function visitPartial(partial) {
      this.acceptRequired(partial, "name");
      this.acceptArray(partial.params);
      this.acceptKey(partial, "hash");
    }
    exports["default"] = Visitor;
    module.exports = exports["default"];
  })(visitor, visitor.exports);
  return visitor.exports;
}
var hasRequiredWhitespaceControl;
function requireWhitespaceControl() {
  if (hasRequiredWhitespaceControl) return whitespaceControl.exports;
  hasRequiredWhitespaceControl = 1;
  (function(module, exports) {
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _visitor = requireVisitor();
    var _visitor2 = _interopRequireDefault(_visitor);
    function WhitespaceControl() {
      var options = arguments.length <= 0 || arguments[0] === void 0 ? {} : arguments[0];
      this.options = options;
    }
    WhitespaceControl.prototype = new _visitor2["default"]();
    WhitespaceControl.prototype.Program = function(program) {
      var doStandalone = !this.options.ignoreStandalone;
      var isRoot = !this.isRootSeen;
      this.isRootSeen = true;
      var body = program.body;
      for (var i = 0, l = body.length; i < l; i++) {
        var current = body[i], strip = this.accept(current);
        if (!strip) {
          continue;
        }
        var _isPrevWhitespace = isPrevWhitespace(body, i, isRoot), _isNextWhitespace = isNextWhitespace(body, i, isRoot), openStandalone = strip.openStandalone && _isPrevWhitespace, closeStandalone = strip.closeStandalone && _isNextWhitespace, inlineStandalone = strip.inlineStandalone && _isPrevWhitespace && _isNextWhitespace;
        if (strip.close) {
          omitRight(body, i, true);
        }
        if (strip.open) {
          omitLeft(body, i, true);
        }
        if (doStandalone && inlineStandalone) {
          omitRight(body, i);
          if (omitLeft(body, i)) {
            if (current.type === "PartialStatement") {
              current.indent = /(?:^|[^ \t])([ \t]+)$/.exec(body[i - 1].original)[1];
            }
          }
        }
        if (doStandalone && openStandalone) {
          omitRight((current.program || current.inverse).body);
          omitLeft(body, i);
        }
        if (doStandalone && closeStandalone) {
          omitRight(body, i);
          omitLeft((current.inverse || current.program).body);
        }
      }
      return program;
    };
    WhitespaceControl.prototype.BlockStatement = WhitespaceControl.prototype.DecoratorBlock = WhitespaceControl.prototype.PartialBlockStatement = function(block) {
      this.accept(block.program);
      this.accept(block.inverse);
      var program = block.program || block.inverse, inverse = block.program && block.inverse, firstInverse = inverse, lastInverse = inverse;
      if (inverse && inverse.chained) {
        firstInverse = inverse.body[0].program;
        while (lastInverse.chained) {
          lastInverse = lastInverse.body[lastInverse.body.length - 1].program;
        }
      }
      var strip = {
        open: block.openStrip.open,
        close: block.closeStrip.close,
        // Determine the standalone candiacy. Basically flag our content as being possibly standalone
        // so our parent can determine if we actually are standalone
        openStandalone: isNextWhitespace(program.body),
        closeStandalone: isPrevWhitespace((firstInverse || program).body)
      };
      if (block.openStrip.close) {
        omitRight(program.body, null, true);
      }
      if (inverse) {
        var inverseStrip = block.inverseStrip;
        if (inverseStrip.open) {
          omitLeft(program.body, null, true);
        }
        if (inverseStrip.close) {
          omitRight(firstInverse.body, null, true);
        }
        if (block.closeStrip.open) {
          omitLeft(lastInverse.body, null, true);
        }
        if (!this.options.ignoreStandalone && isPrevWhitespace(program.body) && isNextWhitespace(firstInverse.body)) {
          omitLeft(program.body);
          omitRight(firstInverse.body);
        }
      } else if (block.closeStrip.open) {
        omitLeft(program.body, null, true);
      }
      return strip;
    };
    WhitespaceControl.prototype.Decorator = WhitespaceControl.prototype.MustacheStatement = function(mustache) {
      return mustache.strip;
    };
    WhitespaceControl.prototype.PartialStatement = WhitespaceControl.prototype.CommentStatement = function(node) {
      var strip = node.strip || {};
      return {
        inlineStandalone: true,
        open: strip.open,
        close: strip.close
      };
    };
    function isPrevWhitespace(body, i, isRoot) {
      if (i === void 0) {
        i = body.length;
      }
      var prev = body[i - 1], sibling = body[i - 2];
      if (!prev) {
        return isRoot;
      }
      if (prev.type === "ContentStatement") {
        return (sibling || !isRoot ? /(?:^|\S)[^\S\n]*\n\s*$/ : /^\s*$|(?:^|\S)[^\S\n]*\n\s*$/).test(prev.original);
      }
    }
    function isNextWhitespace(body, i, isRoot) {
      if (i === void 0) {
        i = -1;
      }
      var next = body[i + 1], sibling = body[i + 2];
      if (!next) {
        return isRoot;
      }
      if (next.type === "ContentStatement") {
        return (sibling || !isRoot ? /^\s*?\r?\n/ : /^\s*?(\r?\n|$)/).test(next.original);
      }
    }
    function omitRight(body, i, multiple) {
      var current = body[i == null ? 0 : i + 1];
      if (!current || current.type !== "ContentStatement" || !multiple && current.rightStripped) {
        return;
      }
      var original = current.value;
      current.value = current.value.replace(multiple ? /^\s+/ : /^[ \t]*\r?\n?/, "");
      current.rightStripped = current.value !== original;
    }
    function omitLeft(body, i, multiple) {
      var current = body[i == null ? body.length - 1 : i - 1];
      if (!current || current.type !== "ContentStatement" || !multiple && current.leftStripped) {
        return;
      }
      var original = current.value;
      current.value = current.value.replace(multiple ? /(^|\S)\s+$/ : /(^|[^ \t])[ \t]+$/, "$1");
      current.leftStripped = current.value !== original;
      return current.leftStripped;
    }
    exports["default"] = WhitespaceControl;
    module.exports = exports["default"];
  })(whitespaceControl, whitespaceControl.exports);
  return whitespaceControl.exports;
}
var helpers = {};
var hasRequiredHelpers;
function requireHelpers() {
  if (hasRequiredHelpers) return helpers;
  hasRequiredHelpers = 1;
  helpers.__esModule = true;
  helpers.SourceLocation = SourceLocation;
  helpers.id = id;
  helpers.stripFlags = stripFlags;
  helpers.stripComment = stripComment;
  helpers.preparePath = preparePath;
  helpers.prepareMustache = prepareMustache;
  helpers.prepareRawBlock = prepareRawBlock;
  helpers.prepareBlock = prepareBlock;
  helpers.prepareProgram = prepareProgram;
  helpers.preparePartialBlock = preparePartialBlock;
  function _interopRequireDefault(obj) {
    return obj && obj.__esModule ? obj : { "default": obj };
  }
  var _exception = requireException();
  var _exception2 = _interopRequireDefault(_exception);
  function validateClose(open, close) {
    close = close.path ? close.path.original : close;
    if (open.path.original !== close) {
      var errorNode = { loc: open.path.loc };
      throw new _exception2["default"](open.path.original + " doesn't match " + close, errorNode);
    }
  }
  function SourceLocation(source, locInfo) {
    this.source = source;
    this.start = {
      line: locInfo.first_line,
      column: locInfo.first_column
    };
    this.end = {
      line: locInfo.last_line,
      column: locInfo.last_column
    };
  }
  function id(token) {
    if (/^\[.*\]$/.test(token)) {
      return token.substring(1, token.length - 1);
    } else {
      return token;
    }
  }
  function stripFlags(open, close) {
    return {
      open: open.charAt(2) === "~",
      close: close.charAt(close.length - 3) === "~"
    };
  }
  function stripComment(comment) {
    return comment.replace(/^\{\{~?!-?-?/, "").replace(/-?-?~?\}\}$/, "");
  }
  function preparePath(data, parts, loc) {
    loc = this.locInfo(loc);
    var original = data ? "@" : "", dig = [], depth2 = 0;
    for (var i = 0, l = parts.length; i < l; i++) {
      var part = parts[i].part, isLiteral = parts[i].original !== part;
      original += (parts[i].separator || "") + part;
      if (!isLiteral && (part === ".." || part === "." || part === "this")) {
        if (dig.length > 0) {
          throw new _exception2["default"]("Invalid path: " + original, { loc });
        } else if (part === "..") {
          depth2++;
        }
      } else {
        dig.push(part);
      }
    }
    return {
      type: "PathExpression",
      data,
      depth: depth2,
      parts: dig,
      original,
      loc
    };
  }
  function prepareMustache(path, params, hash, open, strip, locInfo) {
    var escapeFlag = open.charAt(3) || open.charAt(2), escaped = escapeFlag !== "{" && escapeFlag !== "&";
    var decorator = /\*/.test(open);
    return {
      type: decorator ? "Decorator" : "MustacheStatement",
      path,
      params,
      hash,
      escaped,
      strip,
      loc: this.locInfo(locInfo)
    };
  }
  function prepareRawBlock(openRawBlock, contents, close, locInfo) {
    validateClose(openRawBlock, close);
    locInfo = this.locInfo(locInfo);
    var program = {
      type: "Program",
      body: contents,
      strip: {},
      loc: locInfo
    };
    return {
      type: "BlockStatement",
      path: openRawBlock.path,
      params: openRawBlock.params,
      hash: openRawBlock.hash,
      program,
      openStrip: {},
      inverseStrip: {},
      closeStrip: {},
      loc: locInfo
    };
  }
  function prepareBlock(openBlock, program, inverseAndProgram, close, inverted, locInfo) {
    if (close && close.path) {
      validateClose(openBlock, close);
    }
    var decorator = /\*/.test(openBlock.open);
    program.blockParams = openBlock.blockParams;
    var inverse = void 0, inverseStrip = void 0;
    if (inverseAndProgram) {
      if (decorator) {
        throw new _exception2["default"]("Unexpected inverse block on decorator", inverseAndProgram);
      }
      if (inverseAndProgram.chain) {
        inverseAndProgram.program.body[0].closeStrip = close.strip;
      }
      inverseStrip = inverseAndProgram.strip;
      inverse = inverseAndProgram.program;
    }
    if (inverted) {
      inverted = inverse;
      inverse = program;
      program = inverted;
    }
    return {
      type: decorator ? "DecoratorBlock" : "BlockStatement",
      path: openBlock.path,
      params: openBlock.params,
      hash: openBlock.hash,
      program,
      inverse,
      openStrip: openBlock.strip,
      inverseStrip,
      closeStrip: close && close.strip,
      loc: this.locInfo(locInfo)
    };
  }
  function prepareProgram(statements, loc) {
    if (!loc && statements.length) {
      var firstLoc = statements[0].loc, lastLoc = statements[statements.length - 1].loc;
      if (firstLoc && lastLoc) {
        loc = {
          source: firstLoc.source,
          start: {
            line: firstLoc.start.line,
            column: firstLoc.start.column
          },
          end: {
            line: lastLoc.end.line,
            column: lastLoc.end.column
          }
        };
      }
    }
    return {
      type: "Program",
      body: statements,
      strip: {},
      loc
    };
  }
  function preparePartialBlock(open, program, close, locInfo) {
    validateClose(open, close);
    return {
      type: "PartialBlockStatement",
      name: open.path,
      params: open.params,
      hash: open.hash,
      program,
      openStrip: open.strip,
      closeStrip: close && close.strip,
      loc: this.locInfo(locInfo)
    };
  }
  return helpers;
}
var hasRequiredBase;
function requireBase() {
  if (hasRequiredBase) return base;
  hasRequiredBase = 1;
  base.__esModule = true;
  base.parseWithoutProcessing = parseWithoutProcessing;
  base.parse = parse;
  function _interopRequireWildcard(obj) {
    if (obj && obj.__esModule) {
      return obj;
    } else {
      var newObj = {};
      if (obj != null) {
        for (var key in obj) {
          if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
        }
      }
      newObj["default"] = obj;
      return newObj;
    }
  }
  function _interopRequireDefault(obj) {
    return obj && obj.__esModule ? obj : { "default": obj };
  }
  var _parser = requireParser();
  var _parser2 = _interopRequireDefault(_parser);
  var _whitespaceControl = requireWhitespaceControl();
  var _whitespaceControl2 = _interopRequireDefault(_whitespaceControl);
  var _helpers = requireHelpers();
  var Helpers = _interopRequireWildcard(_helpers);
  var _utils = requireUtils();
  base.parser = _parser2["default"];
  var yy = {};
  _utils.extend(yy, Helpers);
  function parseWithoutProcessing(input, options) {
    if (input.type === "Program") {
      return input;
    }
    _parser2["default"].yy = yy;
    yy.locInfo = function(locInfo) {
      return new yy.SourceLocation(options && options.srcName, locInfo);
    };
    var ast2 = _parser2["default"].parse(input);
    return ast2;
  }
  function parse(input, options) {
    var ast2 = parseWithoutProcessing(input, options);
    var strip = new _whitespaceControl2["default"](options);
    return strip.accept(ast2);
  }
  return base;
}
var compiler = {};
var hasRequiredCompiler;
function requireCompiler() {
  if (hasRequiredCompiler) return compiler;
  hasRequiredCompiler = 1;
  compiler.__esModule = true;
  compiler.Compiler = Compiler;
  compiler.precompile = precompile;
  compiler.compile = compile2;
  function _interopRequireDefault(obj) {
    return obj && obj.__esModule ? obj : { "default": obj };
  }
  var _exception = requireException();
  var _exception2 = _interopRequireDefault(_exception);
  var _utils = requireUtils();
  var _ast = requireAst();
  var _ast2 = _interopRequireDefault(_ast);
  var _nodeTypes = requireNodeTypes();
  var slice = [].slice;
  function Compiler() {
  }
  Compiler.prototype = {
    compiler: Compiler,
    equals: function equals(other) {
      var len = this.opcodes.length;
      if (other.opcodes.length !== len) {
        return false;
      }
      for (var i = 0; i < len; i++) {
        var opcode = this.opcodes[i], otherOpcode = other.opcodes[i];
        if (opcode.opcode !== otherOpcode.opcode || !argEquals(opcode.args, otherOpcode.args)) {
          return false;
        }
      }
      len = this.children.length;
      for (var i = 0; i < len; i++) {
        if (!this.children[i].equals(other.children[i])) {
          return false;
        }
      }
      return true;
    },
    guid: 0,
    compile: function compile3(program, options) {
      this.sourceNode = [];
      this.opcodes = [];
      this.children = [];
      this.options = options;
      this.stringParams = options.stringParams;
      this.trackIds = options.trackIds;
      options.blockParams = options.blockParams || [];
      options.knownHelpers = _utils.extend(/* @__PURE__ */ Object.create(null), {
        helperMissing: true,
        blockHelperMissing: true,
        each: true,
        "if": true,
        unless: true,
        "with": true,
        log: true,
        lookup: true
      }, options.knownHelpers);
      return this.accept(program);
    },
    compileProgram: function compileProgram(program) {
      var childCompiler = new this.compiler(), result = childCompiler.compile(program, this.options), guid = this.guid++;
      this.usePartial = this.usePartial || result.usePartial;
      this.children[guid] = result;
      this.useDepths = this.useDepths || result.useDepths;
      return guid;
    },
    accept: function accept(node) {
      if (_utils.indexOf(_nodeTypes.NODE_TYPES, node.type) === -1 || !this[node.type]) {
        throw new _exception2["default"]("Unknown type: " + node.type, node);
      }
      this.sourceNode.unshift(node);
      var ret = this[node.type](node);
      this.sourceNode.shift();
      return ret;
    },
    Program: function Program(program) {
      validateBlockParams(program);
      this.options.blockParams.unshift(program.blockParams);
      var body = program.body, bodyLength = body.length;
      for (var i = 0; i < bodyLength; i++) {
        this.accept(body[i]);
      }
      this.options.blockParams.shift();
      this.isSimple = bodyLength === 1;
      this.blockParams = program.blockParams ? program.blockParams.length : 0;
      return this;
    },
    BlockStatement: function BlockStatement(block) {
      transformLiteralToPath(block);
      var program = block.program, inverse = block.inverse;
      program = program && this.compileProgram(program);
      inverse = inverse && this.compileProgram(inverse);
      var type = this.classifySexpr(block);
      if (type === "helper") {
        this.helperSexpr(block, program, inverse);
      } else if (type === "simple") {
        this.simpleSexpr(block);
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        this.opcode("emptyHash");
        this.opcode("blockValue", block.path.original);
      } else {
        this.ambiguousSexpr(block, program, inverse);
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        this.opcode("emptyHash");
        this.opcode("ambiguousBlockValue");
      }
      this.opcode("append");
    },
    DecoratorBlock: function DecoratorBlock(decorator) {
      var program = decorator.program && this.compileProgram(decorator.program);
      var params = this.setupFullMustacheParams(decorator, program, void 0), path = decorator.path;
      this.useDecorators = true;
      this.opcode("registerDecorator", params.length, path.original);
    },
    PartialStatement: function PartialStatement(partial) {
      this.usePartial = true;
      var program = partial.program;
      if (program) {
        program = this.compileProgram(partial.program);
      }
      var params = partial.params;
      if (params.length > 1) {
        throw new _exception2["default"]("Unsupported number of partial arguments: " + params.length, partial);
      } else if (!params.length) {
        if (this.options.explicitPartialContext) {
          this.opcode("pushLiteral", "undefined");
        } else {
          params.push({ type: "PathExpression", parts: [], depth: 0 });
        }
      }
      var partialName = partial.name.original, isDynamic = partial.name.type === "SubExpression";
      if (isDynamic) {
        this.accept(partial.name);
      }
      this.setupFullMustacheParams(partial, program, void 0, true);
      var indent = partial.indent || "";
      if (this.options.preventIndent && indent) {
        this.opcode("appendContent", indent);
        indent = "";
      }
      this.opcode("invokePartial", isDynamic, partialName, indent);
      this.opcode("append");
    },
    PartialBlockStatement: function PartialBlockStatement(partialBlock) {
      this.PartialStatement(partialBlock);
    },
    MustacheStatement: function MustacheStatement(mustache) {
      this.SubExpression(mustache);
      if (mustache.escaped && !this.options.noEscape) {
        this.opcode("appendEscaped");
      } else {
        this.opcode("append");
      }
    },
    Decorator: function Decorator(decorator) {
      this.DecoratorBlock(decorator);
    },
    ContentStatement: function ContentStatement(content) {
      if (content.value != null && typeof content.value !== "string") {
        throw invalidAst(content, "value must be a string");
      }
      if (content.value) {
        this.opcode("appendContent", content.value);
      }
    },
    CommentStatement: function CommentStatement() {
    },
    SubExpression: function SubExpression(sexpr) {
      transformLiteralToPath(sexpr);
      var type = this.classifySexpr(sexpr);
      if (type === "simple") {
        this.simpleSexpr(sexpr);
      } else if (type === "helper") {
        this.helperSexpr(sexpr);
      } else {
        this.ambiguousSexpr(sexpr);
      }
    },
    ambiguousSexpr: function ambiguousSexpr(sexpr, program, inverse) {
      var path = sexpr.path, name = path.parts[0], isBlock = program != null || inverse != null;
      this.opcode("getContext", validateDepth(path));
      this.opcode("pushProgram", program);
      this.opcode("pushProgram", inverse);
      path.strict = true;
      this.accept(path);
      this.opcode("invokeAmbiguous", name, isBlock);
    },
    simpleSexpr: function simpleSexpr(sexpr) {
      var path = sexpr.path;
      path.strict = true;
      this.accept(path);
      this.opcode("resolvePossibleLambda");
    },
    helperSexpr: function helperSexpr(sexpr, program, inverse) {
      var params = this.setupFullMustacheParams(sexpr, program, inverse), path = sexpr.path, name = path.parts[0];
      if (this.options.knownHelpers[name]) {
        this.opcode("invokeKnownHelper", params.length, name);
      } else if (this.options.knownHelpersOnly) {
        throw new _exception2["default"]("You specified knownHelpersOnly, but used the unknown helper " + name, sexpr);
      } else {
        path.strict = true;
        path.falsy = true;
        this.accept(path);
        this.opcode("invokeHelper", params.length, path.original, _ast2["default"].helpers.simpleId(path));
      }
    },
    PathExpression: function PathExpression(path) {
      var depth2 = validateDepth(path);
      var parts = validateParts(path);
      this.addDepth(depth2);
      this.opcode("getContext", depth2);
      var name = parts[0], scoped = _ast2["default"].helpers.scopedId(path), blockParamId = !depth2 && !scoped && this.blockParamIndex(name);
      if (blockParamId) {
        this.opcode("lookupBlockParam", blockParamId, parts);
      } else if (!name) {
        this.opcode("pushContext");
      } else if (path.data) {
        this.options.data = true;
        this.opcode("lookupData", depth2, parts, path.strict);
      } else {
        this.opcode("lookupOnContext", parts, path.falsy, path.strict, scoped);
      }
    },
    StringLiteral: function StringLiteral(string2) {
      validateLiteral(string2);
      this.opcode("pushString", string2.value);
    },
    NumberLiteral: function NumberLiteral(number2) {
      validateLiteral(number2);
      this.opcode("pushLiteral", number2.value);
    },
    BooleanLiteral: function BooleanLiteral(bool) {
      validateLiteral(bool);
      this.opcode("pushLiteral", bool.value);
    },
    UndefinedLiteral: function UndefinedLiteral() {
      this.opcode("pushLiteral", "undefined");
    },
    NullLiteral: function NullLiteral() {
      this.opcode("pushLiteral", "null");
    },
    Hash: function Hash(hash) {
      var pairs = hash.pairs, i = 0, l = void 0;
      if (!_utils.isArray(pairs)) {
        throw invalidAst(hash, "pairs must be an array");
      }
      l = pairs.length;
      for (var j = 0; j < l; j++) {
        if (!pairs[j] || typeof pairs[j].key !== "string") {
          throw invalidAst(hash, "pair keys must be strings");
        }
      }
      this.opcode("pushHash");
      for (; i < l; i++) {
        this.pushParam(pairs[i].value);
      }
      while (i--) {
        this.opcode("assignToHash", pairs[i].key);
      }
      this.opcode("popHash");
    },
    // HELPERS
    opcode: function opcode(name) {
      this.opcodes.push({
        opcode: name,
        args: slice.call(arguments, 1),
        loc: this.sourceNode[0].loc
      });
    },
    addDepth: function addDepth(depth2) {
      if (!depth2) {
        return;
      }
      this.useDepths = true;
    },
    classifySexpr: function classifySexpr(sexpr) {
      validateParts(sexpr.path);
      var isSimple = _ast2["default"].helpers.simpleId(sexpr.path);
      var isBlockParam = isSimple && !!this.blockParamIndex(sexpr.path.parts[0]);
      var isHelper = !isBlockParam && _ast2["default"].helpers.helperExpression(sexpr);
      var isEligible = !isBlockParam && (isHelper || isSimple);
      if (isEligible && !isHelper) {
        var _name = sexpr.path.parts[0], options = this.options;
        if (options.knownHelpers[_name]) {
          isHelper = true;
        } else if (options.knownHelpersOnly) {
          isEligible = false;
        }
      }
      if (isHelper) {
        return "helper";
      } else if (isEligible) {
        return "ambiguous";
      } else {
        return "simple";
      }
    },
    pushParams: function pushParams(params) {
      for (var i = 0, l = params.length; i < l; i++) {
        this.pushParam(params[i]);
      }
    },
    pushParam: function pushParam(val) {
      validateLiteral(val);
      var value = val.value != null ? val.value : val.original || "";
      var depth2 = validateDepth(val);
      if (this.stringParams) {
        if (typeof value !== "number" && typeof value !== "boolean") {
          value = String(value);
        }
        if (value.replace) {
          value = value.replace(/^(\.?\.\/)*/g, "").replace(/\//g, ".");
        }
        if (depth2) {
          this.addDepth(depth2);
        }
        this.opcode("getContext", depth2);
        this.opcode("pushStringParam", value, val.type);
        if (val.type === "SubExpression") {
          this.accept(val);
        }
      } else {
        if (this.trackIds) {
          var blockParamIndex = void 0;
          if (val.parts && !_ast2["default"].helpers.scopedId(val) && !depth2) {
            blockParamIndex = this.blockParamIndex(validateParts(val)[0]);
          }
          if (blockParamIndex) {
            var blockParamChild = val.parts.slice(1).join(".");
            this.opcode("pushId", "BlockParam", blockParamIndex, blockParamChild);
          } else {
            value = val.original || value;
            if (value.replace) {
              value = value.replace(/^this(?:\.|$)/, "").replace(/^\.\//, "").replace(/^\.$/, "");
            }
            this.opcode("pushId", val.type, value);
          }
        }
        this.accept(val);
      }
    },
    setupFullMustacheParams: function setupFullMustacheParams(sexpr, program, inverse, omitEmpty) {
      var params = sexpr.params;
      this.pushParams(params);
      this.opcode("pushProgram", program);
      this.opcode("pushProgram", inverse);
      if (sexpr.hash) {
        this.accept(sexpr.hash);
      } else {
        this.opcode("emptyHash", omitEmpty);
      }
      return params;
    },
    blockParamIndex: function blockParamIndex(name) {
      for (var depth2 = 0, len = this.options.blockParams.length; depth2 < len; depth2++) {
        var blockParams = this.options.blockParams[depth2], param = blockParams && _utils.indexOf(blockParams, name);
        if (blockParams && param >= 0) {
          return [depth2, param];
        }
      }
    }
  };
  function precompile(input, options, env) {
    if (input == null || typeof input !== "string" && input.type !== "Program") {
      throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.precompile. You passed " + input);
    }
    options = options || {};
    if (!("data" in options)) {
      options.data = true;
    }
    if (options.compat) {
      options.useDepths = true;
    }
    var ast2 = env.parse(input, options), environment = new env.Compiler().compile(ast2, options);
    return new env.JavaScriptCompiler().compile(environment, options);
  }
  function compile2(input, options, env) {
    if (options === void 0) options = {};
    if (input == null || typeof input !== "string" && input.type !== "Program") {
      throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.compile. You passed " + input);
    }
    options = _utils.extend({}, options);
    if (!("data" in options)) {
      options.data = true;
    }
    if (options.compat) {
      options.useDepths = true;
    }
    var compiled = void 0;
    function compileInput() {
      var ast2 = env.parse(input, options), environment = new env.Compiler().compile(ast2, options), templateSpec = new env.JavaScriptCompiler().compile(environment, options, void 0, true);
      return env.template(templateSpec);
    }
    function ret(context, execOptions) {
      if (!compiled) {
        compiled = compileInput();
      }
      return compiled.call(this, context, execOptions);
    }
    ret._setup = function(setupOptions) {
      if (!compiled) {
        compiled = compileInput();
      }
      return compiled._setup(setupOptions);
    };
    ret._child = function(i, data, blockParams, depths) {
      if (!compiled) {
        compiled = compileInput();
      }
      return compiled._child(i, data, blockParams, depths);
    };
    return ret;
  }
  function invalidAst(node, message) {
    return new _exception2["default"]("Invalid AST: " + node.type + " " + message, node);
  }
  function validateDepth(node) {
    var depth2 = node.depth;
    if (depth2 == null) {
      return 0;
    }
    if (typeof depth2 !== "number" || !isFinite(depth2) || Math.floor(depth2) !== depth2 || depth2 < 0) {
      throw invalidAst(node, "depth must be a non-negative integer");
    }
    return depth2;
  }
  function validateLiteral(node) {
    var value = node.value;
    if (node.type === "StringLiteral" && typeof value !== "string") {
      throw invalidAst(node, "value must be a string");
    } else if (node.type === "NumberLiteral" && typeof value !== "number") {
      throw invalidAst(node, "value must be a number");
    } else if (node.type === "BooleanLiteral" && typeof value !== "boolean") {
      throw invalidAst(node, "value must be a boolean");
    }
  }
  function validateStringArray(node, value, name) {
    if (!_utils.isArray(value)) {
      throw invalidAst(node, name + " must be an array");
    }
    for (var i = 0; i < value.length; i++) {
      if (typeof value[i] !== "string") {
        throw invalidAst(node, name + " must only contain strings");
      }
    }
    return value;
  }
  function validateParts(path) {
    return validateStringArray(path, path.parts, "parts");
  }
  function validateBlockParams(program) {
    if (program.blockParams != null) {
      validateStringArray(program, program.blockParams, "blockParams");
    }
  }
  function argEquals(a, b) {
    if (a === b) {
      return true;
    }
    if (_utils.isArray(a) && _utils.isArray(b) && a.length === b.length) {
      for (var i = 0; i < a.length; i++) {
        if (!argEquals(a[i], b[i])) {
          return false;
        }
      }
      return true;
    }
  }
  function transformLiteralToPath(sexpr) {
    if (!sexpr.path.parts) {
      var literal2 = sexpr.path;
      sexpr.path = {
        type: "PathExpression",
        data: false,
        depth: 0,
        parts: [literal2.original + ""],
        original: literal2.original + "",
        loc: literal2.loc
      };
    }
  }
  return compiler;
}
var javascriptCompiler = { exports: {} };
var codeGen = {};
var sourceMap = {};
var sourceMapGenerator = {};
var base64Vlq = {};
var base64 = {};
var hasRequiredBase64;
function requireBase64() {
  if (hasRequiredBase64) return base64;
  hasRequiredBase64 = 1;
  var intToCharMap = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("");
  base64.encode = function(number2) {
    if (0 <= number2 && number2 < intToCharMap.length) {
      return intToCharMap[number2];
    }
    throw new TypeError("Must be between 0 and 63: " + number2);
  };
  base64.decode = function(charCode) {
    var bigA = 65;
    var bigZ = 90;
    var littleA = 97;
    var littleZ = 122;
    var zero = 48;
    var nine = 57;
    var plus = 43;
    var slash = 47;
    var littleOffset = 26;
    var numberOffset = 52;
    if (bigA <= charCode && charCode <= bigZ) {
      return charCode - bigA;
    }
    if (littleA <= charCode && charCode <= littleZ) {
      return charCode - littleA + littleOffset;
    }
    if (zero <= charCode && charCode <= nine) {
      return charCode - zero + numberOffset;
    }
    if (charCode == plus) {
      return 62;
    }
    if (charCode == slash) {
      return 63;
    }
    return -1;
  };
  return base64;
}
var hasRequiredBase64Vlq;
function requireBase64Vlq() {
  if (hasRequiredBase64Vlq) return base64Vlq;
  hasRequiredBase64Vlq = 1;
  var base642 = requireBase64();
  var VLQ_BASE_SHIFT = 5;
  var VLQ_BASE = 1 << VLQ_BASE_SHIFT;
  var VLQ_BASE_MASK = VLQ_BASE - 1;
  var VLQ_CONTINUATION_BIT = VLQ_BASE;
  function toVLQSigned(aValue) {
    return aValue < 0 ? (-aValue << 1) + 1 : (aValue << 1) + 0;
  }
  function fromVLQSigned(aValue) {
    var isNegative = (aValue & 1) === 1;
    var shifted = aValue >> 1;
    return isNegative ? -shifted : shifted;
  }
  base64Vlq.encode = function base64VLQ_encode(aValue) {
    var encoded = "";
    var digit;
    var vlq = toVLQSigned(aValue);
    do {
      digit = vlq & VLQ_BASE_MASK;
      vlq >>>= VLQ_BASE_SHIFT;
      if (vlq > 0) {
        digit |= VLQ_CONTINUATION_BIT;
      }
      encoded += base642.encode(digit);
    } while (vlq > 0);
    return encoded;
  };
  base64Vlq.decode = function base64VLQ_decode(aStr, aIndex, aOutParam) {
    var strLen = aStr.length;
    var result = 0;
    var shift = 0;
    var continuation, digit;
    do {
      if (aIndex >= strLen) {
        throw new Error("Expected more digits in base 64 VLQ value.");
      }
      digit = base642.decode(aStr.charCodeAt(aIndex++));
      if (digit === -1) {
        throw new Error("Invalid base64 digit: " + aStr.charAt(aIndex - 1));
      }
      continuation = !!(digit & VLQ_CONTINUATION_BIT);
      digit &= VLQ_BASE_MASK;
      result = result + (digit << shift);
      shift += VLQ_BASE_SHIFT;
    } while (continuation);
    aOutParam.value = fromVLQSigned(result);
    aOutParam.rest = aIndex;
  };
  return base64Vlq;
}
var util = {};
var hasRequiredUtil;
function requireUtil() {
  if (hasRequiredUtil) return util;
  hasRequiredUtil = 1;
  (function(exports) {
    function getArg(aArgs, aName, aDefaultValue) {
      if (aName in aArgs) {
        return aArgs[aName];
      } else if (arguments.length === 3) {
        return aDefaultValue;
      } else {
        throw new Error('"' + aName + '" is a required argument.');
      }
    }
    exports.getArg = getArg;
    var urlRegexp = /^(?:([\w+\-.]+):)?\/\/(?:(\w+:\w+)@)?([\w.-]*)(?::(\d+))?(.*)$/;
    var dataUrlRegexp = /^data:.+\,.+$/;
    function urlParse(aUrl) {
      var match = aUrl.match(urlRegexp);
      if (!match) {
        return null;
      }
      return {
        scheme: match[1],
        auth: match[2],
        host: match[3],
        port: match[4],
        path: match[5]
      };
    }
    exports.urlParse = urlParse;
    function urlGenerate(aParsedUrl) {
      var url = "";
      if (aParsedUrl.scheme) {
        url += aParsedUrl.scheme + ":";
      }
      url += "//";
      if (aParsedUrl.auth) {
        url += aParsedUrl.auth + "@";
      }
      if (aParsedUrl.host) {
        url += aParsedUrl.host;
      }
      if (aParsedUrl.port) {
        url += ":" + aParsedUrl.port;
      }
      if (aParsedUrl.path) {
        url += aParsedUrl.path;
      }
      return url;
    }
    exports.urlGenerate = urlGenerate;
    function normalize(aPath) {
      var path = aPath;
      var url = urlParse(aPath);
      if (url) {
        if (!url.path) {
          return aPath;
        }
        path = url.path;
      }
      var isAbsolute2 = exports.isAbsolute(path);
      var parts = path.split(/\/+/);
      for (var part, up = 0, i = parts.length - 1; i >= 0; i--) {
        part = parts[i];
        if (part === ".") {
          parts.splice(i, 1);
        } else if (part === "..") {
          up++;
        } else if (up > 0) {
          if (part === "") {
            parts.splice(i + 1, up);
            up = 0;
          } else {
            parts.splice(i, 2);
            up--;
          }
        }
      }
      path = parts.join("/");
      if (path === "") {
        path = isAbsolute2 ? "/" : ".";
      }
      if (url) {
        url.path = path;
        return urlGenerate(url);
      }
      return path;
    }
    exports.normalize = normalize;
    function join2(aRoot, aPath) {
      if (aRoot === "") {
        aRoot = ".";
      }
      if (aPath === "") {
        aPath = ".";
      }
      var aPathUrl = urlParse(aPath);
      var aRootUrl = urlParse(aRoot);
      if (aRootUrl) {
        aRoot = aRootUrl.path || "/";
      }
      if (aPathUrl && !aPathUrl.scheme) {
        if (aRootUrl) {
          aPathUrl.scheme = aRootUrl.scheme;
        }
        return urlGenerate(aPathUrl);
      }
      if (aPathUrl || aPath.match(dataUrlRegexp)) {
        return aPath;
      }
      if (aRootUrl && !aRootUrl.host && !aRootUrl.path) {
        aRootUrl.host = aPath;
        return urlGenerate(aRootUrl);
      }
      var joined = aPath.charAt(0) === "/" ? aPath : normalize(aRoot.replace(/\/+$/, "") + "/" + aPath);
      if (aRootUrl) {
        aRootUrl.path = joined;
        return urlGenerate(aRootUrl);
      }
      return joined;
    }
    exports.join = join2;
    exports.isAbsolute = function(aPath) {
      return aPath.charAt(0) === "/" || urlRegexp.test(aPath);
    };
    function relative2(aRoot, aPath) {
      if (aRoot === "") {
        aRoot = ".";
      }
      aRoot = aRoot.replace(/\/$/, "");
      var level = 0;
      while (aPath.indexOf(aRoot + "/") !== 0) {
        var index = aRoot.lastIndexOf("/");
        if (index < 0) {
          return aPath;
        }
        aRoot = aRoot.slice(0, index);
        if (aRoot.match(/^([^\/]+:\/)?\/*$/)) {
          return aPath;
        }
        ++level;
      }
      return Array(level + 1).join("../") + aPath.substr(aRoot.length + 1);
    }
    exports.relative = relative2;
    var supportsNullProto = (function() {
      var obj = /* @__PURE__ */ Object.create(null);
      return !("__proto__" in obj);
    })();
    function identity(s) {
      return s;
    }
    function toSetString(aStr) {
      if (isProtoString(aStr)) {
        return "$" + aStr;
      }
      return aStr;
    }
    exports.toSetString = supportsNullProto ? identity : toSetString;
    function fromSetString(aStr) {
      if (isProtoString(aStr)) {
        return aStr.slice(1);
      }
      return aStr;
    }
    exports.fromSetString = supportsNullProto ? identity : fromSetString;
    function isProtoString(s) {
      if (!s) {
        return false;
      }
      var length = s.length;
      if (length < 9) {
        return false;
      }
      if (s.charCodeAt(length - 1) !== 95 || s.charCodeAt(length - 2) !== 95 || s.charCodeAt(length - 3) !== 111 || s.charCodeAt(length - 4) !== 116 || s.charCodeAt(length - 5) !== 111 || s.charCodeAt(length - 6) !== 114 || s.charCodeAt(length - 7) !== 112 || s.charCodeAt(length - 8) !== 95 || s.charCodeAt(length - 9) !== 95) {
        return false;
      }
      for (var i = length - 10; i >= 0; i--) {
        if (s.charCodeAt(i) !== 36) {
          return false;
        }
      }
      return true;
    }
    function compareByOriginalPositions(mappingA, mappingB, onlyCompareOriginal) {
      var cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0 || onlyCompareOriginal) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByOriginalPositions = compareByOriginalPositions;
    function compareByGeneratedPositionsDeflated(mappingA, mappingB, onlyCompareGenerated) {
      var cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0 || onlyCompareGenerated) {
        return cmp;
      }
      cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByGeneratedPositionsDeflated = compareByGeneratedPositionsDeflated;
    function strcmp(aStr1, aStr2) {
      if (aStr1 === aStr2) {
        return 0;
      }
      if (aStr1 === null) {
        return 1;
      }
      if (aStr2 === null) {
        return -1;
      }
      if (aStr1 > aStr2) {
        return 1;
      }
      return -1;
    }
    function compareByGeneratedPositionsInflated(mappingA, mappingB) {
      var cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByGeneratedPositionsInflated = compareByGeneratedPositionsInflated;
    function parseSourceMapInput(str2) {
      return JSON.parse(str2.replace(/^\)]}'[^\n]*\n/, ""));
    }
    exports.parseSourceMapInput = parseSourceMapInput;
    function computeSourceURL(sourceRoot, sourceURL, sourceMapURL) {
      sourceURL = sourceURL || "";
      if (sourceRoot) {
        if (sourceRoot[sourceRoot.length - 1] !== "/" && sourceURL[0] !== "/") {
          sourceRoot += "/";
        }
        sourceURL = sourceRoot + sourceURL;
      }
      if (sourceMapURL) {
        var parsed = urlParse(sourceMapURL);
        if (!parsed) {
          throw new Error("sourceMapURL could not be parsed");
        }
        if (parsed.path) {
          var index = parsed.path.lastIndexOf("/");
          if (index >= 0) {
            parsed.path = parsed.path.substring(0, index + 1);
          }
        }
        sourceURL = join2(urlGenerate(parsed), sourceURL);
      }
      return normalize(sourceURL);
    }
    exports.computeSourceURL = computeSourceURL;
  })(util);
  return util;
}
var arraySet = {};
var hasRequiredArraySet;
function requireArraySet() {
  if (hasRequiredArraySet) return arraySet;
  hasRequiredArraySet = 1;
  var util2 = requireUtil();
  var has = Object.prototype.hasOwnProperty;
  var hasNativeMap = typeof Map !== "undefined";
  function ArraySet() {
    this._array = [];
    this._set = hasNativeMap ? /* @__PURE__ */ new Map() : /* @__PURE__ */ Object.create(null);
  }
  ArraySet.fromArray = function ArraySet_fromArray(aArray, aAllowDuplicates) {
    var set = new ArraySet();
    for (var i = 0, len = aArray.length; i < len; i++) {
      set.add(aArray[i], aAllowDuplicates);
    }
    return set;
  };
  ArraySet.prototype.size = function ArraySet_size() {
    return hasNativeMap ? this._set.size : Object.getOwnPropertyNames(this._set).length;
  };
  ArraySet.prototype.add = function ArraySet_add(aStr, aAllowDuplicates) {
    var sStr = hasNativeMap ? aStr : util2.toSetString(aStr);
    var isDuplicate = hasNativeMap ? this.has(aStr) : has.call(this._set, sStr);
    var idx = this._array.length;
    if (!isDuplicate || aAllowDuplicates) {
      this._array.push(aStr);
    }
    if (!isDuplicate) {
      if (hasNativeMap) {
        this._set.set(aStr, idx);
      } else {
        this._set[sStr] = idx;
      }
    }
  };
  ArraySet.prototype.has = function ArraySet_has(aStr) {
    if (hasNativeMap) {
      return this._set.has(aStr);
    } else {
      var sStr = util2.toSetString(aStr);
      return has.call(this._set, sStr);
    }
  };
  ArraySet.prototype.indexOf = function ArraySet_indexOf(aStr) {
    if (hasNativeMap) {
      var idx = this._set.get(aStr);
      if (idx >= 0) {
        return idx;
      }
    } else {
      var sStr = util2.toSetString(aStr);
      if (has.call(this._set, sStr)) {
        return this._set[sStr];
      }
    }
    throw new Error('"' + aStr + '" is not in the set.');
  };
  ArraySet.prototype.at = function ArraySet_at(aIdx) {
    if (aIdx >= 0 && aIdx < this._array.length) {
      return this._array[aIdx];
    }
    throw new Error("No element indexed by " + aIdx);
  };
  ArraySet.prototype.toArray = function ArraySet_toArray() {
    return this._array.slice();
  };
  arraySet.ArraySet = ArraySet;
  return arraySet;
}
var mappingList = {};
var hasRequiredMappingList;
function requireMappingList() {
  if (hasRequiredMappingList) return mappingList;
  hasRequiredMappingList = 1;
  var util2 = requireUtil();
  function generatedPositionAfter(mappingA, mappingB) {
    var lineA = mappingA.generatedLine;
    var lineB = mappingB.generatedLine;
    var columnA = mappingA.generatedColumn;
    var columnB = mappingB.generatedColumn;
    return lineB > lineA || lineB == lineA && columnB >= columnA || util2.compareByGeneratedPositionsInflated(mappingA, mappingB) <= 0;
  }
  function MappingList() {
    this._array = [];
    this._sorted = true;
    this._last = { generatedLine: -1, generatedColumn: 0 };
  }
  MappingList.prototype.unsortedForEach = function MappingList_forEach(aCallback, aThisArg) {
    this._array.forEach(aCallback, aThisArg);
  };
  MappingList.prototype.add = function MappingList_add(aMapping) {
    if (generatedPositionAfter(this._last, aMapping)) {
      this._last = aMapping;
      this._array.push(aMapping);
    } else {
      this._sorted = false;
      this._array.push(aMapping);
    }
  };
  MappingList.prototype.toArray = function MappingList_toArray() {
    if (!this._sorted) {
      this._array.sort(util2.compareByGeneratedPositionsInflated);
      this._sorted = true;
    }
    return this._array;
  };
  mappingList.MappingList = MappingList;
  return mappingList;
}
var hasRequiredSourceMapGenerator;
function requireSourceMapGenerator() {
  if (hasRequiredSourceMapGenerator) return sourceMapGenerator;
  hasRequiredSourceMapGenerator = 1;
  var base64VLQ = requireBase64Vlq();
  var util2 = requireUtil();
  var ArraySet = requireArraySet().ArraySet;
  var MappingList = requireMappingList().MappingList;
  function SourceMapGenerator(aArgs) {
    if (!aArgs) {
      aArgs = {};
    }
    this._file = util2.getArg(aArgs, "file", null);
    this._sourceRoot = util2.getArg(aArgs, "sourceRoot", null);
    this._skipValidation = util2.getArg(aArgs, "skipValidation", false);
    this._sources = new ArraySet();
    this._names = new ArraySet();
    this._mappings = new MappingList();
    this._sourcesContents = null;
  }
  SourceMapGenerator.prototype._version = 3;
  SourceMapGenerator.fromSourceMap = function SourceMapGenerator_fromSourceMap(aSourceMapConsumer) {
    var sourceRoot = aSourceMapConsumer.sourceRoot;
    var generator = new SourceMapGenerator({
      file: aSourceMapConsumer.file,
      sourceRoot
    });
    aSourceMapConsumer.eachMapping(function(mapping) {
      var newMapping = {
        generated: {
          line: mapping.generatedLine,
          column: mapping.generatedColumn
        }
      };
      if (mapping.source != null) {
        newMapping.source = mapping.source;
        if (sourceRoot != null) {
          newMapping.source = util2.relative(sourceRoot, newMapping.source);
        }
        newMapping.original = {
          line: mapping.originalLine,
          column: mapping.originalColumn
        };
        if (mapping.name != null) {
          newMapping.name = mapping.name;
        }
      }
      generator.addMapping(newMapping);
    });
    aSourceMapConsumer.sources.forEach(function(sourceFile) {
      var sourceRelative = sourceFile;
      if (sourceRoot !== null) {
        sourceRelative = util2.relative(sourceRoot, sourceFile);
      }
      if (!generator._sources.has(sourceRelative)) {
        generator._sources.add(sourceRelative);
      }
      var content = aSourceMapConsumer.sourceContentFor(sourceFile);
      if (content != null) {
        generator.setSourceContent(sourceFile, content);
      }
    });
    return generator;
  };
  SourceMapGenerator.prototype.addMapping = function SourceMapGenerator_addMapping(aArgs) {
    var generated = util2.getArg(aArgs, "generated");
    var original = util2.getArg(aArgs, "original", null);
    var source = util2.getArg(aArgs, "source", null);
    var name = util2.getArg(aArgs, "name", null);
    if (!this._skipValidation) {
      this._validateMapping(generated, original, source, name);
    }
    if (source != null) {
      source = String(source);
      if (!this._sources.has(source)) {
        this._sources.add(source);
      }
    }
    if (name != null) {
      name = String(name);
      if (!this._names.has(name)) {
        this._names.add(name);
      }
    }
    this._mappings.add({
      generatedLine: generated.line,
      generatedColumn: generated.column,
      originalLine: original != null && original.line,
      originalColumn: original != null && original.column,
      source,
      name
    });
  };
  SourceMapGenerator.prototype.setSourceContent = function SourceMapGenerator_setSourceContent(aSourceFile, aSourceContent) {
    var source = aSourceFile;
    if (this._sourceRoot != null) {
      source = util2.relative(this._sourceRoot, source);
    }
    if (aSourceContent != null) {
      if (!this._sourcesContents) {
        this._sourcesContents = /* @__PURE__ */ Object.create(null);
      }
      this._sourcesContents[util2.toSetString(source)] = aSourceContent;
    } else if (this._sourcesContents) {
      delete this._sourcesContents[util2.toSetString(source)];
      if (Object.keys(this._sourcesContents).length === 0) {
        this._sourcesContents = null;
      }
    }
  };
  SourceMapGenerator.prototype.applySourceMap = function SourceMapGenerator_applySourceMap(aSourceMapConsumer, aSourceFile, aSourceMapPath) {
    var sourceFile = aSourceFile;
    if (aSourceFile == null) {
      if (aSourceMapConsumer.file == null) {
        throw new Error(
          `SourceMapGenerator.prototype.applySourceMap requires either an explicit source file, or the source map's "file" property. Both were omitted.`
        );
      }
      sourceFile = aSourceMapConsumer.file;
    }
    var sourceRoot = this._sourceRoot;
    if (sourceRoot != null) {
      sourceFile = util2.relative(sourceRoot, sourceFile);
    }
    var newSources = new ArraySet();
    var newNames = new ArraySet();
    this._mappings.unsortedForEach(function(mapping) {
      if (mapping.source === sourceFile && mapping.originalLine != null) {
        var original = aSourceMapConsumer.originalPositionFor({
          line: mapping.originalLine,
          column: mapping.originalColumn
        });
        if (original.source != null) {
          mapping.source = original.source;
          if (aSourceMapPath != null) {
            mapping.source = util2.join(aSourceMapPath, mapping.source);
          }
          if (sourceRoot != null) {
            mapping.source = util2.relative(sourceRoot, mapping.source);
          }
          mapping.originalLine = original.line;
          mapping.originalColumn = original.column;
          if (original.name != null) {
            mapping.name = original.name;
          }
        }
      }
      var source = mapping.source;
      if (source != null && !newSources.has(source)) {
        newSources.add(source);
      }
      var name = mapping.name;
      if (name != null && !newNames.has(name)) {
        newNames.add(name);
      }
    }, this);
    this._sources = newSources;
    this._names = newNames;
    aSourceMapConsumer.sources.forEach(function(sourceFile2) {
      var content = aSourceMapConsumer.sourceContentFor(sourceFile2);
      if (content != null) {
        if (aSourceMapPath != null) {
          sourceFile2 = util2.join(aSourceMapPath, sourceFile2);
        }
        if (sourceRoot != null) {
          sourceFile2 = util2.relative(sourceRoot, sourceFile2);
        }
        this.setSourceContent(sourceFile2, content);
      }
    }, this);
  };
  SourceMapGenerator.prototype._validateMapping = function SourceMapGenerator_validateMapping(aGenerated, aOriginal, aSource, aName) {
    if (aOriginal && typeof aOriginal.line !== "number" && typeof aOriginal.column !== "number") {
      throw new Error(
        "original.line and original.column are not numbers -- you probably meant to omit the original mapping entirely and only map the generated position. If so, pass null for the original mapping instead of an object with empty or null values."
      );
    }
    if (aGenerated && "line" in aGenerated && "column" in aGenerated && aGenerated.line > 0 && aGenerated.column >= 0 && !aOriginal && !aSource && !aName) {
      return;
    } else if (aGenerated && "line" in aGenerated && "column" in aGenerated && aOriginal && "line" in aOriginal && "column" in aOriginal && aGenerated.line > 0 && aGenerated.column >= 0 && aOriginal.line > 0 && aOriginal.column >= 0 && aSource) {
      return;
    } else {
      throw new Error("Invalid mapping: " + JSON.stringify({
        generated: aGenerated,
        source: aSource,
        original: aOriginal,
        name: aName
      }));
    }
  };
  SourceMapGenerator.prototype._serializeMappings = function SourceMapGenerator_serializeMappings() {
    var previousGeneratedColumn = 0;
    var previousGeneratedLine = 1;
    var previousOriginalColumn = 0;
    var previousOriginalLine = 0;
    var previousName = 0;
    var previousSource = 0;
    var result = "";
    var next;
    var mapping;
    var nameIdx;
    var sourceIdx;
    var mappings = this._mappings.toArray();
    for (var i = 0, len = mappings.length; i < len; i++) {
      mapping = mappings[i];
      next = "";
      if (mapping.generatedLine !== previousGeneratedLine) {
        previousGeneratedColumn = 0;
        while (mapping.generatedLine !== previousGeneratedLine) {
          next += ";";
          previousGeneratedLine++;
        }
      } else {
        if (i > 0) {
          if (!util2.compareByGeneratedPositionsInflated(mapping, mappings[i - 1])) {
            continue;
          }
          next += ",";
        }
      }
      next += base64VLQ.encode(mapping.generatedColumn - previousGeneratedColumn);
      previousGeneratedColumn = mapping.generatedColumn;
      if (mapping.source != null) {
        sourceIdx = this._sources.indexOf(mapping.source);
        next += base64VLQ.encode(sourceIdx - previousSource);
        previousSource = sourceIdx;
        next += base64VLQ.encode(mapping.originalLine - 1 - previousOriginalLine);
        previousOriginalLine = mapping.originalLine - 1;
        next += base64VLQ.encode(mapping.originalColumn - previousOriginalColumn);
        previousOriginalColumn = mapping.originalColumn;
        if (mapping.name != null) {
          nameIdx = this._names.indexOf(mapping.name);
          next += base64VLQ.encode(nameIdx - previousName);
          previousName = nameIdx;
        }
      }
      result += next;
    }
    return result;
  };
  SourceMapGenerator.prototype._generateSourcesContent = function SourceMapGenerator_generateSourcesContent(aSources, aSourceRoot) {
    return aSources.map(function(source) {
      if (!this._sourcesContents) {
        return null;
      }
      if (aSourceRoot != null) {
        source = util2.relative(aSourceRoot, source);
      }
      var key = util2.toSetString(source);
      return Object.prototype.hasOwnProperty.call(this._sourcesContents, key) ? this._sourcesContents[key] : null;
    }, this);
  };
  SourceMapGenerator.prototype.toJSON = function SourceMapGenerator_toJSON() {
    var map = {
      version: this._version,
      sources: this._sources.toArray(),
      names: this._names.toArray(),
      mappings: this._serializeMappings()
    };
    if (this._file != null) {
      map.file = this._file;
    }
    if (this._sourceRoot != null) {
      map.sourceRoot = this._sourceRoot;
    }
    if (this._sourcesContents) {
      map.sourcesContent = this._generateSourcesContent(map.sources, map.sourceRoot);
    }
    return map;
  };
  SourceMapGenerator.prototype.toString = function SourceMapGenerator_toString() {
    return JSON.stringify(this.toJSON());
  };
  sourceMapGenerator.SourceMapGenerator = SourceMapGenerator;
  return sourceMapGenerator;
}
var sourceMapConsumer = {};
var binarySearch = {};
var hasRequiredBinarySearch;
function requireBinarySearch() {
  if (hasRequiredBinarySearch) return binarySearch;
  hasRequiredBinarySearch = 1;
  (function(exports) {
    exports.GREATEST_LOWER_BOUND = 1;
    exports.LEAST_UPPER_BOUND = 2;
    function recursiveSearch(aLow, aHigh, aNeedle, aHaystack, aCompare, aBias) {
      var mid = Math.floor((aHigh - aLow) / 2) + aLow;
      var cmp = aCompare(aNeedle, aHaystack[mid], true);
      if (cmp === 0) {
        return mid;
      } else if (cmp > 0) {
        if (aHigh - mid > 1) {
          return recursiveSearch(mid, aHigh, aNeedle, aHaystack, aCompare, aBias);
        }
        if (aBias == exports.LEAST_UPPER_BOUND) {
          return aHigh < aHaystack.length ? aHigh : -1;
        } else {
          return mid;
        }
      } else {
        if (mid - aLow > 1) {
          return recursiveSearch(aLow, mid, aNeedle, aHaystack, aCompare, aBias);
        }
        if (aBias == exports.LEAST_UPPER_BOUND) {
          return mid;
        } else {
          return aLow < 0 ? -1 : aLow;
        }
      }
    }
    exports.search = function search(aNeedle, aHaystack, aCompare, aBias) {
      if (aHaystack.length === 0) {
        return -1;
      }
      var index = recursiveSearch(
        -1,
        aHaystack.length,
        aNeedle,
        aHaystack,
        aCompare,
        aBias || exports.GREATEST_LOWER_BOUND
      );
      if (index < 0) {
        return -1;
      }
      while (index - 1 >= 0) {
        if (aCompare(aHaystack[index], aHaystack[index - 1], true) !== 0) {
          break;
        }
        --index;
      }
      return index;
    };
  })(binarySearch);
  return binarySearch;
}
var quickSort = {};
var hasRequiredQuickSort;
function requireQuickSort() {
  if (hasRequiredQuickSort) return quickSort;
  hasRequiredQuickSort = 1;
  function swap(ary, x, y) {
    var temp = ary[x];
    ary[x] = ary[y];
    ary[y] = temp;
  }
  function randomIntInRange(low, high) {
    return Math.round(low + Math.random() * (high - low));
  }
  function doQuickSort(ary, comparator, p, r) {
    if (p < r) {
      var pivotIndex = randomIntInRange(p, r);
      var i = p - 1;
      swap(ary, pivotIndex, r);
      var pivot = ary[r];
      for (var j = p; j < r; j++) {
        if (comparator(ary[j], pivot) <= 0) {
          i += 1;
          swap(ary, i, j);
        }
      }
      swap(ary, i + 1, j);
      var q = i + 1;
      doQuickSort(ary, comparator, p, q - 1);
      doQuickSort(ary, comparator, q + 1, r);
    }
  }
  quickSort.quickSort = function(ary, comparator) {
    doQuickSort(ary, comparator, 0, ary.length - 1);
  };
  return quickSort;
}
var hasRequiredSourceMapConsumer;
function requireSourceMapConsumer() {
  if (hasRequiredSourceMapConsumer) return sourceMapConsumer;
  hasRequiredSourceMapConsumer = 1;
  var util2 = requireUtil();
  var binarySearch2 = requireBinarySearch();
  var ArraySet = requireArraySet().ArraySet;
  var base64VLQ = requireBase64Vlq();
  var quickSort2 = requireQuickSort().quickSort;
  function SourceMapConsumer(aSourceMap, aSourceMapURL) {
    var sourceMap2 = aSourceMap;
    if (typeof aSourceMap === "string") {
      sourceMap2 = util2.parseSourceMapInput(aSourceMap);
    }
    return sourceMap2.sections != null ? new IndexedSourceMapConsumer(sourceMap2, aSourceMapURL) : new BasicSourceMapConsumer(sourceMap2, aSourceMapURL);
  }
  SourceMapConsumer.fromSourceMap = function(aSourceMap, aSourceMapURL) {
    return BasicSourceMapConsumer.fromSourceMap(aSourceMap, aSourceMapURL);
  };
  SourceMapConsumer.prototype._version = 3;
  SourceMapConsumer.prototype.__generatedMappings = null;
  Object.defineProperty(SourceMapConsumer.prototype, "_generatedMappings", {
    configurable: true,
    enumerable: true,
    get: function() {
      if (!this.__generatedMappings) {
        this._parseMappings(this._mappings, this.sourceRoot);
      }
      return this.__generatedMappings;
    }
  });
  SourceMapConsumer.prototype.__originalMappings = null;
  Object.defineProperty(SourceMapConsumer.prototype, "_originalMappings", {
    configurable: true,
    enumerable: true,
    get: function() {
      if (!this.__originalMappings) {
        this._parseMappings(this._mappings, this.sourceRoot);
      }
      return this.__originalMappings;
    }
  });
  SourceMapConsumer.prototype._charIsMappingSeparator = function SourceMapConsumer_charIsMappingSeparator(aStr, index) {
    var c = aStr.charAt(index);
    return c === ";" || c === ",";
  };
  SourceMapConsumer.prototype._parseMappings = function SourceMapConsumer_parseMappings(aStr, aSourceRoot) {
    throw new Error("Subclasses must implement _parseMappings");
  };
  SourceMapConsumer.GENERATED_ORDER = 1;
  SourceMapConsumer.ORIGINAL_ORDER = 2;
  SourceMapConsumer.GREATEST_LOWER_BOUND = 1;
  SourceMapConsumer.LEAST_UPPER_BOUND = 2;
  SourceMapConsumer.prototype.eachMapping = function SourceMapConsumer_eachMapping(aCallback, aContext, aOrder) {
    var context = aContext || null;
    var order = aOrder || SourceMapConsumer.GENERATED_ORDER;
    var mappings;
    switch (order) {
      case SourceMapConsumer.GENERATED_ORDER:
        mappings = this._generatedMappings;
        break;
      case SourceMapConsumer.ORIGINAL_ORDER:
        mappings = this._originalMappings;
        break;
      default:
        throw new Error("Unknown order of iteration.");
    }
    var sourceRoot = this.sourceRoot;
    mappings.map(function(mapping) {
      var source = mapping.source === null ? null : this._sources.at(mapping.source);
      source = util2.computeSourceURL(sourceRoot, source, this._sourceMapURL);
      return {
        source,
        generatedLine: mapping.generatedLine,
        generatedColumn: mapping.generatedColumn,
        originalLine: mapping.originalLine,
        originalColumn: mapping.originalColumn,
        name: mapping.name === null ? null : this._names.at(mapping.name)
      };
    }, this).forEach(aCallback, context);
  };
  SourceMapConsumer.prototype.allGeneratedPositionsFor = function SourceMapConsumer_allGeneratedPositionsFor(aArgs) {
    var line = util2.getArg(aArgs, "line");
    var needle = {
      source: util2.getArg(aArgs, "source"),
      originalLine: line,
      originalColumn: util2.getArg(aArgs, "column", 0)
    };
    needle.source = this._findSourceIndex(needle.source);
    if (needle.source < 0) {
      return [];
    }
    var mappings = [];
    var index = this._findMapping(
      needle,
      this._originalMappings,
      "originalLine",
      "originalColumn",
      util2.compareByOriginalPositions,
      binarySearch2.LEAST_UPPER_BOUND
    );
    if (index >= 0) {
      var mapping = this._originalMappings[index];
      if (aArgs.column === void 0) {
        var originalLine = mapping.originalLine;
        while (mapping && mapping.originalLine === originalLine) {
          mappings.push({
            line: util2.getArg(mapping, "generatedLine", null),
            column: util2.getArg(mapping, "generatedColumn", null),
            lastColumn: util2.getArg(mapping, "lastGeneratedColumn", null)
          });
          mapping = this._originalMappings[++index];
        }
      } else {
        var originalColumn = mapping.originalColumn;
        while (mapping && mapping.originalLine === line && mapping.originalColumn == originalColumn) {
          mappings.push({
            line: util2.getArg(mapping, "generatedLine", null),
            column: util2.getArg(mapping, "generatedColumn", null),
            lastColumn: util2.getArg(mapping, "lastGeneratedColumn", null)
          });
          mapping = this._originalMappings[++index];
        }
      }
    }
    return mappings;
  };
  sourceMapConsumer.SourceMapConsumer = SourceMapConsumer;
  function BasicSourceMapConsumer(aSourceMap, aSourceMapURL) {
    var sourceMap2 = aSourceMap;
    if (typeof aSourceMap === "string") {
      sourceMap2 = util2.parseSourceMapInput(aSourceMap);
    }
    var version = util2.getArg(sourceMap2, "version");
    var sources = util2.getArg(sourceMap2, "sources");
    var names = util2.getArg(sourceMap2, "names", []);
    var sourceRoot = util2.getArg(sourceMap2, "sourceRoot", null);
    var sourcesContent = util2.getArg(sourceMap2, "sourcesContent", null);
    var mappings = util2.getArg(sourceMap2, "mappings");
    var file = util2.getArg(sourceMap2, "file", null);
    if (version != this._version) {
      throw new Error("Unsupported version: " + version);
    }
    if (sourceRoot) {
      sourceRoot = util2.normalize(sourceRoot);
    }
    sources = sources.map(String).map(util2.normalize).map(function(source) {
      return sourceRoot && util2.isAbsolute(sourceRoot) && util2.isAbsolute(source) ? util2.relative(sourceRoot, source) : source;
    });
    this._names = ArraySet.fromArray(names.map(String), true);
    this._sources = ArraySet.fromArray(sources, true);
    this._absoluteSources = this._sources.toArray().map(function(s) {
      return util2.computeSourceURL(sourceRoot, s, aSourceMapURL);
    });
    this.sourceRoot = sourceRoot;
    this.sourcesContent = sourcesContent;
    this._mappings = mappings;
    this._sourceMapURL = aSourceMapURL;
    this.file = file;
  }
  BasicSourceMapConsumer.prototype = Object.create(SourceMapConsumer.prototype);
  BasicSourceMapConsumer.prototype.consumer = SourceMapConsumer;
  BasicSourceMapConsumer.prototype._findSourceIndex = function(aSource) {
    var relativeSource = aSource;
    if (this.sourceRoot != null) {
      relativeSource = util2.relative(this.sourceRoot, relativeSource);
    }
    if (this._sources.has(relativeSource)) {
      return this._sources.indexOf(relativeSource);
    }
    var i;
    for (i = 0; i < this._absoluteSources.length; ++i) {
      if (this._absoluteSources[i] == aSource) {
        return i;
      }
    }
    return -1;
  };
  BasicSourceMapConsumer.fromSourceMap = function SourceMapConsumer_fromSourceMap(aSourceMap, aSourceMapURL) {
    var smc = Object.create(BasicSourceMapConsumer.prototype);
    var names = smc._names = ArraySet.fromArray(aSourceMap._names.toArray(), true);
    var sources = smc._sources = ArraySet.fromArray(aSourceMap._sources.toArray(), true);
    smc.sourceRoot = aSourceMap._sourceRoot;
    smc.sourcesContent = aSourceMap._generateSourcesContent(
      smc._sources.toArray(),
      smc.sourceRoot
    );
    smc.file = aSourceMap._file;
    smc._sourceMapURL = aSourceMapURL;
    smc._absoluteSources = smc._sources.toArray().map(function(s) {
      return util2.computeSourceURL(smc.sourceRoot, s, aSourceMapURL);
    });
    var generatedMappings = aSourceMap._mappings.toArray().slice();
    var destGeneratedMappings = smc.__generatedMappings = [];
    var destOriginalMappings = smc.__originalMappings = [];
    for (var i = 0, length = generatedMappings.length; i < length; i++) {
      var srcMapping = generatedMappings[i];
      var destMapping = new Mapping();
      destMapping.generatedLine = srcMapping.generatedLine;
      destMapping.generatedColumn = srcMapping.generatedColumn;
      if (srcMapping.source) {
        destMapping.source = sources.indexOf(srcMapping.source);
        destMapping.originalLine = srcMapping.originalLine;
        destMapping.originalColumn = srcMapping.originalColumn;
        if (srcMapping.name) {
          destMapping.name = names.indexOf(srcMapping.name);
        }
        destOriginalMappings.push(destMapping);
      }
      destGeneratedMappings.push(destMapping);
    }
    quickSort2(smc.__originalMappings, util2.compareByOriginalPositions);
    return smc;
  };
  BasicSourceMapConsumer.prototype._version = 3;
  Object.defineProperty(BasicSourceMapConsumer.prototype, "sources", {
    get: function() {
      return this._absoluteSources.slice();
    }
  });
  function Mapping() {
    this.generatedLine = 0;
    this.generatedColumn = 0;
    this.source = null;
    this.originalLine = null;
    this.originalColumn = null;
    this.name = null;
  }
  BasicSourceMapConsumer.prototype._parseMappings = function SourceMapConsumer_parseMappings(aStr, aSourceRoot) {
    var generatedLine = 1;
    var previousGeneratedColumn = 0;
    var previousOriginalLine = 0;
    var previousOriginalColumn = 0;
    var previousSource = 0;
    var previousName = 0;
    var length = aStr.length;
    var index = 0;
    var cachedSegments = {};
    var temp = {};
    var originalMappings = [];
    var generatedMappings = [];
    var mapping, str2, segment, end, value;
    while (index < length) {
      if (aStr.charAt(index) === ";") {
        generatedLine++;
        index++;
        previousGeneratedColumn = 0;
      } else if (aStr.charAt(index) === ",") {
        index++;
      } else {
        mapping = new Mapping();
        mapping.generatedLine = generatedLine;
        for (end = index; end < length; end++) {
          if (this._charIsMappingSeparator(aStr, end)) {
            break;
          }
        }
        str2 = aStr.slice(index, end);
        segment = cachedSegments[str2];
        if (segment) {
          index += str2.length;
        } else {
          segment = [];
          while (index < end) {
            base64VLQ.decode(aStr, index, temp);
            value = temp.value;
            index = temp.rest;
            segment.push(value);
          }
          if (segment.length === 2) {
            throw new Error("Found a source, but no line and column");
          }
          if (segment.length === 3) {
            throw new Error("Found a source and line, but no column");
          }
          cachedSegments[str2] = segment;
        }
        mapping.generatedColumn = previousGeneratedColumn + segment[0];
        previousGeneratedColumn = mapping.generatedColumn;
        if (segment.length > 1) {
          mapping.source = previousSource + segment[1];
          previousSource += segment[1];
          mapping.originalLine = previousOriginalLine + segment[2];
          previousOriginalLine = mapping.originalLine;
          mapping.originalLine += 1;
          mapping.originalColumn = previousOriginalColumn + segment[3];
          previousOriginalColumn = mapping.originalColumn;
          if (segment.length > 4) {
            mapping.name = previousName + segment[4];
            previousName += segment[4];
          }
        }
        generatedMappings.push(mapping);
        if (typeof mapping.originalLine === "number") {
          originalMappings.push(mapping);
        }
      }
    }
    quickSort2(generatedMappings, util2.compareByGeneratedPositionsDeflated);
    this.__generatedMappings = generatedMappings;
    quickSort2(originalMappings, util2.compareByOriginalPositions);
    this.__originalMappings = originalMappings;
  };
  BasicSourceMapConsumer.prototype._findMapping = function SourceMapConsumer_findMapping(aNeedle, aMappings, aLineName, aColumnName, aComparator, aBias) {
    if (aNeedle[aLineName] <= 0) {
      throw new TypeError("Line must be greater than or equal to 1, got " + aNeedle[aLineName]);
    }
    if (aNeedle[aColumnName] < 0) {
      throw new TypeError("Column must be greater than or equal to 0, got " + aNeedle[aColumnName]);
    }
    return binarySearch2.search(aNeedle, aMappings, aComparator, aBias);
  };
  BasicSourceMapConsumer.prototype.computeColumnSpans = function SourceMapConsumer_computeColumnSpans() {
    for (var index = 0; index < this._generatedMappings.length; ++index) {
      var mapping = this._generatedMappings[index];
      if (index + 1 < this._generatedMappings.length) {
        var nextMapping = this._generatedMappings[index + 1];
        if (mapping.generatedLine === nextMapping.generatedLine) {
          mapping.lastGeneratedColumn = nextMapping.generatedColumn - 1;
          continue;
        }
      }
      mapping.lastGeneratedColumn = Infinity;
    }
  };
  BasicSourceMapConsumer.prototype.originalPositionFor = function SourceMapConsumer_originalPositionFor(aArgs) {
    var needle = {
      generatedLine: util2.getArg(aArgs, "line"),
      generatedColumn: util2.getArg(aArgs, "column")
    };
    var index = this._findMapping(
      needle,
      this._generatedMappings,
      "generatedLine",
      "generatedColumn",
      util2.compareByGeneratedPositionsDeflated,
      util2.getArg(aArgs, "bias", SourceMapConsumer.GREATEST_LOWER_BOUND)
    );
    if (index >= 0) {
      var mapping = this._generatedMappings[index];
      if (mapping.generatedLine === needle.generatedLine) {
        var source = util2.getArg(mapping, "source", null);
        if (source !== null) {
          source = this._sources.at(source);
          source = util2.computeSourceURL(this.sourceRoot, source, this._sourceMapURL);
        }
        var name = util2.getArg(mapping, "name", null);
        if (name !== null) {
          name = this._names.at(name);
        }
        return {
          source,
          line: util2.getArg(mapping, "originalLine", null),
          column: util2.getArg(mapping, "originalColumn", null),
          name
        };
      }
    }
    return {
      source: null,
      line: null,
      column: null,
      name: null
    };
  };
  BasicSourceMapConsumer.prototype.hasContentsOfAllSources = function BasicSourceMapConsumer_hasContentsOfAllSources() {
    if (!this.sourcesContent) {
      return false;
    }
    return this.sourcesContent.length >= this._sources.size() && !this.sourcesContent.some(function(sc) {
      return sc == null;
    });
  };
  BasicSourceMapConsumer.prototype.sourceContentFor = function SourceMapConsumer_sourceContentFor(aSource, nullOnMissing) {
    if (!this.sourcesContent) {
      return null;
    }
    var index = this._findSourceIndex(aSource);
    if (index >= 0) {
      return this.sourcesContent[index];
    }
    var relativeSource = aSource;
    if (this.sourceRoot != null) {
      relativeSource = util2.relative(this.sourceRoot, relativeSource);
    }
    var url;
    if (this.sourceRoot != null && (url = util2.urlParse(this.sourceRoot))) {
      var fileUriAbsPath = relativeSource.replace(/^file:\/\//, "");
      if (url.scheme == "file" && this._sources.has(fileUriAbsPath)) {
        return this.sourcesContent[this._sources.indexOf(fileUriAbsPath)];
      }
      if ((!url.path || url.path == "/") && this._sources.has("/" + relativeSource)) {
        return this.sourcesContent[this._sources.indexOf("/" + relativeSource)];
      }
    }
    if (nullOnMissing) {
      return null;
    } else {
      throw new Error('"' + relativeSource + '" is not in the SourceMap.');
    }
  };
  BasicSourceMapConsumer.prototype.generatedPositionFor = function SourceMapConsumer_generatedPositionFor(aArgs) {
    var source = util2.getArg(aArgs, "source");
    source = this._findSourceIndex(source);
    if (source < 0) {
      return {
        line: null,
        column: null,
        lastColumn: null
      };
    }
    var needle = {
      source,
      originalLine: util2.getArg(aArgs, "line"),
      originalColumn: util2.getArg(aArgs, "column")
    };
    var index = this._findMapping(
      needle,
      this._originalMappings,
      "originalLine",
      "originalColumn",
      util2.compareByOriginalPositions,
      util2.getArg(aArgs, "bias", SourceMapConsumer.GREATEST_LOWER_BOUND)
    );
    if (index >= 0) {
      var mapping = this._originalMappings[index];
      if (mapping.source === needle.source) {
        return {
          line: util2.getArg(mapping, "generatedLine", null),
          column: util2.getArg(mapping, "generatedColumn", null),
          lastColumn: util2.getArg(mapping, "lastGeneratedColumn", null)
        };
      }
    }
    return {
      line: null,
      column: null,
      lastColumn: null
    };
  };
  sourceMapConsumer.BasicSourceMapConsumer = BasicSourceMapConsumer;
  function IndexedSourceMapConsumer(aSourceMap, aSourceMapURL) {
    var sourceMap2 = aSourceMap;
    if (typeof aSourceMap === "string") {
      sourceMap2 = util2.parseSourceMapInput(aSourceMap);
    }
    var version = util2.getArg(sourceMap2, "version");
    var sections = util2.getArg(sourceMap2, "sections");
    if (version != this._version) {
      throw new Error("Unsupported version: " + version);
    }
    this._sources = new ArraySet();
    this._names = new ArraySet();
    var lastOffset = {
      line: -1,
      column: 0
    };
    this._sections = sections.map(function(s) {
      if (s.url) {
        throw new Error("Support for url field in sections not implemented.");
      }
      var offset = util2.getArg(s, "offset");
      var offsetLine = util2.getArg(offset, "line");
      var offsetColumn = util2.getArg(offset, "column");
      if (offsetLine < lastOffset.line || offsetLine === lastOffset.line && offsetColumn < lastOffset.column) {
        throw new Error("Section offsets must be ordered and non-overlapping.");
      }
      lastOffset = offset;
      return {
        generatedOffset: {
          // The offset fields are 0-based, but we use 1-based indices when
          // encoding/decoding from VLQ.
          generatedLine: offsetLine + 1,
          generatedColumn: offsetColumn + 1
        },
        consumer: new SourceMapConsumer(util2.getArg(s, "map"), aSourceMapURL)
      };
    });
  }
  IndexedSourceMapConsumer.prototype = Object.create(SourceMapConsumer.prototype);
  IndexedSourceMapConsumer.prototype.constructor = SourceMapConsumer;
  IndexedSourceMapConsumer.prototype._version = 3;
  Object.defineProperty(IndexedSourceMapConsumer.prototype, "sources", {
    get: function() {
      var sources = [];
      for (var i = 0; i < this._sections.length; i++) {
        for (var j = 0; j < this._sections[i].consumer.sources.length; j++) {
          sources.push(this._sections[i].consumer.sources[j]);
        }
      }
      return sources;
    }
  });
  IndexedSourceMapConsumer.prototype.originalPositionFor = function IndexedSourceMapConsumer_originalPositionFor(aArgs) {
    var needle = {
      generatedLine: util2.getArg(aArgs, "line"),
      generatedColumn: util2.getArg(aArgs, "column")
    };
    var sectionIndex = binarySearch2.search(
      needle,
      this._sections,
      function(needle2, section2) {
        var cmp = needle2.generatedLine - section2.generatedOffset.generatedLine;
        if (cmp) {
          return cmp;
        }
        return needle2.generatedColumn - section2.generatedOffset.generatedColumn;
      }
    );
    var section = this._sections[sectionIndex];
    if (!section) {
      return {
        source: null,
        line: null,
        column: null,
        name: null
      };
    }
    return section.consumer.originalPositionFor({
      line: needle.generatedLine - (section.generatedOffset.generatedLine - 1),
      column: needle.generatedColumn - (section.generatedOffset.generatedLine === needle.generatedLine ? section.generatedOffset.generatedColumn - 1 : 0),
      bias: aArgs.bias
    });
  };
  IndexedSourceMapConsumer.prototype.hasContentsOfAllSources = function IndexedSourceMapConsumer_hasContentsOfAllSources() {
    return this._sections.every(function(s) {
      return s.consumer.hasContentsOfAllSources();
    });
  };
  IndexedSourceMapConsumer.prototype.sourceContentFor = function IndexedSourceMapConsumer_sourceContentFor(aSource, nullOnMissing) {
    for (var i = 0; i < this._sections.length; i++) {
      var section = this._sections[i];
      var content = section.consumer.sourceContentFor(aSource, true);
      if (content) {
        return content;
      }
    }
    if (nullOnMissing) {
      return null;
    } else {
      throw new Error('"' + aSource + '" is not in the SourceMap.');
    }
  };
  IndexedSourceMapConsumer.prototype.generatedPositionFor = function IndexedSourceMapConsumer_generatedPositionFor(aArgs) {
    for (var i = 0; i < this._sections.length; i++) {
      var section = this._sections[i];
      if (section.consumer._findSourceIndex(util2.getArg(aArgs, "source")) === -1) {
        continue;
      }
      var generatedPosition = section.consumer.generatedPositionFor(aArgs);
      if (generatedPosition) {
        var ret = {
          line: generatedPosition.line + (section.generatedOffset.generatedLine - 1),
          column: generatedPosition.column + (section.generatedOffset.generatedLine === generatedPosition.line ? section.generatedOffset.generatedColumn - 1 : 0)
        };
        return ret;
      }
    }
    return {
      line: null,
      column: null
    };
  };
  IndexedSourceMapConsumer.prototype._parseMappings = function IndexedSourceMapConsumer_parseMappings(aStr, aSourceRoot) {
    this.__generatedMappings = [];
    this.__originalMappings = [];
    for (var i = 0; i < this._sections.length; i++) {
      var section = this._sections[i];
      var sectionMappings = section.consumer._generatedMappings;
      for (var j = 0; j < sectionMappings.length; j++) {
        var mapping = sectionMappings[j];
        var source = section.consumer._sources.at(mapping.source);
        source = util2.computeSourceURL(section.consumer.sourceRoot, source, this._sourceMapURL);
        this._sources.add(source);
        source = this._sources.indexOf(source);
        var name = null;
        if (mapping.name) {
          name = section.consumer._names.at(mapping.name);
          this._names.add(name);
          name = this._names.indexOf(name);
        }
        var adjustedMapping = {
          source,
          generatedLine: mapping.generatedLine + (section.generatedOffset.generatedLine - 1),
          generatedColumn: mapping.generatedColumn + (section.generatedOffset.generatedLine === mapping.generatedLine ? section.generatedOffset.generatedColumn - 1 : 0),
          originalLine: mapping.originalLine,
          originalColumn: mapping.originalColumn,
          name
        };
        this.__generatedMappings.push(adjustedMapping);
        if (typeof adjustedMapping.originalLine === "number") {
          this.__originalMappings.push(adjustedMapping);
        }
      }
    }
    quickSort2(this.__generatedMappings, util2.compareByGeneratedPositionsDeflated);
    quickSort2(this.__originalMappings, util2.compareByOriginalPositions);
  };
  sourceMapConsumer.IndexedSourceMapConsumer = IndexedSourceMapConsumer;
  return sourceMapConsumer;
}
var sourceNode = {};
var hasRequiredSourceNode;
function requireSourceNode() {
  if (hasRequiredSourceNode) return sourceNode;
  hasRequiredSourceNode = 1;
  var SourceMapGenerator = requireSourceMapGenerator().SourceMapGenerator;
  var util2 = requireUtil();
  var REGEX_NEWLINE = /(\r?\n)/;
  var NEWLINE_CODE = 10;
  var isSourceNode = "$$$isSourceNode$$$";
  function SourceNode(aLine, aColumn, aSource, aChunks, aName) {
    this.children = [];
    this.sourceContents = {};
    this.line = aLine == null ? null : aLine;
    this.column = aColumn == null ? null : aColumn;
    this.source = aSource == null ? null : aSource;
    this.name = aName == null ? null : aName;
    this[isSourceNode] = true;
    if (aChunks != null) this.add(aChunks);
  }
  SourceNode.fromStringWithSourceMap = function SourceNode_fromStringWithSourceMap(aGeneratedCode, aSourceMapConsumer, aRelativePath) {
    var node = new SourceNode();
    var remainingLines = aGeneratedCode.split(REGEX_NEWLINE);
    var remainingLinesIndex = 0;
    var shiftNextLine = function() {
      var lineContents = getNextLine();
      var newLine = getNextLine() || "";
      return lineContents + newLine;
      function getNextLine() {
        return remainingLinesIndex < remainingLines.length ? remainingLines[remainingLinesIndex++] : void 0;
      }
    };
    var lastGeneratedLine = 1, lastGeneratedColumn = 0;
    var lastMapping = null;
    aSourceMapConsumer.eachMapping(function(mapping) {
      if (lastMapping !== null) {
        if (lastGeneratedLine < mapping.generatedLine) {
          addMappingWithCode(lastMapping, shiftNextLine());
          lastGeneratedLine++;
          lastGeneratedColumn = 0;
        } else {
          var nextLine = remainingLines[remainingLinesIndex] || "";
          var code = nextLine.substr(0, mapping.generatedColumn - lastGeneratedColumn);
          remainingLines[remainingLinesIndex] = nextLine.substr(mapping.generatedColumn - lastGeneratedColumn);
          lastGeneratedColumn = mapping.generatedColumn;
          addMappingWithCode(lastMapping, code);
          lastMapping = mapping;
          return;
        }
      }
      while (lastGeneratedLine < mapping.generatedLine) {
        node.add(shiftNextLine());
        lastGeneratedLine++;
      }
      if (lastGeneratedColumn < mapping.generatedColumn) {
        var nextLine = remainingLines[remainingLinesIndex] || "";
        node.add(nextLine.substr(0, mapping.generatedColumn));
        remainingLines[remainingLinesIndex] = nextLine.substr(mapping.generatedColumn);
        lastGeneratedColumn = mapping.generatedColumn;
      }
      lastMapping = mapping;
    }, this);
    if (remainingLinesIndex < remainingLines.length) {
      if (lastMapping) {
        addMappingWithCode(lastMapping, shiftNextLine());
      }
      node.add(remainingLines.splice(remainingLinesIndex).join(""));
    }
    aSourceMapConsumer.sources.forEach(function(sourceFile) {
      var content = aSourceMapConsumer.sourceContentFor(sourceFile);
      if (content != null) {
        if (aRelativePath != null) {
          sourceFile = util2.join(aRelativePath, sourceFile);
        }
        node.setSourceContent(sourceFile, content);
      }
    });
    return node;
    function addMappingWithCode(mapping, code) {
      if (mapping === null || mapping.source === void 0) {
        node.add(code);
      } else {
        var source = aRelativePath ? util2.join(aRelativePath, mapping.source) : mapping.source;
        node.add(new SourceNode(
          mapping.originalLine,
          mapping.originalColumn,
          source,
          code,
          mapping.name
        ));
      }
    }
  };
  SourceNode.prototype.add = function SourceNode_add(aChunk) {
    if (Array.isArray(aChunk)) {
      aChunk.forEach(function(chunk) {
        this.add(chunk);
      }, this);
    } else if (aChunk[isSourceNode] || typeof aChunk === "string") {
      if (aChunk) {
        this.children.push(aChunk);
      }
    } else {
      throw new TypeError(
        "Expected a SourceNode, string, or an array of SourceNodes and strings. Got " + aChunk
      );
    }
    return this;
  };
  SourceNode.prototype.prepend = function SourceNode_prepend(aChunk) {
    if (Array.isArray(aChunk)) {
      for (var i = aChunk.length - 1; i >= 0; i--) {
        this.prepend(aChunk[i]);
      }
    } else if (aChunk[isSourceNode] || typeof aChunk === "string") {
      this.children.unshift(aChunk);
    } else {
      throw new TypeError(
        "Expected a SourceNode, string, or an array of SourceNodes and strings. Got " + aChunk
      );
    }
    return this;
  };
  SourceNode.prototype.walk = function SourceNode_walk(aFn) {
    var chunk;
    for (var i = 0, len = this.children.length; i < len; i++) {
      chunk = this.children[i];
      if (chunk[isSourceNode]) {
        chunk.walk(aFn);
      } else {
        if (chunk !== "") {
          aFn(chunk, {
            source: this.source,
            line: this.line,
            column: this.column,
            name: this.name
          });
        }
      }
    }
  };
  SourceNode.prototype.join = function SourceNode_join(aSep) {
    var newChildren;
    var i;
    var len = this.children.length;
    if (len > 0) {
      newChildren = [];
      for (i = 0; i < len - 1; i++) {
        newChildren.push(this.children[i]);
        newChildren.push(aSep);
      }
      newChildren.push(this.children[i]);
      this.children = newChildren;
    }
    return this;
  };
  SourceNode.prototype.replaceRight = function SourceNode_replaceRight(aPattern, aReplacement) {
    var lastChild = this.children[this.children.length - 1];
    if (lastChild[isSourceNode]) {
      lastChild.replaceRight(aPattern, aReplacement);
    } else if (typeof lastChild === "string") {
      this.children[this.children.length - 1] = lastChild.replace(aPattern, aReplacement);
    } else {
      this.children.push("".replace(aPattern, aReplacement));
    }
    return this;
  };
  SourceNode.prototype.setSourceContent = function SourceNode_setSourceContent(aSourceFile, aSourceContent) {
    this.sourceContents[util2.toSetString(aSourceFile)] = aSourceContent;
  };
  SourceNode.prototype.walkSourceContents = function SourceNode_walkSourceContents(aFn) {
    for (var i = 0, len = this.children.length; i < len; i++) {
      if (this.children[i][isSourceNode]) {
        this.children[i].walkSourceContents(aFn);
      }
    }
    var sources = Object.keys(this.sourceContents);
    for (var i = 0, len = sources.length; i < len; i++) {
      aFn(util2.fromSetString(sources[i]), this.sourceContents[sources[i]]);
    }
  };
  SourceNode.prototype.toString = function SourceNode_toString() {
    var str2 = "";
    this.walk(function(chunk) {
      str2 += chunk;
    });
    return str2;
  };
  SourceNode.prototype.toStringWithSourceMap = function SourceNode_toStringWithSourceMap(aArgs) {
    var generated = {
      code: "",
      line: 1,
      column: 0
    };
    var map = new SourceMapGenerator(aArgs);
    var sourceMappingActive = false;
    var lastOriginalSource = null;
    var lastOriginalLine = null;
    var lastOriginalColumn = null;
    var lastOriginalName = null;
    this.walk(function(chunk, original) {
      generated.code += chunk;
      if (original.source !== null && original.line !== null && original.column !== null) {
        if (lastOriginalSource !== original.source || lastOriginalLine !== original.line || lastOriginalColumn !== original.column || lastOriginalName !== original.name) {
          map.addMapping({
            source: original.source,
            original: {
              line: original.line,
              column: original.column
            },
            generated: {
              line: generated.line,
              column: generated.column
            },
            name: original.name
          });
        }
        lastOriginalSource = original.source;
        lastOriginalLine = original.line;
        lastOriginalColumn = original.column;
        lastOriginalName = original.name;
        sourceMappingActive = true;
      } else if (sourceMappingActive) {
        map.addMapping({
          generated: {
            line: generated.line,
            column: generated.column
          }
        });
        lastOriginalSource = null;
        sourceMappingActive = false;
      }
      for (var idx = 0, length = chunk.length; idx < length; idx++) {
        if (chunk.charCodeAt(idx) === NEWLINE_CODE) {
          generated.line++;
          generated.column = 0;
          if (idx + 1 === length) {
            lastOriginalSource = null;
            sourceMappingActive = false;
          } else if (sourceMappingActive) {
            map.addMapping({
              source: original.source,
              original: {
                line: original.line,
                column: original.column
              },
              generated: {
                line: generated.line,
                column: generated.column
              },
              name: original.name
            });
          }
        } else {
          generated.column++;
        }
      }
    });
    this.walkSourceContents(function(sourceFile, sourceContent) {
      map.setSourceContent(sourceFile, sourceContent);
    });
    return { code: generated.code, map };
  };
  sourceNode.SourceNode = SourceNode;
  return sourceNode;
}
var hasRequiredSourceMap;
function requireSourceMap() {
  if (hasRequiredSourceMap) return sourceMap;
  hasRequiredSourceMap = 1;
  sourceMap.SourceMapGenerator = requireSourceMapGenerator().SourceMapGenerator;
  sourceMap.SourceMapConsumer = requireSourceMapConsumer().SourceMapConsumer;
  sourceMap.SourceNode = requireSourceNode().SourceNode;
  return sourceMap;
}
var hasRequiredCodeGen;
function requireCodeGen() {
  if (hasRequiredCodeGen) return codeGen;
  hasRequiredCodeGen = 1;
  (function(exports) {
    exports.__esModule = true;
    exports.safeJsonLiteral = safeJsonLiteral;
    var _utils = requireUtils();
    var NEEDS_ESCAPING = /[\x00-\x1f\\"\u2028\u2029<\ud800-\udfff]/;
    var SCRIPT_DELIMITERS = /<(?=!--|\/?script)/gi;
    function escapeScriptDelimiters(code) {
      return code.replace(SCRIPT_DELIMITERS, "\\u003C");
    }
    function escapeSurrogate(surrogate) {
      return "\\u" + surrogate.charCodeAt(0).toString(16);
    }
    function safeJsonLiteral(value) {
      return escapeScriptDelimiters(JSON.stringify(value).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029").replace(/[\ud800-\udfff]/g, escapeSurrogate));
    }
    var SourceNode = void 0;
    try {
      if (true) {
        var SourceMap = requireSourceMap();
        SourceNode = SourceMap.SourceNode;
      }
    } catch (err) {
    }
    if (!SourceNode) {
      SourceNode = function(line, column, srcFile, chunks) {
        this.src = "";
        if (chunks) {
          this.add(chunks);
        }
      };
      SourceNode.prototype = {
        add: function add(chunks) {
          if (_utils.isArray(chunks)) {
            chunks = chunks.join("");
          }
          this.src += chunks;
        },
        prepend: function prepend(chunks) {
          if (_utils.isArray(chunks)) {
            chunks = chunks.join("");
          }
          this.src = chunks + this.src;
        },
        toStringWithSourceMap: function toStringWithSourceMap() {
          return { code: this.toString() };
        },
        toString: function toString() {
          return this.src;
        }
      };
    }
    function castChunk(chunk, codeGen2, loc) {
      if (_utils.isArray(chunk)) {
        var ret = [];
        for (var i = 0, len = chunk.length; i < len; i++) {
          ret.push(codeGen2.wrap(chunk[i], loc));
        }
        return ret;
      } else if (typeof chunk === "boolean" || typeof chunk === "number") {
        return chunk + "";
      }
      return chunk;
    }
    function CodeGen(srcFile) {
      this.srcFile = srcFile;
      this.source = [];
    }
    CodeGen.prototype = {
      isEmpty: function isEmpty() {
        return !this.source.length;
      },
      prepend: function prepend(source, loc) {
        this.source.unshift(this.wrap(source, loc));
      },
      push: function push(source, loc) {
        this.source.push(this.wrap(source, loc));
      },
      merge: function merge() {
        var source = this.empty();
        this.each(function(line) {
          source.add(["  ", line, "\n"]);
        });
        return source;
      },
      each: function each2(iter) {
        for (var i = 0, len = this.source.length; i < len; i++) {
          iter(this.source[i]);
        }
      },
      empty: function empty() {
        var loc = this.currentLocation || { start: {} };
        return new SourceNode(loc.start.line, loc.start.column, this.srcFile);
      },
      wrap: function wrap(chunk) {
        var loc = arguments.length <= 1 || arguments[1] === void 0 ? this.currentLocation || { start: {} } : arguments[1];
        if (chunk instanceof SourceNode) {
          return chunk;
        }
        chunk = castChunk(chunk, this, loc);
        return new SourceNode(loc.start.line, loc.start.column, this.srcFile, chunk);
      },
      functionCall: function functionCall(fn, type, params) {
        params = this.generateList(params);
        return this.wrap([fn, type ? "." + type + "(" : "(", params, ")"]);
      },
      quotedString: function quotedString(str2) {
        str2 = str2 + "";
        if (!NEEDS_ESCAPING.test(str2)) {
          return '"' + str2 + '"';
        }
        return safeJsonLiteral(str2);
      },
      objectLiteral: function objectLiteral(obj) {
        var _this = this;
        var pairs = [];
        Object.keys(obj).forEach(function(key) {
          var value = castChunk(obj[key], _this);
          if (value !== "undefined") {
            pairs.push([_this.quotedString(key), ":", value]);
          }
        });
        var ret = this.generateList(pairs);
        ret.prepend("{");
        ret.add("}");
        return ret;
      },
      generateList: function generateList(entries) {
        var ret = this.empty();
        for (var i = 0, len = entries.length; i < len; i++) {
          if (i) {
            ret.add(",");
          }
          ret.add(castChunk(entries[i], this));
        }
        return ret;
      },
      generateArray: function generateArray(entries) {
        var ret = this.generateList(entries);
        ret.prepend("[");
        ret.add("]");
        return ret;
      }
    };
    exports["default"] = CodeGen;
  })(codeGen);
  return codeGen;
}
var hasRequiredJavascriptCompiler;
function requireJavascriptCompiler() {
  if (hasRequiredJavascriptCompiler) return javascriptCompiler.exports;
  hasRequiredJavascriptCompiler = 1;
  (function(module, exports) {
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _base = requireBase$1();
    var _exception = requireException();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = requireUtils();
    var _codeGen = requireCodeGen();
    var _codeGen2 = _interopRequireDefault(_codeGen);
    function Literal(value) {
      this.value = value;
    }
    function JavaScriptCompiler() {
    }
    JavaScriptCompiler.prototype = {
      // PUBLIC API: You can override these methods in a subclass to provide
      // alternative compiled forms for name lookup and buffering semantics
      nameLookup: function nameLookup(parent, name) {
        return this.internalNameLookup(parent, name);
      },
      depthedLookup: function depthedLookup(name) {
        return [this.aliasable("container.lookup"), "(depths, ", this.quotedString(name), ")"];
      },
      compilerInfo: function compilerInfo() {
        var revision = _base.COMPILER_REVISION, versions = _base.REVISION_CHANGES[revision];
        return [revision, versions];
      },
      appendToBuffer: function appendToBuffer(source, location, explicit) {
        if (!_utils.isArray(source)) {
          source = [source];
        }
        source = this.source.wrap(source, location);
        if (this.environment.isSimple) {
          return ["return ", source, ";"];
        } else if (explicit) {
          return ["buffer += ", source, ";"];
        } else {
          source.appendToBuffer = true;
          return source;
        }
      },
      initializeBuffer: function initializeBuffer() {
        return this.quotedString("");
      },
      // END PUBLIC API
      internalNameLookup: function internalNameLookup(parent, name) {
        this.lookupPropertyFunctionIsUsed = true;
        return ["lookupProperty(", parent, ",", this.quotedString(name), ")"];
      },
      lookupPropertyFunctionIsUsed: false,
      compile: function compile2(environment, options, context, asObject) {
        this.environment = environment;
        this.options = options;
        this.stringParams = this.options.stringParams;
        this.trackIds = this.options.trackIds;
        this.precompile = !asObject;
        this.name = this.environment.name;
        this.isChild = !!context;
        this.context = context || {
          decorators: [],
          programs: [],
          environments: []
        };
        this.preamble();
        this.stackSlot = 0;
        this.stackVars = [];
        this.aliases = {};
        this.registers = { list: [] };
        this.hashes = [];
        this.compileStack = [];
        this.inlineStack = [];
        this.blockParams = [];
        this.compileChildren(environment, options);
        this.useDepths = this.useDepths || environment.useDepths || environment.useDecorators || this.options.compat;
        this.useBlockParams = this.useBlockParams || environment.useBlockParams;
        var opcodes = environment.opcodes, opcode = void 0, firstLoc = void 0, i = void 0, l = void 0;
        for (i = 0, l = opcodes.length; i < l; i++) {
          opcode = opcodes[i];
          this.source.currentLocation = opcode.loc;
          firstLoc = firstLoc || opcode.loc;
          this[opcode.opcode].apply(this, opcode.args);
        }
        this.source.currentLocation = firstLoc;
        this.pushSource("");
        if (this.stackSlot || this.inlineStack.length || this.compileStack.length) {
          throw new _exception2["default"]("Compile completed with content left on stack");
        }
        if (!this.decorators.isEmpty()) {
          this.useDecorators = true;
          this.decorators.prepend(["var decorators = container.decorators, ", this.lookupPropertyFunctionVarDeclaration(), ";\n"]);
          this.decorators.push("return fn;");
          if (asObject) {
            this.decorators = Function.apply(this, ["fn", "props", "container", "depth0", "data", "blockParams", "depths", this.decorators.merge()]);
          } else {
            this.decorators.prepend("function(fn, props, container, depth0, data, blockParams, depths) {\n");
            this.decorators.push("}\n");
            this.decorators = this.decorators.merge();
          }
        } else {
          this.decorators = void 0;
        }
        var fn = this.createFunctionContext(asObject);
        if (!this.isChild) {
          var ret = {
            compiler: this.compilerInfo(),
            main: fn
          };
          if (this.decorators) {
            ret.main_d = this.decorators;
            ret.useDecorators = true;
          }
          var _context = this.context;
          var programs = _context.programs;
          var decorators2 = _context.decorators;
          for (i = 0, l = programs.length; i < l; i++) {
            ret[i] = programs[i];
            if (decorators2[i]) {
              ret[i + "_d"] = decorators2[i];
              ret.useDecorators = true;
            }
          }
          if (this.environment.usePartial) {
            ret.usePartial = true;
          }
          if (this.options.data) {
            ret.useData = true;
          }
          if (this.useDepths) {
            ret.useDepths = true;
          }
          if (this.useBlockParams) {
            ret.useBlockParams = true;
          }
          if (this.options.compat) {
            ret.compat = true;
          }
          if (!asObject) {
            ret.compiler = JSON.stringify(ret.compiler);
            this.source.currentLocation = { start: { line: 1, column: 0 } };
            ret = this.objectLiteral(ret);
            if (options.srcName) {
              ret = ret.toStringWithSourceMap({ file: options.destName });
              ret.map = ret.map && ret.map.toString();
            } else {
              ret = ret.toString();
            }
          } else {
            ret.compilerOptions = this.options;
          }
          return ret;
        } else {
          return fn;
        }
      },
      preamble: function preamble() {
        this.lastContext = 0;
        this.source = new _codeGen2["default"](this.options.srcName);
        this.decorators = new _codeGen2["default"](this.options.srcName);
      },
      createFunctionContext: function createFunctionContext(asObject) {
        var _this = this;
        var varDeclarations = "";
        var locals = this.stackVars.concat(this.registers.list);
        if (locals.length > 0) {
          varDeclarations += ", " + locals.join(", ");
        }
        var aliasCount = 0;
        Object.keys(this.aliases).forEach(function(alias) {
          var node = _this.aliases[alias];
          if (node.children && node.referenceCount > 1) {
            varDeclarations += ", alias" + ++aliasCount + "=" + alias;
            node.children[0] = "alias" + aliasCount;
          }
        });
        if (this.lookupPropertyFunctionIsUsed) {
          varDeclarations += ", " + this.lookupPropertyFunctionVarDeclaration();
        }
        var params = ["container", "depth0", "helpers", "partials", "data"];
        if (this.useBlockParams || this.useDepths) {
          params.push("blockParams");
        }
        if (this.useDepths) {
          params.push("depths");
        }
        var source = this.mergeSource(varDeclarations);
        if (asObject) {
          params.push(source);
          return Function.apply(this, params);
        } else {
          return this.source.wrap(["function(", params.join(","), ") {\n  ", source, "}"]);
        }
      },
      mergeSource: function mergeSource(varDeclarations) {
        var isSimple = this.environment.isSimple, appendOnly = !this.forceBuffer, appendFirst = void 0, sourceSeen = void 0, bufferStart = void 0, bufferEnd = void 0;
        this.source.each(function(line) {
          if (line.appendToBuffer) {
            if (bufferStart) {
              line.prepend("  + ");
            } else {
              bufferStart = line;
            }
            bufferEnd = line;
          } else {
            if (bufferStart) {
              if (!sourceSeen) {
                appendFirst = true;
              } else {
                bufferStart.prepend("buffer += ");
              }
              bufferEnd.add(";");
              bufferStart = bufferEnd = void 0;
            }
            sourceSeen = true;
            if (!isSimple) {
              appendOnly = false;
            }
          }
        });
        if (appendOnly) {
          if (bufferStart) {
            bufferStart.prepend("return ");
            bufferEnd.add(";");
          } else if (!sourceSeen) {
            this.source.push('return "";');
          }
        } else {
          varDeclarations += ", buffer = " + (appendFirst ? "" : this.initializeBuffer());
          if (bufferStart) {
            bufferStart.prepend("return buffer + ");
            bufferEnd.add(";");
          } else {
            this.source.push("return buffer;");
          }
        }
        if (varDeclarations) {
          this.source.prepend("var " + varDeclarations.substring(2) + (appendFirst ? "" : ";\n"));
        }
        return this.source.merge();
      },
      lookupPropertyFunctionVarDeclaration: function lookupPropertyFunctionVarDeclaration() {
        return "\n      lookupProperty = container.lookupProperty || function(parent, propertyName) {\n        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {\n          return parent[propertyName];\n        }\n        return undefined\n    }\n    ".trim();
      },
      // [blockValue]
      //
      // On stack, before: hash, inverse, program, value
      // On stack, after: return value of blockHelperMissing
      //
      // The purpose of this opcode is to take a block of the form
      // `{{#this.foo}}...{{/this.foo}}`, resolve the value of `foo`, and
      // replace it on the stack with the result of properly
      // invoking blockHelperMissing.
      blockValue: function blockValue(name) {
        var blockHelperMissing2 = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
        this.setupHelperArgs(name, 0, params);
        var blockName = this.popStack();
        params.splice(1, 0, blockName);
        this.push(this.source.functionCall(blockHelperMissing2, "call", params));
      },
      // [ambiguousBlockValue]
      //
      // On stack, before: hash, inverse, program, value
      // Compiler value, before: lastHelper=value of last found helper, if any
      // On stack, after, if no lastHelper: same as [blockValue]
      // On stack, after, if lastHelper: value
      ambiguousBlockValue: function ambiguousBlockValue() {
        var blockHelperMissing2 = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
        this.setupHelperArgs("", 0, params, true);
        this.flushInline();
        var current = this.topStack();
        params.splice(1, 0, current);
        this.pushSource(["if (!", this.lastHelper, ") { ", current, " = ", this.source.functionCall(blockHelperMissing2, "call", params), "}"]);
      },
      // [appendContent]
      //
      // On stack, before: ...
      // On stack, after: ...
      //
      // Appends the string value of `content` to the current buffer
      appendContent: function appendContent(content) {
        if (this.pendingContent) {
          content = this.pendingContent + content;
        } else {
          this.pendingLocation = this.source.currentLocation;
        }
        this.pendingContent = content;
      },
      // [append]
      //
      // On stack, before: value, ...
      // On stack, after: ...
      //
      // Coerces `value` to a String and appends it to the current buffer.
      //
      // If `value` is truthy, or 0, it is coerced into a string and appended
      // Otherwise, the empty string is appended
      append: function append() {
        if (this.isInline()) {
          this.replaceStack(function(current) {
            return [" != null ? ", current, ' : ""'];
          });
          this.pushSource(this.appendToBuffer(this.popStack()));
        } else {
          var local = this.popStack();
          this.pushSource(["if (", local, " != null) { ", this.appendToBuffer(local, void 0, true), " }"]);
          if (this.environment.isSimple) {
            this.pushSource(["else { ", this.appendToBuffer("''", void 0, true), " }"]);
          }
        }
      },
      // [appendEscaped]
      //
      // On stack, before: value, ...
      // On stack, after: ...
      //
      // Escape `value` and append it to the buffer
      appendEscaped: function appendEscaped() {
        this.pushSource(this.appendToBuffer([this.aliasable("container.escapeExpression"), "(", this.popStack(), ")"]));
      },
      // [getContext]
      //
      // On stack, before: ...
      // On stack, after: ...
      // Compiler value, after: lastContext=depth
      //
      // Set the value of the `lastContext` compiler value to the depth
      getContext: function getContext(depth2) {
        this.lastContext = depth2;
      },
      // [pushContext]
      //
      // On stack, before: ...
      // On stack, after: currentContext, ...
      //
      // Pushes the value of the current context onto the stack.
      pushContext: function pushContext() {
        this.pushStackLiteral(this.contextName(this.lastContext));
      },
      // [lookupOnContext]
      //
      // On stack, before: ...
      // On stack, after: currentContext[name], ...
      //
      // Looks up the value of `name` on the current context and pushes
      // it onto the stack.
      lookupOnContext: function lookupOnContext(parts, falsy, strict, scoped) {
        var i = 0;
        if (!scoped && this.options.compat && !this.lastContext) {
          this.push(this.depthedLookup(parts[i++]));
        } else {
          this.pushContext();
        }
        this.resolvePath("context", parts, i, falsy, strict);
      },
      // [lookupBlockParam]
      //
      // On stack, before: ...
      // On stack, after: blockParam[name], ...
      //
      // Looks up the value of `parts` on the given block param and pushes
      // it onto the stack.
      lookupBlockParam: function lookupBlockParam(blockParamId, parts) {
        this.useBlockParams = true;
        this.push(["blockParams[", blockParamId[0], "][", blockParamId[1], "]"]);
        this.resolvePath("context", parts, 1);
      },
      // [lookupData]
      //
      // On stack, before: ...
      // On stack, after: data, ...
      //
      // Push the data lookup operator
      lookupData: function lookupData(depth2, parts, strict) {
        if (!depth2) {
          this.pushStackLiteral("data");
        } else {
          this.pushStackLiteral("container.data(data, " + depth2 + ")");
        }
        this.resolvePath("data", parts, 0, true, strict);
      },
      resolvePath: function resolvePath(type, parts, startPartIndex, falsy, strict) {
        var _this2 = this;
        if (this.options.strict || this.options.assumeObjects) {
          this.push(strictLookup(this.options.strict && strict, this, parts, startPartIndex, type));
          return;
        }
        var len = parts.length;
        var _loop = function(i2) {
          _this2.replaceStack(function(current) {
            var lookup2 = _this2.nameLookup(current, parts[i2], type);
            if (!falsy) {
              return [" != null ? ", lookup2, " : ", current];
            } else {
              return [" && ", lookup2];
            }
          });
        };
        for (var i = startPartIndex; i < len; i++) {
          _loop(i);
        }
      },
      // [resolvePossibleLambda]
      //
      // On stack, before: value, ...
      // On stack, after: resolved value, ...
      //
      // If the `value` is a lambda, replace it on the stack by
      // the return value of the lambda
      resolvePossibleLambda: function resolvePossibleLambda() {
        this.push([this.aliasable("container.lambda"), "(", this.popStack(), ", ", this.contextName(0), ")"]);
      },
      // [pushStringParam]
      //
      // On stack, before: ...
      // On stack, after: string, currentContext, ...
      //
      // This opcode is designed for use in string mode, which
      // provides the string value of a parameter along with its
      // depth rather than resolving it immediately.
      pushStringParam: function pushStringParam(string2, type) {
        this.pushContext();
        this.pushString(type);
        if (type !== "SubExpression") {
          if (typeof string2 === "string") {
            this.pushString(string2);
          } else {
            this.pushStackLiteral(string2);
          }
        }
      },
      emptyHash: function emptyHash(omitEmpty) {
        if (this.trackIds) {
          this.push("{}");
        }
        if (this.stringParams) {
          this.push("{}");
          this.push("{}");
        }
        this.pushStackLiteral(omitEmpty ? "undefined" : "{}");
      },
      pushHash: function pushHash() {
        if (this.hash) {
          this.hashes.push(this.hash);
        }
        this.hash = { values: {}, types: [], contexts: [], ids: [] };
      },
      popHash: function popHash() {
        var hash = this.hash;
        this.hash = this.hashes.pop();
        if (this.trackIds) {
          this.push(this.objectLiteral(hash.ids));
        }
        if (this.stringParams) {
          this.push(this.objectLiteral(hash.contexts));
          this.push(this.objectLiteral(hash.types));
        }
        this.push(this.objectLiteral(hash.values));
      },
      // [pushString]
      //
      // On stack, before: ...
      // On stack, after: quotedString(string), ...
      //
      // Push a quoted version of `string` onto the stack
      pushString: function pushString(string2) {
        this.pushStackLiteral(this.quotedString(string2));
      },
      // [pushLiteral]
      //
      // On stack, before: ...
      // On stack, after: value, ...
      //
      // Pushes a value onto the stack. This operation prevents
      // the compiler from creating a temporary variable to hold
      // it.
      pushLiteral: function pushLiteral(value) {
        this.pushStackLiteral(value);
      },
      // [pushProgram]
      //
      // On stack, before: ...
      // On stack, after: program(guid), ...
      //
      // Push a program expression onto the stack. This takes
      // a compile-time guid and converts it into a runtime-accessible
      // expression.
      pushProgram: function pushProgram(guid) {
        if (guid != null) {
          this.pushStackLiteral(this.programExpression(guid));
        } else {
          this.pushStackLiteral(null);
        }
      },
      // [registerDecorator]
      //
      // On stack, before: hash, program, params..., ...
      // On stack, after: ...
      //
      // Pops off the decorator's parameters, invokes the decorator,
      // and inserts the decorator into the decorators list.
      registerDecorator: function registerDecorator(paramSize, name) {
        var foundDecorator = this.nameLookup("decorators", name, "decorator"), options = this.setupHelperArgs(name, paramSize);
        this.decorators.push(["var decorator = ", foundDecorator, ";"]);
        this.decorators.push(['if (typeof decorator !== "function") { throw new Error(', this.quotedString('Missing decorator: "' + name + '"'), "); }"]);
        this.decorators.push(["fn = ", this.decorators.functionCall("decorator", "", ["fn", "props", "container", options]), " || fn;"]);
      },
      // [invokeHelper]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of helper invocation
      //
      // Pops off the helper's parameters, invokes the helper,
      // and pushes the helper's return value onto the stack.
      //
      // If the helper is not found, `helperMissing` is called.
      invokeHelper: function invokeHelper(paramSize, name, isSimple) {
        var nonHelper = this.popStack(), helper = this.setupHelper(paramSize, name);
        var possibleFunctionCalls = [];
        if (isSimple) {
          possibleFunctionCalls.push(helper.name);
        }
        possibleFunctionCalls.push(nonHelper);
        if (!this.options.strict) {
          possibleFunctionCalls.push(this.aliasable("container.hooks.helperMissing"));
        }
        var functionLookupCode = ["(", this.itemsSeparatedBy(possibleFunctionCalls, "||"), ")"];
        var functionCall = this.source.functionCall(functionLookupCode, "call", helper.callParams);
        this.push(functionCall);
      },
      itemsSeparatedBy: function itemsSeparatedBy(items, separator) {
        var result = [];
        result.push(items[0]);
        for (var i = 1; i < items.length; i++) {
          result.push(separator, items[i]);
        }
        return result;
      },
      // [invokeKnownHelper]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of helper invocation
      //
      // This operation is used when the helper is known to exist,
      // so a `helperMissing` fallback is not required.
      invokeKnownHelper: function invokeKnownHelper(paramSize, name) {
        var helper = this.setupHelper(paramSize, name);
        this.push(this.source.functionCall(helper.name, "call", helper.callParams));
      },
      // [invokeAmbiguous]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of disambiguation
      //
      // This operation is used when an expression like `{{foo}}`
      // is provided, but we don't know at compile-time whether it
      // is a helper or a path.
      //
      // This operation emits more code than the other options,
      // and can be avoided by passing the `knownHelpers` and
      // `knownHelpersOnly` flags at compile-time.
      invokeAmbiguous: function invokeAmbiguous(name, helperCall) {
        this.useRegister("helper");
        var nonHelper = this.popStack();
        this.emptyHash();
        var helper = this.setupHelper(0, name, helperCall);
        var helperName = this.lastHelper = this.nameLookup("helpers", name, "helper");
        var lookup2 = ["(", "(helper = ", helperName, " || ", nonHelper, ")"];
        if (!this.options.strict) {
          lookup2[0] = "(helper = ";
          lookup2.push(" != null ? helper : ", this.aliasable("container.hooks.helperMissing"));
        }
        this.push(["(", lookup2, helper.paramsInit ? ["),(", helper.paramsInit] : [], "),", "(typeof helper === ", this.aliasable('"function"'), " ? ", this.source.functionCall("helper", "call", helper.callParams), " : helper))"]);
      },
      // [invokePartial]
      //
      // On stack, before: context, ...
      // On stack after: result of partial invocation
      //
      // This operation pops off a context, invokes a partial with that context,
      // and pushes the result of the invocation back.
      invokePartial: function invokePartial(isDynamic, name, indent) {
        var params = [], options = this.setupParams(name, 1, params);
        if (isDynamic) {
          name = this.popStack();
          delete options.name;
        }
        if (indent) {
          options.indent = this.quotedString(indent);
        }
        options.helpers = "helpers";
        options.partials = "partials";
        options.decorators = "container.decorators";
        if (!isDynamic) {
          params.unshift(this.nameLookup("partials", name, "partial"));
        } else {
          params.unshift(name);
        }
        if (this.options.compat) {
          options.depths = "depths";
        }
        options = this.objectLiteral(options);
        params.push(options);
        this.push(this.source.functionCall("container.invokePartial", "", params));
      },
      // [assignToHash]
      //
      // On stack, before: value, ..., hash, ...
      // On stack, after: ..., hash, ...
      //
      // Pops a value off the stack and assigns it to the current hash
      assignToHash: function assignToHash(key) {
        var value = this.popStack(), context = void 0, type = void 0, id = void 0;
        if (this.trackIds) {
          id = this.popStack();
        }
        if (this.stringParams) {
          type = this.popStack();
          context = this.popStack();
        }
        var hash = this.hash;
        if (context) {
          hash.contexts[key] = context;
        }
        if (type) {
          hash.types[key] = type;
        }
        if (id) {
          hash.ids[key] = id;
        }
        hash.values[key] = value;
      },
      pushId: function pushId(type, name, child) {
        if (type === "BlockParam") {
          this.pushStackLiteral("blockParams[" + name[0] + "].path[" + name[1] + "]" + (child ? " + " + this.quotedString("." + child) : ""));
        } else if (type === "PathExpression") {
          this.pushString(name);
        } else if (type === "SubExpression") {
          this.pushStackLiteral("true");
        } else {
          this.pushStackLiteral("null");
        }
      },
      // HELPERS
      compiler: JavaScriptCompiler,
      compileChildren: function compileChildren(environment, options) {
        var children = environment.children, child = void 0, compiler2 = void 0;
        for (var i = 0, l = children.length; i < l; i++) {
          child = children[i];
          compiler2 = new this.compiler();
          var existing = this.matchExistingProgram(child);
          if (existing == null) {
            var index = this.context.programs.push("") - 1;
            child.index = index;
            child.name = "program" + index;
            this.context.programs[index] = compiler2.compile(child, options, this.context, !this.precompile);
            this.context.decorators[index] = compiler2.decorators;
            this.context.environments[index] = child;
            this.useDepths = this.useDepths || compiler2.useDepths;
            this.useBlockParams = this.useBlockParams || compiler2.useBlockParams;
            child.useDepths = this.useDepths;
            child.useBlockParams = this.useBlockParams;
          } else {
            child.index = existing.index;
            child.name = "program" + existing.index;
            this.useDepths = this.useDepths || existing.useDepths;
            this.useBlockParams = this.useBlockParams || existing.useBlockParams;
          }
        }
      },
      matchExistingProgram: function matchExistingProgram(child) {
        for (var i = 0, len = this.context.environments.length; i < len; i++) {
          var environment = this.context.environments[i];
          if (environment && environment.equals(child)) {
            return environment;
          }
        }
      },
      programExpression: function programExpression(guid) {
        var child = this.environment.children[guid], programParams = [child.index, "data", child.blockParams];
        if (this.useBlockParams || this.useDepths) {
          programParams.push("blockParams");
        }
        if (this.useDepths) {
          programParams.push("depths");
        }
        return "container.program(" + programParams.join(", ") + ")";
      },
      useRegister: function useRegister(name) {
        if (!this.registers[name]) {
          this.registers[name] = true;
          this.registers.list.push(name);
        }
      },
      push: function push(expr2) {
        if (!(expr2 instanceof Literal)) {
          expr2 = this.source.wrap(expr2);
        }
        this.inlineStack.push(expr2);
        return expr2;
      },
      pushStackLiteral: function pushStackLiteral(item) {
        this.push(new Literal(item));
      },
      pushSource: function pushSource(source) {
        if (this.pendingContent) {
          this.source.push(this.appendToBuffer(this.source.quotedString(this.pendingContent), this.pendingLocation));
          this.pendingContent = void 0;
        }
        if (source) {
          this.source.push(source);
        }
      },
      replaceStack: function replaceStack(callback) {
        var prefix = ["("], stack = void 0, createdStack = void 0, usedLiteral = void 0;
        if (!this.isInline()) {
          throw new _exception2["default"]("replaceStack on non-inline");
        }
        var top = this.popStack(true);
        if (top instanceof Literal) {
          stack = [top.value];
          prefix = ["(", stack];
          usedLiteral = true;
        } else {
          createdStack = true;
          var _name = this.incrStack();
          prefix = ["((", this.push(_name), " = ", top, ")"];
          stack = this.topStack();
        }
        var item = callback.call(this, stack);
        if (!usedLiteral) {
          this.popStack();
        }
        if (createdStack) {
          this.stackSlot--;
        }
        this.push(prefix.concat(item, ")"));
      },
      incrStack: function incrStack() {
        this.stackSlot++;
        if (this.stackSlot > this.stackVars.length) {
          this.stackVars.push("stack" + this.stackSlot);
        }
        return this.topStackName();
      },
      topStackName: function topStackName() {
        return "stack" + this.stackSlot;
      },
      flushInline: function flushInline() {
        var inlineStack = this.inlineStack;
        this.inlineStack = [];
        for (var i = 0, len = inlineStack.length; i < len; i++) {
          var entry = inlineStack[i];
          if (entry instanceof Literal) {
            this.compileStack.push(entry);
          } else {
            var stack = this.incrStack();
            this.pushSource([stack, " = ", entry, ";"]);
            this.compileStack.push(stack);
          }
        }
      },
      isInline: function isInline() {
        return this.inlineStack.length;
      },
      popStack: function popStack(wrapped) {
        var inline2 = this.isInline(), item = (inline2 ? this.inlineStack : this.compileStack).pop();
        if (!wrapped && item instanceof Literal) {
          return item.value;
        } else {
          if (!inline2) {
            if (!this.stackSlot) {
              throw new _exception2["default"]("Invalid stack pop");
            }
            this.stackSlot--;
          }
          return item;
        }
      },
      topStack: function topStack() {
        var stack = this.isInline() ? this.inlineStack : this.compileStack, item = stack[stack.length - 1];
        if (item instanceof Literal) {
          return item.value;
        } else {
          return item;
        }
      },
      contextName: function contextName(context) {
        if (this.useDepths && context) {
          return "depths[" + context + "]";
        } else {
          return "depth" + context;
        }
      },
      quotedString: function quotedString(str2) {
        return this.source.quotedString(str2);
      },
      objectLiteral: function objectLiteral(obj) {
        return this.source.objectLiteral(obj);
      },
      aliasable: function aliasable(name) {
        var ret = this.aliases[name];
        if (ret) {
          ret.referenceCount++;
          return ret;
        }
        ret = this.aliases[name] = this.source.wrap(name);
        ret.aliasable = true;
        ret.referenceCount = 1;
        return ret;
      },
      setupHelper: function setupHelper(paramSize, name, blockHelper) {
        var params = [], paramsInit = this.setupHelperArgs(name, paramSize, params, blockHelper);
        var foundHelper = this.nameLookup("helpers", name, "helper"), callContext = this.aliasable(this.contextName(0) + " != null ? " + this.contextName(0) + " : (container.nullContext || {})");
        return {
          params,
          paramsInit,
          name: foundHelper,
          callParams: [callContext].concat(params)
        };
      },
      setupParams: function setupParams(helper, paramSize, params) {
        var options = {}, contexts = [], types = [], ids = [], objectArgs = !params, param = void 0;
        if (objectArgs) {
          params = [];
        }
        options.name = this.quotedString(helper);
        options.hash = this.popStack();
        if (this.trackIds) {
          options.hashIds = this.popStack();
        }
        if (this.stringParams) {
          options.hashTypes = this.popStack();
          options.hashContexts = this.popStack();
        }
        var inverse = this.popStack(), program = this.popStack();
        if (program || inverse) {
          options.fn = program || "container.noop";
          options.inverse = inverse || "container.noop";
        }
        var i = paramSize;
        while (i--) {
          param = this.popStack();
          params[i] = param;
          if (this.trackIds) {
            ids[i] = this.popStack();
          }
          if (this.stringParams) {
            types[i] = this.popStack();
            contexts[i] = this.popStack();
          }
        }
        if (objectArgs) {
          options.args = this.source.generateArray(params);
        }
        if (this.trackIds) {
          options.ids = this.source.generateArray(ids);
        }
        if (this.stringParams) {
          options.types = this.source.generateArray(types);
          options.contexts = this.source.generateArray(contexts);
        }
        if (this.options.data) {
          options.data = "data";
        }
        if (this.useBlockParams) {
          options.blockParams = "blockParams";
        }
        return options;
      },
      setupHelperArgs: function setupHelperArgs(helper, paramSize, params, useRegister) {
        var options = this.setupParams(helper, paramSize, params);
        options.loc = locationLiteral(this);
        options = this.objectLiteral(options);
        if (useRegister) {
          this.useRegister("options");
          params.push("options");
          return ["options=", options];
        } else if (params) {
          params.push(options);
          return "";
        } else {
          return options;
        }
      }
    };
    (function() {
      var reservedWords = "break else new var case finally return void catch for switch while continue function this with default if throw delete in try do instanceof typeof abstract enum int short boolean export interface static byte extends long super char final native synchronized class float package throws const goto private transient debugger implements protected volatile double import public let yield await null true false".split(" ");
      var compilerWords = JavaScriptCompiler.RESERVED_WORDS = {};
      for (var i = 0, l = reservedWords.length; i < l; i++) {
        compilerWords[reservedWords[i]] = true;
      }
    })();
    JavaScriptCompiler.isValidJavaScriptVariableName = function(name) {
      return !JavaScriptCompiler.RESERVED_WORDS[name] && /^[a-zA-Z_$][0-9a-zA-Z_$]*$/.test(name);
    };
    function locationLiteral(compiler2) {
      var loc = compiler2.source.currentLocation;
      return loc ? _codeGen.safeJsonLiteral(loc) : "undefined";
    }
    function strictLookup(requireTerminal, compiler2, parts, startPartIndex, type) {
      var stack = compiler2.popStack(), len = parts.length;
      if (requireTerminal) {
        len--;
      }
      for (var i = startPartIndex; i < len; i++) {
        stack = compiler2.nameLookup(stack, parts[i], type);
      }
      if (requireTerminal) {
        return [compiler2.aliasable("container.strict"), "(", stack, ", ", compiler2.quotedString(parts[len]), ", ", locationLiteral(compiler2), " )"];
      } else {
        return stack;
      }
    }
    exports["default"] = JavaScriptCompiler;
    module.exports = exports["default"];
  })(javascriptCompiler, javascriptCompiler.exports);
  return javascriptCompiler.exports;
}
var hasRequiredHandlebars;
function requireHandlebars() {
  if (hasRequiredHandlebars) return handlebars.exports;
  hasRequiredHandlebars = 1;
  (function(module, exports) {
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _handlebarsRuntime = requireHandlebars_runtime();
    var _handlebarsRuntime2 = _interopRequireDefault(_handlebarsRuntime);
    var _handlebarsCompilerAst = requireAst();
    var _handlebarsCompilerAst2 = _interopRequireDefault(_handlebarsCompilerAst);
    var _handlebarsCompilerBase = requireBase();
    var _handlebarsCompilerCompiler = requireCompiler();
    var _handlebarsCompilerJavascriptCompiler = requireJavascriptCompiler();
    var _handlebarsCompilerJavascriptCompiler2 = _interopRequireDefault(_handlebarsCompilerJavascriptCompiler);
    var _handlebarsCompilerVisitor = requireVisitor();
    var _handlebarsCompilerVisitor2 = _interopRequireDefault(_handlebarsCompilerVisitor);
    var _handlebarsNoConflict = requireNoConflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    var _create = _handlebarsRuntime2["default"].create;
    function create() {
      var hb = _create();
      hb.compile = function(input, options) {
        return _handlebarsCompilerCompiler.compile(input, options, hb);
      };
      hb.precompile = function(input, options) {
        return _handlebarsCompilerCompiler.precompile(input, options, hb);
      };
      hb.AST = _handlebarsCompilerAst2["default"];
      hb.Compiler = _handlebarsCompilerCompiler.Compiler;
      hb.JavaScriptCompiler = _handlebarsCompilerJavascriptCompiler2["default"];
      hb.Parser = _handlebarsCompilerBase.parser;
      hb.parse = _handlebarsCompilerBase.parse;
      hb.parseWithoutProcessing = _handlebarsCompilerBase.parseWithoutProcessing;
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst.Visitor = _handlebarsCompilerVisitor2["default"];
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  })(handlebars, handlebars.exports);
  return handlebars.exports;
}
var printer = {};
var hasRequiredPrinter;
function requirePrinter() {
  if (hasRequiredPrinter) return printer;
  hasRequiredPrinter = 1;
  printer.__esModule = true;
  printer.print = print;
  printer.PrintVisitor = PrintVisitor;
  function _interopRequireDefault(obj) {
    return obj && obj.__esModule ? obj : { "default": obj };
  }
  var _visitor = requireVisitor();
  var _visitor2 = _interopRequireDefault(_visitor);
  function print(ast2) {
    return new PrintVisitor().accept(ast2);
  }
  function PrintVisitor() {
    this.padding = 0;
  }
  PrintVisitor.prototype = new _visitor2["default"]();
  PrintVisitor.prototype.pad = function(string2) {
    var out = "";
    for (var i = 0, l = this.padding; i < l; i++) {
      out += "  ";
    }
    out += string2 + "\n";
    return out;
  };
  PrintVisitor.prototype.Program = function(program) {
    var out = "", body = program.body, i = void 0, l = void 0;
    if (program.blockParams) {
      var blockParams = "BLOCK PARAMS: [";
      for (i = 0, l = program.blockParams.length; i < l; i++) {
        blockParams += " " + program.blockParams[i];
      }
      blockParams += " ]";
      out += this.pad(blockParams);
    }
    for (i = 0, l = body.length; i < l; i++) {
      out += this.accept(body[i]);
    }
    this.padding--;
    return out;
  };
  PrintVisitor.prototype.MustacheStatement = function(mustache) {
    return this.pad("{{ " + this.SubExpression(mustache) + " }}");
  };
  PrintVisitor.prototype.Decorator = function(mustache) {
    return this.pad("{{ DIRECTIVE " + this.SubExpression(mustache) + " }}");
  };
  PrintVisitor.prototype.BlockStatement = PrintVisitor.prototype.DecoratorBlock = function(block) {
    var out = "";
    out += this.pad((block.type === "DecoratorBlock" ? "DIRECTIVE " : "") + "BLOCK:");
    this.padding++;
    out += this.pad(this.SubExpression(block));
    if (block.program) {
      out += this.pad("PROGRAM:");
      this.padding++;
      out += this.accept(block.program);
      this.padding--;
    }
    if (block.inverse) {
      if (block.program) {
        this.padding++;
      }
      out += this.pad("{{^}}");
      this.padding++;
      out += this.accept(block.inverse);
      this.padding--;
      if (block.program) {
        this.padding--;
      }
    }
    this.padding--;
    return out;
  };
  PrintVisitor.prototype.PartialStatement = function(partial) {
    var content = "PARTIAL:" + partial.name.original;
    if (partial.params[0]) {
      content += " " + this.accept(partial.params[0]);
    }
    if (partial.hash) {
      content += " " + this.accept(partial.hash);
    }
    return this.pad("{{> " + content + " }}");
  };
  PrintVisitor.prototype.PartialBlockStatement = function(partial) {
    var content = "PARTIAL BLOCK:" + partial.name.original;
    if (partial.params[0]) {
      content += " " + this.accept(partial.params[0]);
    }
    if (partial.hash) {
      content += " " + this.accept(partial.hash);
    }
    content += " " + this.pad("PROGRAM:");
    this.padding++;
    content += this.accept(partial.program);
    this.padding--;
    return this.pad("{{> " + content + " }}");
  };
  PrintVisitor.prototype.ContentStatement = function(content) {
    return this.pad("CONTENT[ '" + content.value + "' ]");
  };
  PrintVisitor.prototype.CommentStatement = function(comment) {
    return this.pad("{{! '" + comment.value + "' }}");
  };
  PrintVisitor.prototype.SubExpression = function(sexpr) {
    var params = sexpr.params, paramStrings = [], hash = void 0;
    for (var i = 0, l = params.length; i < l; i++) {
      paramStrings.push(this.accept(params[i]));
    }
    params = "[" + paramStrings.join(", ") + "]";
    hash = sexpr.hash ? " " + this.accept(sexpr.hash) : "";
    return this.accept(sexpr.path) + " " + params + hash;
  };
  PrintVisitor.prototype.PathExpression = function(id) {
    var path = id.parts.join("/");
    return (id.data ? "@" : "") + "PATH:" + path;
  };
  PrintVisitor.prototype.StringLiteral = function(string2) {
    return '"' + string2.value + '"';
  };
  PrintVisitor.prototype.NumberLiteral = function(number2) {
    return "NUMBER{" + number2.value + "}";
  };
  PrintVisitor.prototype.BooleanLiteral = function(bool) {
    return "BOOLEAN{" + bool.value + "}";
  };
  PrintVisitor.prototype.UndefinedLiteral = function() {
    return "UNDEFINED";
  };
  PrintVisitor.prototype.NullLiteral = function() {
    return "NULL";
  };
  PrintVisitor.prototype.Hash = function(hash) {
    var pairs = hash.pairs, joinedPairs = [];
    for (var i = 0, l = pairs.length; i < l; i++) {
      joinedPairs.push(this.accept(pairs[i]));
    }
    return "HASH{" + joinedPairs.join(", ") + "}";
  };
  PrintVisitor.prototype.HashPair = function(pair) {
    return pair.key + "=" + this.accept(pair.value);
  };
  return printer;
}
var lib;
var hasRequiredLib;
function requireLib() {
  if (hasRequiredLib) return lib;
  hasRequiredLib = 1;
  var handlebars2 = requireHandlebars()["default"];
  var printer2 = requirePrinter();
  handlebars2.PrintVisitor = printer2.PrintVisitor;
  handlebars2.print = printer2.print;
  lib = handlebars2;
  function extension(module, filename) {
    var fs = fs__default;
    var templateString = fs.readFileSync(filename, "utf8");
    module.exports = handlebars2.compile(templateString);
  }
  if (typeof require !== "undefined" && require.extensions) {
    require.extensions[".handlebars"] = extension;
    require.extensions[".hbs"] = extension;
  }
  return lib;
}
var libExports = requireLib();
var Handlebars = /* @__PURE__ */ getDefaultExportFromCjs(libExports);
const NOT_DEPLOYED = "Not deployed yet: run the deploy workflow.";
function placeholder(runtime2, handler) {
  const dot = handler.lastIndexOf(".");
  const mod = dot > 0 ? handler.slice(0, dot) : handler;
  const fn = dot > 0 ? handler.slice(dot + 1) : "handler";
  const ident = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(fn) ? fn : "handler";
  if (runtime2.startsWith("nodejs"))
    return {
      file: `${mod}.js`,
      source: `exports.${ident} = async () => ({ statusCode: 503, headers: { "content-type": "text/plain" }, body: "${NOT_DEPLOYED}" });
`
    };
  if (runtime2.startsWith("python"))
    return { file: `${mod}.py`, source: `def ${ident}(event, context):
    return {"statusCode": 503, "body": "${NOT_DEPLOYED}"}
` };
  if (runtime2.startsWith("ruby"))
    return { file: `${mod}.rb`, source: `def ${ident}(event:, context:)
  { statusCode: 503, body: "${NOT_DEPLOYED}" }
end
` };
  return { file: "README.txt", source: `${NOT_DEPLOYED}
` };
}
function functionSpecs(c, id) {
  const p = c.parameters;
  return p.functions ?? [
    {
      name: c.service ?? id,
      handler: p.handler,
      runtime: p.runtime,
      source: ".",
      codeDir: ".",
      routes: [],
      payloadFormat: "2.0",
      tables: []
    }
  ];
}
function lambdaContext(p, prepared, reach) {
  const c = p.component;
  const tableId = (name) => prepared.find((o) => o.component.kind === "dynamodb-table" && o.component.parameters.name === name)?.id;
  const reachedTables = reach.filter((r) => r.kind === "dynamodb-table").map((r) => r.id);
  const wiring = c.parameters.functions !== void 0;
  const connections = wiring ? reach.flatMap((r) => {
    const ds = prepared.find((o) => o.id === r.id && o.component.kind === r.kind);
    const arn = ds ? metaOf(ds.component).connection?.(ds.component, ds.id).secretArn : void 0;
    return arn ? [{ id: r.id, arn }] : [];
  }) : [];
  const shared = [
    ...reach.filter((r) => !wiring || r.kind !== "dynamodb-table").flatMap((r) => r.env),
    ...reach.flatMap((r) => r.secrets.map((x) => ({ name: `${x.name}_ARN`, ref: x.arn }))),
    ...connections.map((c2) => ({ name: `${c2.id.toUpperCase()}_SECRET_ARN`, ref: c2.arn }))
  ];
  const specs = functionSpecs(c, p.id);
  const anyWired = specs.some((f) => f.tables.length > 0);
  const functions = specs.map((f) => {
    const ph = placeholder(f.runtime, f.handler);
    const wired = f.tables.flatMap((t) => {
      const tid = tableId(t.table);
      return tid ? [{ env: t.env, id: tid }] : [];
    });
    const tables = wiring ? wired.length ? [...new Set(wired.map((w) => w.id))] : anyWired ? [] : reachedTables : [];
    const env = firstByName([...wired.map((w) => ({ name: w.env, ref: `aws_dynamodb_table.${w.id}.name` })), ...shared]);
    return {
      key: f.name,
      handler: f.handler,
      runtime: f.runtime,
      placeholderFile: ph.file,
      placeholderSource: ph.source,
      env,
      tableArns: tables.map((t) => `aws_dynamodb_table.${t}.arn`)
    };
  });
  const appIam = [
    ...reach.filter((r) => !wiring || r.kind !== "dynamodb-table").flatMap((r) => r.iam),
    ...connections.length ? [{ sid: "ReadConnectionSecrets", actions: ["secretsmanager:GetSecretValue"], resources: connections.map((c2) => ({ ref: c2.arn })) }] : []
  ];
  return { functions, appIam, count: functions.length };
}
function apiContext(p, prepared) {
  const fn = prepared.find((o) => o.component.kind === "lambda-function" && o.component.service === p.component.service);
  if (!fn) return { fnId: null, routes: [], routed: [] };
  const routes = [];
  const seen = /* @__PURE__ */ new Set();
  const specs = functionSpecs(fn.component, fn.id);
  for (const f of specs)
    for (const r of f.routes) {
      const key = `${r.method} ${r.path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      routes.push({ key, fn: f.name });
    }
  if (!fn.component.parameters.functions) routes.push({ key: "$default", fn: specs[0].name });
  const routed = specs.filter((f) => routes.some((r) => r.fn === f.name)).map((f) => ({ key: f.name, payload: f.payloadFormat }));
  return { fnId: fn.id, routes, routed };
}
const MAPPED_KINDS = /* @__PURE__ */ new Set(["ecs-fargate-service", "ecr-repository"]);
const MAPPED_FILES = {
  "ecs-fargate-service": "ecs-services.tf",
  "ecr-repository": "ecr-repositories.tf"
};
const moduleFilesCache = /* @__PURE__ */ new Map();
function moduleFiles(templates, kind) {
  const dir = join(templates, "modules", kind);
  let files = moduleFilesCache.get(dir);
  if (!files) {
    files = /* @__PURE__ */ new Map();
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".tf")).sort())
      files.set(`modules/${kind}/${f}`, readFileSync(join(dir, f), "utf8"));
    moduleFilesCache.set(dir, files);
  }
  return files;
}
function assertUniqueKeys(keys, what) {
  const seen = /* @__PURE__ */ new Set();
  for (const k of keys) {
    if (seen.has(k)) throw new Error(`two ${what} are named ${JSON.stringify(k)}: a for_each map needs one entry per name`);
    seen.add(k);
  }
}
const pad = (depth2) => "  ".repeat(depth2);
function object(entries, depth2) {
  if (entries.length === 0) return "{}";
  return `{
${entries.map(([k, v]) => `${pad(depth2 + 1)}${k} = ${v}`).join("\n")}
${pad(depth2)}}`;
}
const quotedKeys = (entries) => entries.map(([k, v]) => [hclString(k), v]);
function list(items, depth2) {
  const inline2 = `[${items.join(", ")}]`;
  if (inline2.length <= 100) return inline2;
  return `[
${items.map((i) => `${pad(depth2 + 1)}${i},`).join("\n")}
${pad(depth2)}]`;
}
function serviceEntry(u, repositoryKey, depth2) {
  const { p, sc } = u;
  const c = p.component;
  const par = c.parameters;
  const key = unitKey(c, p.id);
  const a = [
    ["cpu", hclLiteral(par.cpu)],
    ["memory", hclLiteral(par.memory)]
  ];
  if (repositoryKey !== void 0 && repositoryKey !== key) a.push(["image", hclString(repositoryKey)]);
  if (par.architecture === "arm64") a.push(["architecture", '"ARM64"']);
  if (par.spot) a.push(["spot", "true"]);
  if (sc.command)
    a.push([
      "command",
      list(
        sc.command.map((x) => hclString(x)),
        depth2 + 1
      )
    ]);
  if (sc.listens) a.push(["container_port", hclLiteral(par.containerPort)]);
  else a.push(["listens", "false"]);
  if (sc.grpc) a.push(["protocol", '"grpc"']);
  a.push(
    ["min_tasks", hclLiteral(par.minTasks)],
    ["max_tasks", hclLiteral(par.maxTasks)],
    ["cpu_target_percent", hclLiteral(par.cpuTargetPercent)]
  );
  if (sc.public) {
    if (!sc.grpc) a.push(["health_check_path", hclString(sc.healthCheckPath)]);
    a.push(["health_check_grace", hclLiteral(sc.grace)]);
    if (c.wiring?.role !== "web") a.push(["unhealthy_alarm", "false"]);
    a.push([
      "public",
      sc.defaultPublic ? `{ priority = ${hclLiteral(sc.rulePriority)}, host_headers = local.public_hosts }` : (
        // Other public services answer on <name>.<domain_name>: only with a domain.
        `{ priority = ${hclLiteral(sc.rulePriority)}, host_headers = [${hclString(`${c.service ?? p.id}.`).slice(0, -1)}\${var.domain_name}"], enabled = var.domain_name != "" }`
      )
    ]);
  }
  if (sc.scService) a.push(["service_connect", `{ alias = ${hclString(sc.scService.alias)}, port = ${hclLiteral(sc.scService.port)} }`]);
  if (sc.env.length) a.push(["environment", object(quotedKeys(sc.env.map((e) => [e.name, envValue(e)])), depth2 + 1)]);
  if (sc.secrets.length) a.push(["secrets", object(quotedKeys(sc.secrets.map((e) => [e.name, envValue(e)])), depth2 + 1)]);
  if (sc.secretArns.length) a.push(["secret_arns", list(sc.secretArns.map(expr), depth2 + 1)]);
  if (u.iam.length) {
    const statements = u.iam.map(
      (s) => object(
        [
          ["sid", hclString(s.sid)],
          [
            "actions",
            list(
              s.actions.map((x) => hclString(x)),
              depth2 + 3
            )
          ],
          ["resources", list(s.resources.map(resourceArn), depth2 + 3)]
        ],
        depth2 + 2
      )
    );
    a.push(["task_permissions", `[
${statements.map((s) => `${pad(depth2 + 2)}${s},`).join("\n")}
${pad(depth2 + 1)}]`]);
  }
  if (u.network.length) {
    a.push([
      "datastores",
      object(
        quotedKeys(
          u.network.map((n) => [
            n.id,
            `{ security_group_id = ${expr(n.sg)}, port = ${hclLiteral(n.port)}, description = ${hclString(`To ${n.label}`)} }`
          ])
        ),
        depth2 + 1
      )
    ]);
  }
  return object(a, depth2);
}
function ecsServicesLocals(units, repositories) {
  const keys = units.map((u) => unitKey(u.p.component, u.p.id));
  assertUniqueKeys(keys, "ECS services");
  const repoKey = (id) => {
    const r = repositories.find((x) => x.id === id);
    return r ? unitKey(r.component, r.id) : void 0;
  };
  const entries = units.map((u, i) => `    ${hclString(keys[i])} = ${serviceEntry(u, repoKey(u.sc.imageOwner), 2)}`);
  const calls = units.flatMap(
    (u, i) => u.sc.calls.map((t) => {
      const to = units.find((x) => x.p.id === t.id);
      const toKey = unitKey(to.p.component, to.p.id);
      return `    ${hclString(`${keys[i]}>${toKey}`)} = { from = ${hclString(keys[i])}, to = ${hclString(toKey)}, port = ${hclLiteral(t.port)} }`;
    })
  );
  const lines = [
    "# One entry per ECS service (a deployable unit): adding a service is one entry here. The settings",
    "# are those of modules/ecs-service (variables.tf), the variables exactly those the application reads.",
    "locals {",
    "  ecs_services = {",
    entries.join("\n\n"),
    "  }"
  ];
  if (calls.length) {
    lines.push(
      "",
      "  # Service Connect traffic between services: caller > callee, on the callee's port.",
      "  service_calls = {",
      ...calls,
      "  }"
    );
  }
  lines.push("}");
  return { text: lines.join("\n"), calls: calls.length > 0 };
}
function ecrLocals(repositories) {
  const repos = repositories;
  const keys = repos.map((r) => unitKey(r.component, r.id));
  assertUniqueKeys(keys, "ECR repositories");
  const entries = repos.map((r, i) => {
    const par = r.component.parameters;
    return `    ${hclString(keys[i])} = { image_tag_mutability = ${hclString(par.imageTagMutability)}, scan_on_push = ${hclLiteral(par.scanOnPush)}, keep_images = ${hclLiteral(par.keepImages)} }`;
  });
  return [
    "# One image repository per unit that builds an image (a unit running another one's image has none).",
    "locals {",
    "  ecr_repositories = {",
    ...entries,
    "  }",
    "}"
  ].join("\n");
}
function movedBlocks(units, repositories, alarms) {
  const moves = [];
  const keyOf = (id) => {
    const u = units.find((x) => x.p.id === id);
    return u ? unitKey(u.p.component, u.p.id) : void 0;
  };
  for (const u of units) {
    const id = u.p.id;
    const m = ecsServiceModule(unitKey(u.p.component, id));
    const move = (from, to) => moves.push([from, `${m}.${to}`]);
    move(`aws_cloudwatch_log_group.${id}`, "aws_cloudwatch_log_group.this");
    move(`aws_iam_role.${id}_execution`, "aws_iam_role.execution");
    move(`aws_iam_role_policy.${id}_execution`, "aws_iam_role_policy.execution");
    move(`aws_iam_role.${id}_task`, "aws_iam_role.task");
    if (u.iam.length) move(`aws_iam_role_policy.${id}_task`, "aws_iam_role_policy.task[0]");
    move(`aws_ecs_task_definition.${id}`, "aws_ecs_task_definition.this");
    move(`aws_security_group.${id}_service`, "aws_security_group.this");
    if (u.sc.public) {
      move(`aws_vpc_security_group_ingress_rule.${id}_service_from_alb`, "aws_vpc_security_group_ingress_rule.from_load_balancer[0]");
      move(`aws_vpc_security_group_egress_rule.alb_to_${id}`, "aws_vpc_security_group_egress_rule.load_balancer_to_service[0]");
      move(`aws_lb_target_group.${id}`, "aws_lb_target_group.this[0]");
      move(u.sc.defaultPublic ? `aws_lb_listener_rule.${id}` : `aws_lb_listener_rule.${id}[0]`, "aws_lb_listener_rule.this[0]");
    }
    move(`aws_vpc_security_group_egress_rule.${id}_service_https`, "aws_vpc_security_group_egress_rule.https");
    for (const n of u.network) {
      move(
        `aws_vpc_security_group_egress_rule.${id}_service_to_${n.id}`,
        `aws_vpc_security_group_egress_rule.to_datastore[${hclString(n.id)}]`
      );
      moves.push([
        `aws_vpc_security_group_ingress_rule.${n.id}_from_${id}_service`,
        `aws_vpc_security_group_ingress_rule.${n.id}_from_services[${hclString(unitKey(u.p.component, id))}]`
      ]);
    }
    move(`aws_ecs_service.${id}`, "aws_ecs_service.this");
    move(`aws_appautoscaling_target.${id}`, "aws_appautoscaling_target.this");
    move(`aws_appautoscaling_policy.${id}_cpu`, "aws_appautoscaling_policy.cpu");
    if (alarms) {
      move(`aws_cloudwatch_metric_alarm.${id}_cpu_high`, "aws_cloudwatch_metric_alarm.cpu_high[0]");
      if (u.sc.public && u.p.component.wiring?.role === "web")
        move(`aws_cloudwatch_metric_alarm.${id}_unhealthy`, "aws_cloudwatch_metric_alarm.unhealthy[0]");
    }
    for (const t of u.sc.calls) {
      const pair = hclString(`${unitKey(u.p.component, id)}>${keyOf(t.id)}`);
      moves.push([`aws_vpc_security_group_egress_rule.${id}_to_${t.id}`, `aws_vpc_security_group_egress_rule.service_to_service[${pair}]`]);
      moves.push([
        `aws_vpc_security_group_ingress_rule.${t.id}_from_${id}`,
        `aws_vpc_security_group_ingress_rule.service_from_service[${pair}]`
      ]);
    }
  }
  for (const r of repositories) {
    const k = hclString(unitKey(r.component, r.id));
    moves.push(
      [`aws_ecr_repository.${r.id}`, `aws_ecr_repository.unit[${k}]`],
      [`aws_ecr_lifecycle_policy.${r.id}`, `aws_ecr_lifecycle_policy.unit[${k}]`]
    );
  }
  return [
    "# State moves from the one-file-per-component layout Inframate generated before (api-service.tf,",
    "# api-ecr.tf) to the module layout: `terraform plan` moves these resources instead of replacing",
    "# them. Once applied everywhere, this file may be deleted.",
    ...moves.map(([from, to]) => `
moved {
  from = ${expr(from)}
  to   = ${expr(to)}
}`)
  ].join("\n");
}
const ATTRIBUTE = /^(\s*)("(?:[^"\\]|\\.)*"|[A-Za-z_][\w-]*)\s*=(?!=)\s*(.*)$/;
function openBrackets(value) {
  let depth2 = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '"') {
      for (i++; i < value.length && value[i] !== '"'; i++) if (value[i] === "\\") i++;
    } else if (ch === "#" || ch === "/" && value[i + 1] === "/") break;
    else if (ch === "{" || ch === "[" || ch === "(") depth2++;
    else if (ch === "}" || ch === "]" || ch === ")") depth2--;
  }
  return depth2;
}
function alignHcl(text) {
  const lines = text.split("\n");
  const out = [...lines];
  let group = [];
  const flush = () => {
    const width = Math.max(0, ...group.map((g) => g.key.length));
    for (const g of group) out[g.index] = `${g.indent}${g.key.padEnd(width)} = ${g.value}`;
    group = [];
  };
  let heredoc;
  lines.forEach((line, index) => {
    if (heredoc) {
      if (line.trim() === heredoc) heredoc = void 0;
      return;
    }
    const m = ATTRIBUTE.exec(line);
    if (!m) {
      flush();
      return;
    }
    const [, indent, key, value] = m;
    const marker = /<<-?([A-Za-z_]+)\s*$/.exec(value);
    if (marker) heredoc = marker[1];
    if (group.length && group[0].indent !== indent) flush();
    if (openBrackets(value) > 0 || marker) {
      flush();
      out[index] = `${indent}${key} = ${value}`;
      return;
    }
    group.push({ index, indent, key, value });
  });
  flush();
  return out.join("\n");
}
const PRECOMPILED = /* @__PURE__ */ new Map([
  ["740ba155bfe7d418be312b1ae568ebf119732b6c6b3a09991a1a6247e59a0b23", { file: "aws/terraform/README.md.hbs", mustaches: [["md", 1, 1], ["md", 1, 1], ["md", 4, 1], ["md", 12, 1], ["md", 12, 1], ["md", 12, 1], ["diagram", 16, 1], ["md", 23, 1], ["md", 56, 1], ["money", 56, 1], ["money", 58, 1], ["md", 61, 1], ["md", 66, 1], ["md", 70, 1], ["md", 70, 1], ["md", 111, 1], ["md", 111, 1], ["md", 111, 1]], spec: { "0": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| " + ((stack1 = (lookupProperty(helpers2, "md") || depth0 && lookupProperty(depth0, "md") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "label") : depth0, { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 2 }, "end": { "line": 12, "column": 19 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers2, "md") || depth0 && lookupProperty(depth0, "md") || alias2).call(alias1, (lookupProperty(helpers2, "or") || depth0 && lookupProperty(depth0, "or") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "component") : depth0) != null ? lookupProperty(stack1, "service") : stack1, "shared", { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 27 }, "end": { "line": 12, "column": 63 } } }), { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 22 }, "end": { "line": 12, "column": 65 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers2, "md") || depth0 && lookupProperty(depth0, "md") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "component") : depth0) != null ? lookupProperty(stack1, "rationale") : stack1, { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 68 }, "end": { "line": 12, "column": 99 } } })) != null ? stack1 : "") + " |\n";
  }, "1": function(container, depth0, helpers2, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "\n## Notes\n\n" + ((stack1 = lookupProperty(helpers2, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "notes") : depth0, { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 0 }, "end": { "line": 24, "column": 9 } } })) != null ? stack1 : "");
  }, "2": function(container, depth0, helpers2, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "- " + ((stack1 = (lookupProperty(helpers2, "md") || depth0 && lookupProperty(depth0, "md") || container.hooks.helperMissing).call(depth0 != null ? depth0 : container.nullContext || {}, depth0, { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 2 }, "end": { "line": 23, "column": 13 } } })) != null ? stack1 : "") + "\n";
  }, "3": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "## Layout\n\n" + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "ecsServices") : stack1, { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 30, "column": 0 }, "end": { "line": 37, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "ecr") : stack1, { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 38, "column": 0 }, "end": { "line": 40, "column": 7 } } })) != null ? stack1 : "") + "- The shared pieces (network, cluster, load balancer, datastores, deploy role) are one file each in\n  this directory: there is one of each per environment.\n" + ((stack1 = lookupProperty(helpers2, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "moved") : depth0, { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 43, "column": 0 }, "end": { "line": 47, "column": 7 } } })) != null ? stack1 : "") + "\n";
  }, "4": function(container, depth0, helpers2, partials, data) {
    return "- `ecs-services.tf`: one entry of `local.ecs_services` per service (sizes, port, health path,\n  exactly the variables and secrets the application reads, the datastores it reaches), and one call of\n  the local module `modules/ecs-service` for all of them (`for_each`, keyed by the service's name).\n  Adding a service is one more entry; the module (task definition, service, roles, security group,\n  target group and listener rule, Service Connect, autoscaling, log group) is the same for every\n  repository. Its inputs are typed, described and validated in `modules/ecs-service/variables.tf`.\n";
  }, "5": function(container, depth0, helpers2, partials, data) {
    return "- `ecr-repositories.tf`: one image repository per entry of `local.ecr_repositories`.\n";
  }, "6": function(container, depth0, helpers2, partials, data) {
    return "- `moved.tf`: this module replaced one Inframate generated in its previous layout (one file per\n  service); its `moved` blocks make `terraform plan` move the existing resources instead of replacing\n  them. Delete it once every environment has applied it.\n";
  }, "7": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| Component | Monthly (USD) |\n|---|---:|\n" + ((stack1 = lookupProperty(helpers2, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "costs") : depth0, { "name": "each", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 55, "column": 0 }, "end": { "line": 57, "column": 9 } } })) != null ? stack1 : "") + "| **Total** | **" + ((stack1 = (lookupProperty(helpers2, "money") || depth0 && lookupProperty(depth0, "money") || container.hooks.helperMissing).call(alias1, depth0 != null ? lookupProperty(depth0, "total") : depth0, { "name": "money", "hash": {}, "data": data, "loc": { "start": { "line": 58, "column": 16 }, "end": { "line": 58, "column": 31 } } })) != null ? stack1 : "") + "** |\n\n";
  }, "8": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| " + ((stack1 = (lookupProperty(helpers2, "md") || depth0 && lookupProperty(depth0, "md") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "label") : depth0, { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 56, "column": 2 }, "end": { "line": 56, "column": 19 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers2, "money") || depth0 && lookupProperty(depth0, "money") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "monthly") : depth0, { "name": "money", "hash": {}, "data": data, "loc": { "start": { "line": 56, "column": 22 }, "end": { "line": 56, "column": 44 } } })) != null ? stack1 : "") + " |\n";
  }, "9": function(container, depth0, helpers2, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "2. Set the required inputs (e.g. in `terraform.tfvars`):\n" + ((stack1 = lookupProperty(helpers2, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "requiredVariables") : depth0, { "name": "each", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 69, "column": 0 }, "end": { "line": 71, "column": 9 } } })) != null ? stack1 : "");
  }, "10": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "   - `" + ((stack1 = (lookupProperty(helpers2, "md") || depth0 && lookupProperty(depth0, "md") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "name") : depth0, { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 70, "column": 6 }, "end": { "line": 70, "column": 22 } } })) != null ? stack1 : "") + "` \u2014 " + ((stack1 = (lookupProperty(helpers2, "md") || depth0 && lookupProperty(depth0, "md") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "description") : depth0, { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 70, "column": 26 }, "end": { "line": 70, "column": 49 } } })) != null ? stack1 : "") + "\n";
  }, "11": function(container, depth0, helpers2, partials, data) {
    return "2. Review the defaults in `variables.tf`.\n";
  }, "12": function(container, depth0, helpers2, partials, data) {
    return "   services are created with no task until an image exists.\n";
  }, "13": function(container, depth0, helpers2, partials, data) {
    return "   nothing depends on an image.\n";
  }, "14": function(container, depth0, helpers2, partials, data) {
    return "   Lambda functions start from a placeholder that answers 503 until the deploy workflow uploads their code.\n";
  }, "15": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "5. Deploy: copy `.github/workflows/deploy.yml` to the repository's `.github/workflows/`, and set the\n   repository secret `AWS_DEPLOY_ROLE_ARN` to the `github_deploy_role_arn` output (a secret because this\n   actionlint-checked workflow reads it from `secrets`; it is not sensitive). Each push to the\n" + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (lookupProperty(helpers2, "and") || depth0 && lookupProperty(depth0, "and") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "lambda") : stack1, (lookupProperty(helpers2, "not") || depth0 && lookupProperty(depth0, "not") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "cluster") : stack1, { "name": "not", "hash": {}, "data": data, "loc": { "start": { "line": 90, "column": 25 }, "end": { "line": 90, "column": 45 } } }), { "name": "and", "hash": {}, "data": data, "loc": { "start": { "line": 90, "column": 6 }, "end": { "line": 90, "column": 46 } } }), { "name": "if", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.program(18, data, 0), "data": data, "loc": { "start": { "line": 90, "column": 0 }, "end": { "line": 98, "column": 7 } } })) != null ? stack1 : "");
  }, "16": function(container, depth0, helpers2, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "   branch builds each function from the repository (esbuild for Node, the code folder and its\n   requirements for Python), uploads it with `aws lambda update-function-code` and waits until it is\n   updated" + ((stack1 = lookupProperty(helpers2, "if").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "sites") : stack1, { "name": "if", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 93, "column": 10 }, "end": { "line": 93, "column": 105 } } })) != null ? stack1 : "") + ".\n";
  }, "17": function(container, depth0, helpers2, partials, data) {
    return "; static sites are built, synced to S3 and invalidated in CloudFront";
  }, "18": function(container, depth0, helpers2, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "   branch builds and pushes the images, runs the one-off commands (migrations) as ECS tasks and waits\n   for them, then rolls the services and waits until they are stable" + ((stack1 = lookupProperty(helpers2, "if").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "sites") : stack1, { "name": "if", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 96, "column": 68 }, "end": { "line": 96, "column": 163 } } })) != null ? stack1 : "") + ".\n   Changes Terraform makes to a task definition reach the service at the next deploy (run the workflow by hand to apply them now).\n";
  }, "19": function(container, depth0, helpers2, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "\n## Run contract: what each service is given\n\nEvery variable below is set under the exact name the application reads. Secrets come from Secrets\nManager through `valueFrom` (a key of a connection secret, or a generated secret), never plain environment.\n\n| Service | Variable | Set to |\n|---|---|---|\n" + ((stack1 = lookupProperty(helpers2, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "runContract") : depth0, { "name": "each", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 110, "column": 0 }, "end": { "line": 112, "column": 9 } } })) != null ? stack1 : "");
  }, "20": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "| " + ((stack1 = (lookupProperty(helpers2, "md") || depth0 && lookupProperty(depth0, "md") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "service") : depth0, { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 111, "column": 2 }, "end": { "line": 111, "column": 21 } } })) != null ? stack1 : "") + " | `" + ((stack1 = (lookupProperty(helpers2, "md") || depth0 && lookupProperty(depth0, "md") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "name") : depth0, { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 111, "column": 25 }, "end": { "line": 111, "column": 41 } } })) != null ? stack1 : "") + "` | " + ((stack1 = (lookupProperty(helpers2, "md") || depth0 && lookupProperty(depth0, "md") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "how") : depth0, { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 111, "column": 45 }, "end": { "line": 111, "column": 60 } } })) != null ? stack1 : "") + " |\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# " + ((stack1 = (lookupProperty(helpers2, "md") || depth0 && lookupProperty(depth0, "md") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "project") : stack1, { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 2 }, "end": { "line": 1, "column": 23 } } })) != null ? stack1 : "") + " \u2014 AWS infrastructure (" + ((stack1 = (lookupProperty(helpers2, "md") || depth0 && lookupProperty(depth0, "md") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "environment") : stack1, { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 46 }, "end": { "line": 1, "column": 71 } } })) != null ? stack1 : "") + ")\n\nGenerated by Inframate from the repository and its `inframate.md`. Review it like\nany other code: every resource was checked against the AWS provider schema (" + ((stack1 = (lookupProperty(helpers2, "md") || depth0 && lookupProperty(depth0, "md") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "schemaVersion") : depth0, { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 76 }, "end": { "line": 4, "column": 96 } } })) != null ? stack1 : "") + "),\nevery reference resolves, and the security checks found nothing high or critical.\n\n## Architecture\n\n| Component | Service | Why |\n|---|---|---|\n" + ((stack1 = lookupProperty(helpers2, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "components") : depth0, { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 13, "column": 9 } } })) != null ? stack1 : "") + "\n```mermaid\n" + ((stack1 = (lookupProperty(helpers2, "diagram") || depth0 && lookupProperty(depth0, "diagram") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "mermaid") : depth0, { "name": "diagram", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 0 }, "end": { "line": 16, "column": 19 } } })) != null ? stack1 : "") + "\n```\n" + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "notes") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 25, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (lookupProperty(helpers2, "or") || depth0 && lookupProperty(depth0, "or") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "ecsServices") : stack1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "ecr") : stack1, { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 6 }, "end": { "line": 27, "column": 40 } } }), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 27, "column": 0 }, "end": { "line": 49, "column": 7 } } })) != null ? stack1 : "") + "## Monthly cost estimate\n\n" + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "costs") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 52, "column": 0 }, "end": { "line": 60, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = (lookupProperty(helpers2, "md") || depth0 && lookupProperty(depth0, "md") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "costNote") : depth0, { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 61, "column": 0 }, "end": { "line": 61, "column": 15 } } })) != null ? stack1 : "") + "\n\n## How to apply\n\n1. Requirements: Terraform \u2265 1.11 (passwords and generated secrets are ephemeral, written through\n   write-only arguments: never in state), AWS credentials for the target account, region `" + ((stack1 = (lookupProperty(helpers2, "md") || depth0 && lookupProperty(depth0, "md") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "region") : stack1, { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 66, "column": 90 }, "end": { "line": 66, "column": 110 } } })) != null ? stack1 : "") + "`.\n" + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "requiredVariables") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.program(11, data, 0), "data": data, "loc": { "start": { "line": 67, "column": 0 }, "end": { "line": 74, "column": 7 } } })) != null ? stack1 : "") + '3. State: create the S3 bucket for the state once, then uncomment the `backend "s3"` block in\n   `versions.tf` (it lists the commands) before sharing this module with a team.\n4. Run `terraform init`, `terraform plan -out tfplan`, `terraform apply tfplan`. No `-target` step:\n' + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "cluster") : stack1, { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.program(13, data, 0), "data": data, "loc": { "start": { "line": 78, "column": 0 }, "end": { "line": 82, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "lambda") : stack1, { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 83, "column": 0 }, "end": { "line": 85, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "deploy") : stack1, { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 86, "column": 0 }, "end": { "line": 99, "column": 7 } } })) != null ? stack1 : "") + "6. Subscribe to alarms with `alarm_email`.\n" + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "runContract") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 101, "column": 0 }, "end": { "line": 113, "column": 7 } } })) != null ? stack1 : "");
  }, "useData": true } }],
  ["009f1826875e5093676bc586fffc2d9b9a777c49ed05663034188f7604a56b70", { file: "aws/terraform/components/alb.tf.hbs", mustaches: [["lit", 42, 1], ["lit", 44, 1]], spec: { "0": function(container, depth0, helpers2, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '\nresource "aws_wafv2_web_acl" "main" {\n  name        = local.name_prefix\n  description = "AWS managed common rule set"\n  scope       = "REGIONAL"\n\n' + ((stack1 = container.invokePartial(lookupProperty(partials, "waf_managed_rules"), depth0, { "name": "waf_managed_rules", "hash": { "service": "alb" }, "data": data, "helpers": helpers2, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + '}\n\nresource "aws_wafv2_web_acl_association" "main" {\n  resource_arn = aws_lb.main.arn\n  web_acl_arn  = aws_wafv2_web_acl.main.arn\n}\n';
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '# One internet-facing Application Load Balancer for the environment. HTTPS only (HTTP redirects),\n# TLS 1.2+. Each public service adds a target group and a listener rule (see its *-service.tf);\n# requests for any other host name get a 404, so applications may trust the Host header\n# (Django\'s ALLOWED_HOSTS is "*" behind it: ALB health checks send the task\'s IP as Host).\nlocals {\n  public_host  = var.domain_name != "" ? var.domain_name : aws_lb.main.dns_name\n  public_url   = "https://${local.public_host}"\n  public_hosts = compact([aws_lb.main.dns_name, var.domain_name])\n}\n\nresource "aws_security_group" "alb" {\n  name        = "${local.name_prefix}-alb"\n  description = "Load balancer: HTTPS from the internet"\n  vpc_id      = aws_vpc.main.id\n}\n\n# A public load balancer must accept the internet on 443 (and 80, only to redirect to HTTPS).\nresource "aws_vpc_security_group_ingress_rule" "alb_https" {\n  security_group_id = aws_security_group.alb.id\n  cidr_ipv4         = "0.0.0.0/0"\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n  description       = "HTTPS from the internet"\n}\n\nresource "aws_vpc_security_group_ingress_rule" "alb_http" {\n  security_group_id = aws_security_group.alb.id\n  cidr_ipv4         = "0.0.0.0/0"\n  ip_protocol       = "tcp"\n  from_port         = 80\n  to_port           = 80\n  description       = "HTTP from the internet, redirected to HTTPS"\n}\n\nresource "aws_lb" "main" {\n  name                       = trimsuffix(substr(local.name_prefix, 0, 32), "-")\n  load_balancer_type         = "application"\n  internal                   = false\n  security_groups            = [aws_security_group.alb.id]\n  subnets                    = aws_subnet.public[*].id\n  idle_timeout               = ' + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "idleTimeoutSeconds") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 42, "column": 31 }, "end": { "line": 42, "column": 59 } } })) != null ? stack1 : "") + "\n  drop_invalid_header_fields = true\n  enable_deletion_protection = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "deletionProtection") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 31 }, "end": { "line": 44, "column": 59 } } })) != null ? stack1 : "") + '\n}\n\nresource "aws_lb_listener" "https" {\n  load_balancer_arn = aws_lb.main.arn\n  port              = 443\n  protocol          = "HTTPS"\n  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n  certificate_arn   = var.certificate_arn\n\n  default_action {\n    type = "fixed-response"\n\n    fixed_response {\n      content_type = "text/plain"\n      message_body = "Not found"\n      status_code  = "404"\n    }\n  }\n}\n\nresource "aws_lb_listener" "http" {\n  load_balancer_arn = aws_lb.main.arn\n  port              = 80\n  protocol          = "HTTP"\n\n  default_action {\n    type = "redirect"\n\n    redirect {\n      port        = "443"\n      protocol    = "HTTPS"\n      status_code = "HTTP_301"\n    }\n  }\n}\n' + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "waf") : stack1, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 80, "column": 0 }, "end": { "line": 94, "column": 7 } } })) != null ? stack1 : "");
  }, "usePartial": true, "useData": true } }],
  ["3dd6a2787d98d6c0080b0043670f521886fbe65f249ad47f528beb3fb472d7a6", { file: "aws/terraform/components/api-gateway-http.tf.hbs", mustaches: [["md", 1, 1], ["str", 3, 1], ["body", 4, 1], ["str", 10, 1], ["ident", 11, 1], ["lit", 16, 1], ["lit", 17, 1], ["ident", 21, 1], ["ident", 36, 1], ["ident", 37, 1], ["str", 39, 1], ["str", 39, 1], ["ident", 43, 1], ["str", 45, 1], ["str", 45, 1], ["str", 50, 1], ["ident", 51, 1], ["ident", 52, 1], ["ident", 54, 1], ["str", 59, 1], ["ident", 60, 1], ["ident", 61, 1], ["ident", 63, 1], ["str", 66, 1], ["ident", 67, 1], ["ident", 70, 1], ["ident", 72, 1]], spec: { "0": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "\nlocals {\n  # Route key \u2192 function (map key of local." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "fnId") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 36, "column": 43 }, "end": { "line": 36, "column": 57 } } })) != null ? stack1 : "") + "_functions).\n  " + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 2 }, "end": { "line": 37, "column": 14 } } })) != null ? stack1 : "") + "_routes = {\n" + ((stack1 = lookupProperty(helpers2, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "routes") : depth0, { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 38, "column": 0 }, "end": { "line": 40, "column": 9 } } })) != null ? stack1 : "") + "  }\n  # Lambda proxy payload per routed function: 1.0 for handlers written for a REST API, 2.0 otherwise.\n  " + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 2 }, "end": { "line": 43, "column": 14 } } })) != null ? stack1 : "") + "_payloads = {\n" + ((stack1 = lookupProperty(helpers2, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "routed") : depth0, { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 44, "column": 0 }, "end": { "line": 46, "column": 9 } } })) != null ? stack1 : "") + '  }\n}\n\nresource "aws_apigatewayv2_integration" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 50, "column": 40 }, "end": { "line": 50, "column": 50 } } })) != null ? stack1 : "") + " {\n  for_each               = local." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 51, "column": 33 }, "end": { "line": 51, "column": 45 } } })) != null ? stack1 : "") + "_payloads\n  api_id                 = aws_apigatewayv2_api." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 52, "column": 48 }, "end": { "line": 52, "column": 60 } } })) != null ? stack1 : "") + '.id\n  integration_type       = "AWS_PROXY"\n  integration_uri        = module.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "fnId") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 54, "column": 34 }, "end": { "line": 54, "column": 48 } } })) != null ? stack1 : "") + '[each.key].invoke_arn\n  payload_format_version = each.value\n}\n\n# Routes carry no authorizer: add one (JWT, IAM or a Lambda authorizer) where the handlers expect it.\nresource "aws_apigatewayv2_route" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 59, "column": 34 }, "end": { "line": 59, "column": 44 } } })) != null ? stack1 : "") + " {\n  for_each  = local." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 60, "column": 20 }, "end": { "line": 60, "column": 32 } } })) != null ? stack1 : "") + "_routes\n  api_id    = aws_apigatewayv2_api." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 61, "column": 35 }, "end": { "line": 61, "column": 47 } } })) != null ? stack1 : "") + '.id\n  route_key = each.key\n  target    = "integrations/${aws_apigatewayv2_integration.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 63, "column": 59 }, "end": { "line": 63, "column": 71 } } })) != null ? stack1 : "") + '[each.value].id}"\n}\n\nresource "aws_lambda_permission" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_api", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 66, "column": 39 }, "end": { "line": 66, "column": 55 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 66, "column": 33 }, "end": { "line": 66, "column": 57 } } })) != null ? stack1 : "") + " {\n  for_each      = local." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 67, "column": 24 }, "end": { "line": 67, "column": 36 } } })) != null ? stack1 : "") + '_payloads\n  statement_id  = "AllowApiGatewayInvoke"\n  action        = "lambda:InvokeFunction"\n  function_name = module.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "fnId") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 70, "column": 25 }, "end": { "line": 70, "column": 39 } } })) != null ? stack1 : "") + '[each.key].function_name\n  principal     = "apigateway.amazonaws.com"\n  source_arn    = "${aws_apigatewayv2_api.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 72, "column": 42 }, "end": { "line": 72, "column": 54 } } })) != null ? stack1 : "") + '.execution_arn}/*/*"\n}\n';
  }, "1": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "    " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "key") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 39, "column": 4 }, "end": { "line": 39, "column": 20 } } })) != null ? stack1 : "") + " = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "fn") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 39, "column": 23 }, "end": { "line": 39, "column": 38 } } })) != null ? stack1 : "") + "\n";
  }, "2": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "    " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "key") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 45, "column": 4 }, "end": { "line": 45, "column": 20 } } })) != null ? stack1 : "") + " = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "payload") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 45, "column": 23 }, "end": { "line": 45, "column": 43 } } })) != null ? stack1 : "") + "\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# " + ((stack1 = (lookupProperty(helpers2, "md") || depth0 && lookupProperty(depth0, "md") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "service") : depth0, { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 2 }, "end": { "line": 1, "column": 16 } } })) != null ? stack1 : "") + ': one HTTP API with the routes the repository declares, each integrated with its\n# function (Lambda proxy), with throttling and JSON access logs.\nresource "aws_apigatewayv2_api" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 32 }, "end": { "line": 3, "column": 42 } } })) != null ? stack1 : "") + ' {\n  name          = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "service") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 40 }, "end": { "line": 4, "column": 56 } } })) != null ? stack1 : "") + '"\n  protocol_type = "HTTP"\n}\n\n' + ((stack1 = container.invokePartial(lookupProperty(partials, "log_group"), depth0, { "name": "log_group", "hash": { "suffix": (lookupProperty(helpers2, "text") || depth0 && lookupProperty(depth0, "text") || alias2).call(alias1, "-", depth0 != null ? lookupProperty(depth0, "service") : depth0, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 74 }, "end": { "line": 8, "column": 92 } } }), "path": "/aws/apigateway", "resourceName": (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_api", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 27 }, "end": { "line": 8, "column": 43 } } }) }, "data": data, "helpers": helpers2, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + '\nresource "aws_apigatewayv2_stage" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 34 }, "end": { "line": 10, "column": 44 } } })) != null ? stack1 : "") + " {\n  api_id      = aws_apigatewayv2_api." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 37 }, "end": { "line": 11, "column": 49 } } })) != null ? stack1 : "") + '.id\n  name        = "$default"\n  auto_deploy = true\n\n  default_route_settings {\n    throttling_burst_limit = ' + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "throttlingBurstLimit") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 29 }, "end": { "line": 16, "column": 59 } } })) != null ? stack1 : "") + "\n    throttling_rate_limit  = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "throttlingRateLimit") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 29 }, "end": { "line": 17, "column": 58 } } })) != null ? stack1 : "") + "\n  }\n\n  access_log_settings {\n    destination_arn = aws_cloudwatch_log_group." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 21, "column": 47 }, "end": { "line": 21, "column": 59 } } })) != null ? stack1 : "") + '_api.arn\n    format = jsonencode({\n      requestId      = "$context.requestId"\n      ip             = "$context.identity.sourceIp"\n      requestTime    = "$context.requestTime"\n      routeKey       = "$context.routeKey"\n      status         = "$context.status"\n      responseLength = "$context.responseLength"\n      latency        = "$context.integrationLatency"\n    })\n  }\n}\n' + ((stack1 = lookupProperty(helpers2, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "fnId") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 33, "column": 0 }, "end": { "line": 74, "column": 7 } } })) != null ? stack1 : "");
  }, "usePartial": true, "useData": true } }],
  ["eb9baa2758fbc6cc12188d6201f29c2c94189a8730712dd8f7c686b31614ad24", { file: "aws/terraform/components/aurora-serverless-v2.tf.hbs", mustaches: [["md", 1, 1], ["md", 1, 1], ["md", 1, 1], ["str", 4, 1], ["body", 5, 1], ["str", 9, 1], ["body", 10, 1], ["str", 11, 1], ["lit", 15, 1], ["ident", 18, 1], ["ident", 19, 1], ["ident", 22, 1], ["ident", 23, 1], ["lit", 29, 1], ["lit", 30, 1], ["lit", 31, 1], ["body", 32, 1], ["lit", 35, 1], ["lit", 36, 1], ["str", 40, 1], ["lit", 41, 1], ["body", 42, 1], ["ident", 43, 1], ["ident", 45, 1], ["ident", 46, 1], ["ident", 47, 1]], spec: { "0": function(container, depth0, helpers2, partials, data) {
    return '["postgresql"]';
  }, "1": function(container, depth0, helpers2, partials, data) {
    return '["error", "slowquery"]';
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# Aurora Serverless v2 (" + ((stack1 = (lookupProperty(helpers2, "md") || depth0 && lookupProperty(depth0, "md") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "engine") : stack1, { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 24 }, "end": { "line": 1, "column": 39 } } })) != null ? stack1 : "") + "): capacity follows load between " + ((stack1 = (lookupProperty(helpers2, "md") || depth0 && lookupProperty(depth0, "md") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "minCapacity") : stack1, { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 72 }, "end": { "line": 1, "column": 92 } } })) != null ? stack1 : "") + " and " + ((stack1 = (lookupProperty(helpers2, "md") || depth0 && lookupProperty(depth0, "md") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "maxCapacity") : stack1, { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 97 }, "end": { "line": 1, "column": 117 } } })) != null ? stack1 : "") + " ACUs.\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "datastore_security_group"), depth0, { "name": "datastore_security_group", "hash": { "clients": depth0 != null ? lookupProperty(depth0, "clients") : depth0, "port": depth0 != null ? lookupProperty(depth0, "port") : depth0, "label": "aurora", "id": depth0 != null ? lookupProperty(depth0, "id") : depth0 }, "data": data, "helpers": helpers2, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + '\nresource "aws_db_subnet_group" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 31 }, "end": { "line": 4, "column": 41 } } })) != null ? stack1 : "") + ' {\n  name       = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 37 }, "end": { "line": 5, "column": 48 } } })) != null ? stack1 : "") + '"\n  subnet_ids = aws_subnet.private[*].id\n}\n\nresource "aws_rds_cluster" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 27 }, "end": { "line": 9, "column": 37 } } })) != null ? stack1 : "") + ' {\n  cluster_identifier = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 45 }, "end": { "line": 10, "column": 56 } } })) != null ? stack1 : "") + '"\n  engine             = ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "engine") : stack1, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 23 }, "end": { "line": 11, "column": 39 } } })) != null ? stack1 : "") + '\n  engine_mode        = "provisioned"\n  database_name      = "app"\n  master_username    = "app_admin"\n  port               = ' + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "port") : depth0, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 23 }, "end": { "line": 15, "column": 35 } } })) != null ? stack1 : "") + "\n\n  # Write-only: never stored in state (see the connection secret below).\n  master_password_wo         = ephemeral.random_password." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 18, "column": 57 }, "end": { "line": 18, "column": 69 } } })) != null ? stack1 : "") + ".result\n  master_password_wo_version = var." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 35 }, "end": { "line": 19, "column": 47 } } })) != null ? stack1 : "") + "_password_version\n\n  storage_encrypted      = true\n  db_subnet_group_name   = aws_db_subnet_group." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 22, "column": 47 }, "end": { "line": 22, "column": 59 } } })) != null ? stack1 : "") + ".name\n  vpc_security_group_ids = [aws_security_group." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 47 }, "end": { "line": 23, "column": 59 } } })) != null ? stack1 : "") + "_db.id]\n\n  iam_database_authentication_enabled = true\n  enabled_cloudwatch_logs_exports     = " + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (lookupProperty(helpers2, "eq") || depth0 && lookupProperty(depth0, "eq") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "engine") : stack1, "aurora-postgresql", { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 26, "column": 46 }, "end": { "line": 26, "column": 79 } } }), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(1, data, 0), "data": data, "loc": { "start": { "line": 26, "column": 40 }, "end": { "line": 26, "column": 132 } } })) != null ? stack1 : "") + "\n  copy_tags_to_snapshot               = true\n\n  backup_retention_period   = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "backupRetentionDays") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 29, "column": 30 }, "end": { "line": 29, "column": 59 } } })) != null ? stack1 : "") + "\n  deletion_protection       = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "deletionProtection") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 30, "column": 30 }, "end": { "line": 30, "column": 58 } } })) != null ? stack1 : "") + "\n  skip_final_snapshot       = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (lookupProperty(helpers2, "not") || depth0 && lookupProperty(depth0, "not") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "prod") : stack1, { "name": "not", "hash": {}, "data": data, "loc": { "start": { "line": 31, "column": 36 }, "end": { "line": 31, "column": 53 } } }), { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 31, "column": 30 }, "end": { "line": 31, "column": 55 } } })) != null ? stack1 : "") + '\n  final_snapshot_identifier = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 52 }, "end": { "line": 32, "column": 63 } } })) != null ? stack1 : "") + '-final"\n\n  serverlessv2_scaling_configuration {\n    min_capacity = ' + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "minCapacity") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 35, "column": 19 }, "end": { "line": 35, "column": 40 } } })) != null ? stack1 : "") + "\n    max_capacity = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "maxCapacity") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 36, "column": 19 }, "end": { "line": 36, "column": 40 } } })) != null ? stack1 : "") + '\n  }\n}\n\nresource "aws_rds_cluster_instance" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 40, "column": 36 }, "end": { "line": 40, "column": 46 } } })) != null ? stack1 : "") + " {\n  count                      = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "instances") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 41, "column": 31 }, "end": { "line": 41, "column": 50 } } })) != null ? stack1 : "") + '\n  identifier                 = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 42, "column": 53 }, "end": { "line": 42, "column": 64 } } })) != null ? stack1 : "") + '-${count.index}"\n  cluster_identifier         = aws_rds_cluster.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 47 }, "end": { "line": 43, "column": 59 } } })) != null ? stack1 : "") + '.id\n  instance_class             = "db.serverless"\n  engine                     = aws_rds_cluster.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 45, "column": 47 }, "end": { "line": 45, "column": 59 } } })) != null ? stack1 : "") + ".engine\n  engine_version             = aws_rds_cluster." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 46, "column": 47 }, "end": { "line": 46, "column": 59 } } })) != null ? stack1 : "") + ".engine_version\n  db_subnet_group_name       = aws_db_subnet_group." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 47, "column": 51 }, "end": { "line": 47, "column": 63 } } })) != null ? stack1 : "") + ".name\n  publicly_accessible        = false\n  auto_minor_version_upgrade = true\n}\n\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "connection_secret"), depth0, { "name": "connection_secret", "hash": { "module": depth0 != null ? lookupProperty(depth0, "module") : depth0, "urls": depth0 != null ? lookupProperty(depth0, "urls") : depth0, "host": (lookupProperty(helpers2, "text") || depth0 && lookupProperty(depth0, "text") || alias2).call(alias1, "aws_rds_cluster.", depth0 != null ? lookupProperty(depth0, "id") : depth0, ".endpoint", { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 52, "column": 58 }, "end": { "line": 52, "column": 98 } } }), "port": depth0 != null ? lookupProperty(depth0, "port") : depth0, "label": "Aurora", "id": depth0 != null ? lookupProperty(depth0, "id") : depth0 }, "data": data, "helpers": helpers2, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "");
  }, "usePartial": true, "useData": true } }],
  ["7aa2de84b064583ccfd8c9a21ee817ed78b06c08497129356b22de84ea49791e", { file: "aws/terraform/components/cloudfront.tf.hbs", mustaches: [["md", 1, 1], ["str", 2, 1], ["body", 3, 1], ["str", 4, 1], ["str", 10, 1], ["str", 14, 1], ["str", 19, 1], ["body", 20, 1], ["body", 29, 1], ["body", 38, 1], ["body", 39, 1], ["str", 47, 1], ["str", 51, 1], ["str", 57, 1], ["body", 59, 1], ["str", 67, 1], ["body", 71, 1], ["str", 72, 1], ["str", 73, 1], ["ident", 75, 1], ["ident", 80, 1], ["ident", 81, 1], ["ident", 105, 1], ["ident", 106, 1], ["ident", 107, 1], ["ident", 117, 1], ["ident", 118, 1], ["ident", 122, 1]], spec: { "0": function(container, depth0, helpers2, partials, data) {
    return "a single-page app's routes (no file extension) load the index, so deep links work";
  }, "1": function(container, depth0, helpers2, partials, data) {
    return '"/docs/" and "/docs" load "/docs/index.html" (S3 through origin access control has no index documents)';
  }, "2": function(container, depth0, helpers2, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  code    = <<-EOT\n    function handler(event) {\n      var request = event.request;\n      var last = request.uri.split('/').pop();\n      if (last.indexOf('.') === -1) request.uri = '/" + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || container.hooks.helperMissing).call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "siteIndex") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 29, "column": 52 }, "end": { "line": 29, "column": 70 } } })) != null ? stack1 : "") + "';\n      return request;\n    }\n  EOT\n";
  }, "3": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  code    = <<-EOT\n    function handler(event) {\n      var request = event.request;\n      var uri = request.uri;\n      if (uri.endsWith('/')) request.uri = uri + '" + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "siteIndex") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 38, "column": 50 }, "end": { "line": 38, "column": 68 } } })) != null ? stack1 : "") + "';\n      else if (uri.split('/').pop().indexOf('.') === -1) request.uri = uri + '/" + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "siteIndex") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 39, "column": 79 }, "end": { "line": 39, "column": 97 } } })) != null ? stack1 : "") + "';\n      return request;\n    }\n  EOT\n";
  }, "4": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '\ndata "aws_cloudfront_cache_policy" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_no_cache", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 47, "column": 41 }, "end": { "line": 47, "column": 62 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 47, "column": 35 }, "end": { "line": 47, "column": 64 } } })) != null ? stack1 : "") + ' {\n  name = "Managed-CachingDisabled"\n}\n\ndata "aws_cloudfront_origin_request_policy" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_api", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 51, "column": 50 }, "end": { "line": 51, "column": 66 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 51, "column": 44 }, "end": { "line": 51, "column": 68 } } })) != null ? stack1 : "") + ' {\n  name = "Managed-AllViewerExceptHostHeader"\n}\n';
  }, "5": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '\nresource "aws_wafv2_web_acl" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 57, "column": 29 }, "end": { "line": 57, "column": 39 } } })) != null ? stack1 : "") + ' {\n  provider    = aws.us_east_1\n  name        = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "service") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 59, "column": 38 }, "end": { "line": 59, "column": 54 } } })) != null ? stack1 : "") + '"\n  description = "AWS managed common rule set"\n  scope       = "CLOUDFRONT"\n\n' + ((stack1 = container.invokePartial(lookupProperty(partials, "waf_managed_rules"), depth0, { "name": "waf_managed_rules", "hash": { "service": depth0 != null ? lookupProperty(depth0, "service") : depth0 }, "data": data, "helpers": helpers2, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "}\n";
  }, "6": function(container, depth0, helpers2, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  web_acl_id          = aws_wafv2_web_acl." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || container.hooks.helperMissing).call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 75, "column": 42 }, "end": { "line": 75, "column": 54 } } })) != null ? stack1 : "") + ".arn\n";
  }, "7": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return `
  # /api/* goes to the services behind the load balancer, by its public host name (its certificate's).
  origin {
    origin_id   = "api"
    domain_name = local.public_host

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  ordered_cache_behavior {
    path_pattern               = "/api/*"
    target_origin_id           = "api"
    viewer_protocol_policy     = "https-only"
    allowed_methods            = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]
    cached_methods             = ["GET", "HEAD"]
    compress                   = true
    cache_policy_id            = data.aws_cloudfront_cache_policy.` + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 105, "column": 66 }, "end": { "line": 105, "column": 78 } } })) != null ? stack1 : "") + "_no_cache.id\n    origin_request_policy_id   = data.aws_cloudfront_origin_request_policy." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 106, "column": 75 }, "end": { "line": 106, "column": 87 } } })) != null ? stack1 : "") + "_api.id\n    response_headers_policy_id = data.aws_cloudfront_response_headers_policy." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 107, "column": 77 }, "end": { "line": 107, "column": 89 } } })) != null ? stack1 : "") + "_security_headers.id\n  }\n";
  }, "8": function(container, depth0, helpers2, partials, data) {
    return `
  # A missing page answers 404 with the site's 404.html (S3 says 403 for a missing object here).
  custom_error_response {
    error_code         = 403
    response_code      = 404
    response_page_path = "/404.html"
  }

  custom_error_response {
    error_code         = 404
    response_code      = 404
    response_page_path = "/404.html"
  }
`;
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# " + ((stack1 = (lookupProperty(helpers2, "md") || depth0 && lookupProperty(depth0, "md") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "service") : depth0, { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 2 }, "end": { "line": 1, "column": 16 } } })) != null ? stack1 : "") + ': CloudFront distribution reading the private bucket through origin access control.\nresource "aws_cloudfront_origin_access_control" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 48 }, "end": { "line": 2, "column": 58 } } })) != null ? stack1 : "") + ' {\n  name                              = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "service") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 60 }, "end": { "line": 3, "column": 76 } } })) != null ? stack1 : "") + '"\n  description                       = ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "text") || depth0 && lookupProperty(depth0, "text") || alias2).call(alias1, "Read access to the ", depth0 != null ? lookupProperty(depth0, "service") : depth0, " bucket", { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 44 }, "end": { "line": 4, "column": 90 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 38 }, "end": { "line": 4, "column": 92 } } })) != null ? stack1 : "") + '\n  origin_access_control_origin_type = "s3"\n  signing_behavior                  = "always"\n  signing_protocol                  = "sigv4"\n}\n\ndata "aws_cloudfront_cache_policy" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_caching", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 41 }, "end": { "line": 10, "column": 61 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 35 }, "end": { "line": 10, "column": 63 } } })) != null ? stack1 : "") + ' {\n  name = "Managed-CachingOptimized"\n}\n\ndata "aws_cloudfront_response_headers_policy" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_security_headers", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 52 }, "end": { "line": 14, "column": 81 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 46 }, "end": { "line": 14, "column": 83 } } })) != null ? stack1 : "") + ' {\n  name = "Managed-SecurityHeadersPolicy"\n}\n\n# Paths to objects: ' + ((stack1 = lookupProperty(helpers2, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "singlePageApp") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(1, data, 0), "data": data, "loc": { "start": { "line": 18, "column": 20 }, "end": { "line": 18, "column": 239 } } })) != null ? stack1 : "") + '.\nresource "aws_cloudfront_function" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_paths", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 41 }, "end": { "line": 19, "column": 59 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 35 }, "end": { "line": 19, "column": 61 } } })) != null ? stack1 : "") + ' {\n  name    = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "service") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 20, "column": 34 }, "end": { "line": 20, "column": 50 } } })) != null ? stack1 : "") + '-paths"\n  runtime = "cloudfront-js-2.0"\n  comment = "Rewrite paths to objects"\n  publish = true\n' + ((stack1 = lookupProperty(helpers2, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "singlePageApp") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.program(3, data, 0), "data": data, "loc": { "start": { "line": 24, "column": 0 }, "end": { "line": 43, "column": 7 } } })) != null ? stack1 : "") + "}\n" + ((stack1 = lookupProperty(helpers2, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "apiOrigin") : depth0, { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 45, "column": 0 }, "end": { "line": 54, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "waf") : stack1, { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 55, "column": 0 }, "end": { "line": 65, "column": 7 } } })) != null ? stack1 : "") + '\nresource "aws_cloudfront_distribution" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 67, "column": 39 }, "end": { "line": 67, "column": 49 } } })) != null ? stack1 : "") + ' {\n  enabled             = true\n  is_ipv6_enabled     = true\n  http_version        = "http2and3"\n  comment             = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "service") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 71, "column": 46 }, "end": { "line": 71, "column": 62 } } })) != null ? stack1 : "") + '"\n  default_root_object = ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "siteIndex") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 72, "column": 24 }, "end": { "line": 72, "column": 41 } } })) != null ? stack1 : "") + "\n  price_class         = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "priceClass") : stack1, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 73, "column": 24 }, "end": { "line": 73, "column": 44 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "waf") : stack1, { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 74, "column": 0 }, "end": { "line": 76, "column": 7 } } })) != null ? stack1 : "") + '\n  origin {\n    origin_id                = "site"\n    domain_name              = aws_s3_bucket.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 80, "column": 45 }, "end": { "line": 80, "column": 57 } } })) != null ? stack1 : "") + "_site.bucket_regional_domain_name\n    origin_access_control_id = aws_cloudfront_origin_access_control." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 81, "column": 68 }, "end": { "line": 81, "column": 80 } } })) != null ? stack1 : "") + ".id\n  }\n" + ((stack1 = lookupProperty(helpers2, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "apiOrigin") : depth0, { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 83, "column": 0 }, "end": { "line": 109, "column": 7 } } })) != null ? stack1 : "") + '\n  default_cache_behavior {\n    target_origin_id           = "site"\n    viewer_protocol_policy     = "redirect-to-https"\n    allowed_methods            = ["GET", "HEAD", "OPTIONS"]\n    cached_methods             = ["GET", "HEAD"]\n    compress                   = true\n    cache_policy_id            = data.aws_cloudfront_cache_policy.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 117, "column": 66 }, "end": { "line": 117, "column": 78 } } })) != null ? stack1 : "") + "_caching.id\n    response_headers_policy_id = data.aws_cloudfront_response_headers_policy." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 118, "column": 77 }, "end": { "line": 118, "column": 89 } } })) != null ? stack1 : "") + '_security_headers.id\n\n    function_association {\n      event_type   = "viewer-request"\n      function_arn = aws_cloudfront_function.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 122, "column": 45 }, "end": { "line": 122, "column": 57 } } })) != null ? stack1 : "") + "_paths.arn\n    }\n  }\n" + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (lookupProperty(helpers2, "not") || depth0 && lookupProperty(depth0, "not") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "singlePageApp") : depth0, { "name": "not", "hash": {}, "data": data, "loc": { "start": { "line": 125, "column": 6 }, "end": { "line": 125, "column": 25 } } }), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 125, "column": 0 }, "end": { "line": 139, "column": 7 } } })) != null ? stack1 : "") + '\n  restrictions {\n    geo_restriction {\n      restriction_type = "none"\n    }\n  }\n\n  viewer_certificate {\n    cloudfront_default_certificate = true\n  }\n}\n';
  }, "usePartial": true, "useData": true } }],
  ["be6ce90cd243ca8a16519aa9386267b3e475ea0c4c03fdd62ceb8ca560f0852b", { file: "aws/terraform/components/documentdb.tf.hbs", mustaches: [["str", 4, 1], ["body", 5, 1], ["str", 9, 1], ["body", 10, 1], ["str", 24, 1], ["body", 25, 1], ["ident", 28, 1], ["ident", 29, 1], ["ident", 31, 1], ["ident", 32, 1], ["ident", 33, 1], ["lit", 35, 1], ["lit", 36, 1], ["lit", 37, 1], ["body", 38, 1], ["str", 41, 1], ["lit", 42, 1], ["body", 43, 1], ["ident", 44, 1], ["str", 45, 1]], spec: { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# DocumentDB (MongoDB-compatible, partially: see README): private, TLS enforced, audit logs on.\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "datastore_security_group"), depth0, { "name": "datastore_security_group", "hash": { "clients": depth0 != null ? lookupProperty(depth0, "clients") : depth0, "port": 27017, "label": "documentdb", "id": depth0 != null ? lookupProperty(depth0, "id") : depth0 }, "data": data, "helpers": helpers2, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + '\nresource "aws_docdb_subnet_group" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 34 }, "end": { "line": 4, "column": 44 } } })) != null ? stack1 : "") + ' {\n  name       = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 37 }, "end": { "line": 5, "column": 48 } } })) != null ? stack1 : "") + '"\n  subnet_ids = aws_subnet.private[*].id\n}\n\nresource "aws_docdb_cluster_parameter_group" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 45 }, "end": { "line": 9, "column": 55 } } })) != null ? stack1 : "") + ' {\n  name   = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 33 }, "end": { "line": 10, "column": 44 } } })) != null ? stack1 : "") + '"\n  family = "docdb5.0"\n\n  parameter {\n    name  = "tls"\n    value = "enabled"\n  }\n\n  parameter {\n    name  = "audit_logs"\n    value = "enabled"\n  }\n}\n\nresource "aws_docdb_cluster" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 24, "column": 29 }, "end": { "line": 24, "column": 39 } } })) != null ? stack1 : "") + ' {\n  cluster_identifier              = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 25, "column": 58 }, "end": { "line": 25, "column": 69 } } })) != null ? stack1 : "") + '"\n  engine                          = "docdb"\n  master_username                 = "app_admin"\n  master_password_wo              = ephemeral.random_password.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 28, "column": 62 }, "end": { "line": 28, "column": 74 } } })) != null ? stack1 : "") + ".result\n  master_password_wo_version      = var." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 29, "column": 40 }, "end": { "line": 29, "column": 52 } } })) != null ? stack1 : "") + "_password_version\n  storage_encrypted               = true\n  db_subnet_group_name            = aws_docdb_subnet_group." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 31, "column": 59 }, "end": { "line": 31, "column": 71 } } })) != null ? stack1 : "") + ".name\n  vpc_security_group_ids          = [aws_security_group." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 56 }, "end": { "line": 32, "column": 68 } } })) != null ? stack1 : "") + "_db.id]\n  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 70 }, "end": { "line": 33, "column": 82 } } })) != null ? stack1 : "") + '.name\n  enabled_cloudwatch_logs_exports = ["audit", "profiler"]\n  backup_retention_period         = ' + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "backupRetentionDays") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 35, "column": 36 }, "end": { "line": 35, "column": 65 } } })) != null ? stack1 : "") + "\n  deletion_protection             = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "deletionProtection") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 36, "column": 36 }, "end": { "line": 36, "column": 64 } } })) != null ? stack1 : "") + "\n  skip_final_snapshot             = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (lookupProperty(helpers2, "not") || depth0 && lookupProperty(depth0, "not") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "prod") : stack1, { "name": "not", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 42 }, "end": { "line": 37, "column": 59 } } }), { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 36 }, "end": { "line": 37, "column": 61 } } })) != null ? stack1 : "") + '\n  final_snapshot_identifier       = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 38, "column": 58 }, "end": { "line": 38, "column": 69 } } })) != null ? stack1 : "") + '-final"\n}\n\nresource "aws_docdb_cluster_instance" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 41, "column": 38 }, "end": { "line": 41, "column": 48 } } })) != null ? stack1 : "") + " {\n  count                      = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "instances") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 42, "column": 31 }, "end": { "line": 42, "column": 50 } } })) != null ? stack1 : "") + '\n  identifier                 = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 53 }, "end": { "line": 43, "column": 64 } } })) != null ? stack1 : "") + '-${count.index}"\n  cluster_identifier         = aws_docdb_cluster.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 49 }, "end": { "line": 44, "column": 61 } } })) != null ? stack1 : "") + ".id\n  instance_class             = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "instanceClass") : stack1, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 45, "column": 31 }, "end": { "line": 45, "column": 54 } } })) != null ? stack1 : "") + "\n  auto_minor_version_upgrade = true\n}\n\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "connection_secret"), depth0, { "name": "connection_secret", "hash": { "module": depth0 != null ? lookupProperty(depth0, "module") : depth0, "urls": depth0 != null ? lookupProperty(depth0, "urls") : depth0, "host": (lookupProperty(helpers2, "text") || depth0 && lookupProperty(depth0, "text") || alias2).call(alias1, "aws_docdb_cluster.", depth0 != null ? lookupProperty(depth0, "id") : depth0, ".endpoint", { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 49, "column": 63 }, "end": { "line": 49, "column": 105 } } }), "port": 27017, "label": "DocumentDB", "id": depth0 != null ? lookupProperty(depth0, "id") : depth0 }, "data": data, "helpers": helpers2, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "");
  }, "usePartial": true, "useData": true } }],
  ["9bb546a75df415d08a6f6dd0027b823e90daac5673efbeedac54b6dc866c1967", { file: "aws/terraform/components/dynamodb-table.tf.hbs", mustaches: [["str", 1, 1], ["body", 2, 1], ["str", 3, 1], ["str", 4, 1], ["str", 6, 1], ["lit", 9, 1], ["lit", 10, 1], ["lit", 12, 1], ["str", 15, 1], ["str", 21, 1], ["lit", 27, 1]], spec: { "0": function(container, depth0, helpers2, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  range_key                   = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || container.hooks.helperMissing).call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "rangeKey") : stack1, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 32 }, "end": { "line": 6, "column": 50 } } })) != null ? stack1 : "") + "\n";
  }, "1": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  read_capacity               = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "readCapacity") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 32 }, "end": { "line": 9, "column": 54 } } })) != null ? stack1 : "") + "\n  write_capacity              = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "writeCapacity") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 32 }, "end": { "line": 10, "column": 55 } } })) != null ? stack1 : "") + "\n";
  }, "2": function(container, depth0, helpers2, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "\n  attribute {\n    name = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || container.hooks.helperMissing).call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "rangeKey") : stack1, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 21, "column": 11 }, "end": { "line": 21, "column": 29 } } })) != null ? stack1 : "") + '\n    type = "S"\n  }\n';
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return 'resource "aws_dynamodb_table" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 30 }, "end": { "line": 1, "column": 40 } } })) != null ? stack1 : "") + ' {\n  name                        = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "name") : stack1, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 54 }, "end": { "line": 2, "column": 69 } } })) != null ? stack1 : "") + '"\n  billing_mode                = ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "billingMode") : stack1, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 32 }, "end": { "line": 3, "column": 53 } } })) != null ? stack1 : "") + "\n  hash_key                    = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "hashKey") : stack1, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 32 }, "end": { "line": 4, "column": 49 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "rangeKey") : stack1, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 7, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (lookupProperty(helpers2, "eq") || depth0 && lookupProperty(depth0, "eq") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "billingMode") : stack1, "PROVISIONED", { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 6 }, "end": { "line": 8, "column": 38 } } }), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 11, "column": 7 } } })) != null ? stack1 : "") + "  deletion_protection_enabled = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "deletionProtection") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 32 }, "end": { "line": 12, "column": 60 } } })) != null ? stack1 : "") + "\n\n  attribute {\n    name = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "hashKey") : stack1, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 11 }, "end": { "line": 15, "column": 28 } } })) != null ? stack1 : "") + '\n    type = "S"\n  }\n' + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "rangeKey") : stack1, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 24, "column": 7 } } })) != null ? stack1 : "") + "\n  point_in_time_recovery {\n    enabled = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "pointInTimeRecovery") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 14 }, "end": { "line": 27, "column": 43 } } })) != null ? stack1 : "") + "\n  }\n\n  server_side_encryption {\n    enabled = true\n  }\n}\n";
  }, "useData": true } }],
  ["1c749c8bf0270ead4cb49528a7eae56c94bc171de63ffb9670b323e514e7ac32", { file: "aws/terraform/components/ecs-cluster.tf.hbs", mustaches: [], spec: { "0": function(container, depth0, helpers2, partials, data) {
    return '"enabled"';
  }, "1": function(container, depth0, helpers2, partials, data) {
    return '"disabled"';
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '# Cloud Map namespace for ECS Service Connect: services reach each other by name ("api:8080").\nresource "aws_service_discovery_http_namespace" "main" {\n  name        = local.name_prefix\n  description = "Service Connect names of the ${local.name_prefix} services"\n}\n\nresource "aws_ecs_cluster" "main" {\n  name = local.name_prefix\n\n  service_connect_defaults {\n    namespace = aws_service_discovery_http_namespace.main.arn\n  }\n\n  setting {\n    name  = "containerInsights"\n    value = ' + ((stack1 = lookupProperty(helpers2, "if").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "containerInsights") : stack1, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(1, data, 0), "data": data, "loc": { "start": { "line": 16, "column": 12 }, "end": { "line": 16, "column": 73 } } })) != null ? stack1 : "") + '\n  }\n}\n\nresource "aws_ecs_cluster_capacity_providers" "main" {\n  cluster_name       = aws_ecs_cluster.main.name\n  capacity_providers = ["FARGATE", "FARGATE_SPOT"]\n\n  default_capacity_provider_strategy {\n    capacity_provider = "FARGATE"\n    base              = 1\n    weight            = 1\n  }\n}\n\n' + ((stack1 = container.invokePartial(lookupProperty(partials, "assume_role_policy"), depth0, { "name": "assume_role_policy", "hash": { "principal": "ecs-tasks.amazonaws.com", "resourceName": "ecs_tasks_assume" }, "data": data, "helpers": helpers2, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "");
  }, "usePartial": true, "useData": true } }],
  ["6b6173a7d7cc3796aa799f5ef9635c234b158f5cda7d92a56df4471e37ab3f99", { file: "aws/terraform/components/elasticache-redis.tf.hbs", mustaches: [["str", 4, 1], ["body", 5, 1], ["str", 9, 1], ["body", 10, 1], ["str", 15, 1], ["lit", 16, 1], ["ident", 18, 1], ["ident", 19, 1], ["lit", 22, 1], ["lit", 23, 1], ["lit", 24, 1]], spec: { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# Redis on ElastiCache: private, encrypted at rest and in transit (clients must use TLS).\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "datastore_security_group"), depth0, { "name": "datastore_security_group", "hash": { "clients": depth0 != null ? lookupProperty(depth0, "clients") : depth0, "port": 6379, "label": "redis", "id": depth0 != null ? lookupProperty(depth0, "id") : depth0 }, "data": data, "helpers": helpers2, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + '\nresource "aws_elasticache_subnet_group" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 40 }, "end": { "line": 4, "column": 50 } } })) != null ? stack1 : "") + ' {\n  name       = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 37 }, "end": { "line": 5, "column": 48 } } })) != null ? stack1 : "") + '"\n  subnet_ids = aws_subnet.private[*].id\n}\n\nresource "aws_elasticache_replication_group" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 45 }, "end": { "line": 9, "column": 55 } } })) != null ? stack1 : "") + ' {\n  replication_group_id       = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 53 }, "end": { "line": 10, "column": 64 } } })) != null ? stack1 : "") + '"\n  description                = "Cache for ${local.name_prefix}"\n  engine                     = "redis"\n  engine_version             = "7.1"\n  parameter_group_name       = "default.redis7"\n  node_type                  = ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "nodeType") : stack1, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 31 }, "end": { "line": 15, "column": 49 } } })) != null ? stack1 : "") + "\n  num_cache_clusters         = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (lookupProperty(helpers2, "add") || depth0 && lookupProperty(depth0, "add") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "replicas") : stack1, 1, { "name": "add", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 37 }, "end": { "line": 16, "column": 55 } } }), { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 31 }, "end": { "line": 16, "column": 57 } } })) != null ? stack1 : "") + "\n  port                       = 6379\n  subnet_group_name          = aws_elasticache_subnet_group." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 18, "column": 60 }, "end": { "line": 18, "column": 72 } } })) != null ? stack1 : "") + ".name\n  security_group_ids         = [aws_security_group." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 51 }, "end": { "line": 19, "column": 63 } } })) != null ? stack1 : "") + "_db.id]\n  at_rest_encryption_enabled = true\n  transit_encryption_enabled = true\n  automatic_failover_enabled = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "automaticFailover") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 22, "column": 31 }, "end": { "line": 22, "column": 58 } } })) != null ? stack1 : "") + "\n  multi_az_enabled           = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "automaticFailover") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 31 }, "end": { "line": 23, "column": 58 } } })) != null ? stack1 : "") + "\n  snapshot_retention_limit   = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "snapshotRetentionDays") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 24, "column": 31 }, "end": { "line": 24, "column": 62 } } })) != null ? stack1 : "") + "\n  auto_minor_version_upgrade = true\n}\n";
  }, "usePartial": true, "useData": true } }],
  ["ffc2d34d7be61984e808d2205e58a54361e380029c06459fbb9eeb9ee341f65d", { file: "aws/terraform/components/github-deploy.tf.hbs", mustaches: [["ident", 113, 1], ["ident", 121, 1], ["ident", 121, 1], ["ident", 127, 1]], spec: { "0": function(container, depth0, helpers2, partials, data) {
    return ",\n# and sync the static sites";
  }, "1": function(container, depth0, helpers2, partials, data) {
    return '  statement {\n    # inframate:ignore:aws-iam-no-credentials-exposure ECR auth tokens cannot be scoped to a repository; pushes are limited by the PushImages statement.\n    sid       = "EcrAuth"\n    actions   = ["ecr:GetAuthorizationToken"]\n    resources = ["*"]\n  }\n\n  statement {\n    sid = "PushImages"\n    actions = [\n      "ecr:BatchCheckLayerAvailability",\n      "ecr:BatchGetImage",\n      "ecr:CompleteLayerUpload",\n      "ecr:DescribeImages",\n      "ecr:GetDownloadUrlForLayer",\n      "ecr:InitiateLayerUpload",\n      "ecr:PutImage",\n      "ecr:UploadLayerPart",\n    ]\n    resources = [for r in aws_ecr_repository.unit : r.arn]\n  }\n';
  }, "2": function(container, depth0, helpers2, partials, data) {
    return '\n  statement {\n    # inframate:ignore:aws-iam-no-wildcard-resource ECS task definition registration and description take no resource ARN.\n    sid       = "TaskDefinitions"\n    actions   = ["ecs:DescribeTaskDefinition", "ecs:RegisterTaskDefinition"]\n    resources = ["*"]\n  }\n\n  statement {\n    sid       = "RollServices"\n    actions   = ["ecs:DescribeServices", "ecs:UpdateService"]\n    resources = [for s in module.ecs_service : s.service_id]\n  }\n\n  statement {\n    sid       = "RunOneOffTasks"\n    actions   = ["ecs:RunTask"]\n    resources = [for s in module.ecs_service : "arn:aws:ecs:${var.aws_region}:${data.aws_caller_identity.current.account_id}:task-definition/${s.task_definition_family}:*"]\n\n    condition {\n      test     = "ArnEquals"\n      variable = "ecs:cluster"\n      values   = [aws_ecs_cluster.main.arn]\n    }\n  }\n\n  statement {\n    sid       = "WatchOneOffTasks"\n    actions   = ["ecs:DescribeTasks"]\n    resources = ["arn:aws:ecs:${var.aws_region}:${data.aws_caller_identity.current.account_id}:task/${aws_ecs_cluster.main.name}/*"]\n  }\n\n  statement {\n    sid       = "PassTaskRoles"\n    actions   = ["iam:PassRole"]\n    resources = concat([for s in module.ecs_service : s.execution_role_arn], [for s in module.ecs_service : s.task_role_arn])\n\n    condition {\n      test     = "StringEquals"\n      variable = "iam:PassedToService"\n      values   = ["ecs-tasks.amazonaws.com"]\n    }\n  }\n';
  }, "3": function(container, depth0, helpers2, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '\n  statement {\n    sid       = "UpdateFunctions"\n    actions   = ["lambda:GetFunction", "lambda:GetFunctionConfiguration", "lambda:UpdateFunctionCode"]\n    resources = concat(' + ((stack1 = lookupProperty(helpers2, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "functionSets") : depth0, { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 113, "column": 23 }, "end": { "line": 113, "column": 124 } } })) != null ? stack1 : "") + ")\n  }\n";
  }, "4": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "[for f in module." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || container.hooks.helperMissing).call(alias1, depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 113, "column": 62 }, "end": { "line": 113, "column": 76 } } })) != null ? stack1 : "") + " : f.arn]" + ((stack1 = lookupProperty(helpers2, "unless").call(alias1, data && lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 113, "column": 85 }, "end": { "line": 113, "column": 115 } } })) != null ? stack1 : "");
  }, "5": function(container, depth0, helpers2, partials, data) {
    return ", ";
  }, "6": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '\n  statement {\n    sid       = "SyncSites"\n    actions   = ["s3:DeleteObject", "s3:GetObject", "s3:ListBucket", "s3:PutObject"]\n    resources = [' + ((stack1 = lookupProperty(helpers2, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "sites") : depth0, { "name": "each", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 121, "column": 17 }, "end": { "line": 121, "column": 154 } } })) != null ? stack1 : "") + ']\n  }\n\n  statement {\n    sid       = "InvalidateSites"\n    actions   = ["cloudfront:CreateInvalidation", "cloudfront:GetInvalidation"]\n    resources = [' + ((stack1 = lookupProperty(helpers2, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "sites") : depth0, { "name": "each", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 127, "column": 17 }, "end": { "line": 127, "column": 117 } } })) != null ? stack1 : "") + "]\n  }\n";
  }, "7": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "aws_s3_bucket." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 121, "column": 46 }, "end": { "line": 121, "column": 60 } } })) != null ? stack1 : "") + '_site.arn, "${aws_s3_bucket.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 121, "column": 88 }, "end": { "line": 121, "column": 102 } } })) != null ? stack1 : "") + '_site.arn}/*"' + ((stack1 = lookupProperty(helpers2, "unless").call(alias1, data && lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 121, "column": 115 }, "end": { "line": 121, "column": 145 } } })) != null ? stack1 : "");
  }, "8": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "aws_cloudfront_distribution." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || container.hooks.helperMissing).call(alias1, depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 127, "column": 60 }, "end": { "line": 127, "column": 74 } } })) != null ? stack1 : "") + ".arn" + ((stack1 = lookupProperty(helpers2, "unless").call(alias1, data && lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 127, "column": 78 }, "end": { "line": 127, "column": 108 } } })) != null ? stack1 : "");
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# The deploy workflow (.github/workflows/deploy.yml) signs in with GitHub's OIDC token: no stored\n# AWS keys. The role trusts only workflow runs of var.github_repository on var.github_branch, and\n# may only push images, register task definitions, run one-off tasks and roll these services" + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "sites") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 92 }, "end": { "line": 4, "column": 34 } } })) != null ? stack1 : "") + '. Terraform itself is applied by people (or a separate pipeline).\nresource "aws_iam_openid_connect_provider" "github" {\n  url            = "https://token.actions.githubusercontent.com"\n  client_id_list = ["sts.amazonaws.com"]\n}\n\ndata "aws_iam_policy_document" "github_deploy_assume" {\n  statement {\n    actions = ["sts:AssumeRoleWithWebIdentity"]\n\n    principals {\n      type        = "Federated"\n      identifiers = [aws_iam_openid_connect_provider.github.arn]\n    }\n\n    condition {\n      test     = "StringEquals"\n      variable = "token.actions.githubusercontent.com:aud"\n      values   = ["sts.amazonaws.com"]\n    }\n\n    condition {\n      test     = "StringEquals"\n      variable = "token.actions.githubusercontent.com:sub"\n      values   = ["repo:${var.github_repository}:ref:refs/heads/${var.github_branch}"]\n    }\n  }\n}\n\nresource "aws_iam_role" "github_deploy" {\n  name                 = "${local.name_prefix}-github-deploy"\n  assume_role_policy   = data.aws_iam_policy_document.github_deploy_assume.json\n  max_session_duration = 3600\n}\n\ndata "aws_iam_policy_document" "github_deploy" {\n' + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "repos") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 40, "column": 0 }, "end": { "line": 62, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "services") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 63, "column": 0 }, "end": { "line": 107, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "functionSets") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 108, "column": 0 }, "end": { "line": 115, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "sites") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 116, "column": 0 }, "end": { "line": 129, "column": 7 } } })) != null ? stack1 : "") + '}\n\nresource "aws_iam_role_policy" "github_deploy" {\n  name   = "deploy"\n  role   = aws_iam_role.github_deploy.id\n  policy = data.aws_iam_policy_document.github_deploy.json\n}\n';
  }, "useData": true } }],
  ["a6e7d9233099c05494387c4993cf961ecfaaffc87caf52a7637a04054c3490ae", { file: "aws/terraform/components/lambda-function.tf.hbs", mustaches: [["md", 1, 1], ["lit", 1, 1], ["ident", 5, 1], ["str", 7, 1], ["str", 8, 1], ["str", 9, 1], ["str", 10, 1], ["str", 11, 1], ["expr", 12, 1], ["str", 15, 1], ["envValue", 15, 1], ["str", 25, 1], ["str", 31, 1], ["body", 32, 1], ["str", 33, 1], ["str", 37, 1], ["ident", 38, 1], ["str", 47, 1], ["ident", 48, 1], ["expr", 49, 1], ["lit", 51, 1], ["lit", 52, 1], ["str", 53, 1], ["str", 58, 1], ["ident", 60, 1], ["str", 65, 1], ["lit", 66, 1], ["lit", 67, 1], ["lit", 68, 1], ["ident", 75, 1], ["ident", 80, 1]], spec: { "0": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "    " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "key") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 4 }, "end": { "line": 7, "column": 20 } } })) != null ? stack1 : "") + " = {\n      handler             = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "handler") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 28 }, "end": { "line": 8, "column": 48 } } })) != null ? stack1 : "") + "\n      runtime             = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "runtime") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 28 }, "end": { "line": 9, "column": 48 } } })) != null ? stack1 : "") + "\n      placeholder_file    = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "placeholderFile") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 28 }, "end": { "line": 10, "column": 56 } } })) != null ? stack1 : "") + "\n      placeholder_source  = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "placeholderSource") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 28 }, "end": { "line": 11, "column": 58 } } })) != null ? stack1 : "") + "\n      dynamodb_table_arns = [" + ((stack1 = lookupProperty(helpers2, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "tableArns") : depth0, { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 29 }, "end": { "line": 12, "column": 105 } } })) != null ? stack1 : "") + "]\n      environment = {\n" + ((stack1 = lookupProperty(helpers2, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "env") : depth0, { "name": "each", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 16, "column": 9 } } })) != null ? stack1 : "") + "      }\n    }\n";
  }, "1": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = (lookupProperty(helpers2, "expr") || depth0 && lookupProperty(depth0, "expr") || container.hooks.helperMissing).call(alias1, depth0, { "name": "expr", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 53 }, "end": { "line": 12, "column": 66 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers2, "unless").call(alias1, data && lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 66 }, "end": { "line": 12, "column": 96 } } })) != null ? stack1 : "");
  }, "2": function(container, depth0, helpers2, partials, data) {
    return ", ";
  }, "3": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "        " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "name") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 8 }, "end": { "line": 15, "column": 25 } } })) != null ? stack1 : "") + " = " + ((stack1 = (lookupProperty(helpers2, "envValue") || depth0 && lookupProperty(depth0, "envValue") || alias2).call(alias1, depth0, { "name": "envValue", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 28 }, "end": { "line": 15, "column": 45 } } })) != null ? stack1 : "") + "\n";
  }, "4": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return `
# What the application's code may use besides its tables (queues, topics, secrets).
data "aws_iam_policy_document" ` + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_app", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 25, "column": 37 }, "end": { "line": 25, "column": 53 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 25, "column": 31 }, "end": { "line": 25, "column": 55 } } })) != null ? stack1 : "") + " {\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "app_iam_statements"), depth0, { "name": "app_iam_statements", "hash": { "iam": depth0 != null ? lookupProperty(depth0, "appIam") : depth0 }, "data": data, "helpers": helpers2, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "}\n";
  }, "5": function(container, depth0, helpers2, partials, data, blockParams, depths) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '\nresource "aws_security_group" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_lambda", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 31, "column": 36 }, "end": { "line": 31, "column": 55 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 31, "column": 30 }, "end": { "line": 31, "column": 57 } } })) != null ? stack1 : "") + ' {\n  name        = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "service") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 38 }, "end": { "line": 32, "column": 54 } } })) != null ? stack1 : "") + '-lambda"\n  description = ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "text") || depth0 && lookupProperty(depth0, "text") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "service") : depth0, " functions: egress to their datastores and AWS APIs", { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 22 }, "end": { "line": 33, "column": 90 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 16 }, "end": { "line": 33, "column": 92 } } })) != null ? stack1 : "") + '\n  vpc_id      = aws_vpc.main.id\n}\n\nresource "aws_vpc_security_group_egress_rule" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_lambda_https", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 52 }, "end": { "line": 37, "column": 77 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 46 }, "end": { "line": 37, "column": 79 } } })) != null ? stack1 : "") + " {\n  security_group_id = aws_security_group." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 38, "column": 41 }, "end": { "line": 38, "column": 53 } } })) != null ? stack1 : "") + '_lambda.id\n  cidr_ipv4         = "0.0.0.0/0"\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n  description       = "HTTPS to AWS APIs"\n}\n' + ((stack1 = lookupProperty(helpers2, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "network") : depth0, { "name": "each", "hash": {}, "fn": container.program(6, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 45, "column": 0 }, "end": { "line": 55, "column": 9 } } })) != null ? stack1 : "");
  }, "6": function(container, depth0, helpers2, partials, data, blockParams, depths) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '\nresource "aws_vpc_security_group_egress_rule" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depths[1] != null ? lookupProperty(depths[1], "id") : depths[1], "_lambda_to_", depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 47, "column": 52 }, "end": { "line": 47, "column": 86 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 47, "column": 46 }, "end": { "line": 47, "column": 88 } } })) != null ? stack1 : "") + " {\n  security_group_id            = aws_security_group." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depths[1] != null ? lookupProperty(depths[1], "id") : depths[1], { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 48, "column": 52 }, "end": { "line": 48, "column": 67 } } })) != null ? stack1 : "") + "_lambda.id\n  referenced_security_group_id = " + ((stack1 = (lookupProperty(helpers2, "expr") || depth0 && lookupProperty(depth0, "expr") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "sg") : depth0, { "name": "expr", "hash": {}, "data": data, "loc": { "start": { "line": 49, "column": 33 }, "end": { "line": 49, "column": 49 } } })) != null ? stack1 : "") + '\n  ip_protocol                  = "tcp"\n  from_port                    = ' + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "port") : depth0, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 51, "column": 33 }, "end": { "line": 51, "column": 50 } } })) != null ? stack1 : "") + "\n  to_port                      = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "port") : depth0, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 52, "column": 33 }, "end": { "line": 52, "column": 50 } } })) != null ? stack1 : "") + "\n  description                  = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "text") || depth0 && lookupProperty(depth0, "text") || alias2).call(alias1, "To ", depth0 != null ? lookupProperty(depth0, "label") : depth0, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 53, "column": 39 }, "end": { "line": 53, "column": 62 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 53, "column": 33 }, "end": { "line": 53, "column": 64 } } })) != null ? stack1 : "") + "\n}\n";
  }, "7": function(container, depth0, helpers2, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  app_policy_json      = data.aws_iam_policy_document." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || container.hooks.helperMissing).call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 75, "column": 54 }, "end": { "line": 75, "column": 66 } } })) != null ? stack1 : "") + "_app.json\n  attach_app_policy    = true\n";
  }, "8": function(container, depth0, helpers2, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  subnet_ids           = aws_subnet.private[*].id\n  security_group_ids   = [aws_security_group." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || container.hooks.helperMissing).call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 80, "column": 45 }, "end": { "line": 80, "column": 57 } } })) != null ? stack1 : "") + "_lambda.id]\n";
  }, "9": function(container, depth0, helpers2, partials, data) {
    return "  alarm_topic_arn      = aws_sns_topic.alarms.arn\n  alarms_enabled       = true\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data, blockParams, depths) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# " + ((stack1 = (lookupProperty(helpers2, "md") || depth0 && lookupProperty(depth0, "md") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "service") : depth0, { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 2 }, "end": { "line": 1, "column": 16 } } })) != null ? stack1 : "") + ": " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "count") : depth0, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 18 }, "end": { "line": 1, "column": 31 } } })) != null ? stack1 : "") + " Lambda function(s) from modules/lambda-function, one map entry each\n# (its own role, log group and errors alarm). Terraform creates them from a placeholder that answers\n# 503; the deploy workflow builds the repository and uploads each function's code.\nlocals {\n  " + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 2 }, "end": { "line": 5, "column": 14 } } })) != null ? stack1 : "") + "_functions = {\n" + ((stack1 = lookupProperty(helpers2, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "functions") : depth0, { "name": "each", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 19, "column": 9 } } })) != null ? stack1 : "") + "  }\n}\n" + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "appIam") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(4, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 0 }, "end": { "line": 28, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers2, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "inVpc") : depth0, { "name": "if", "hash": {}, "fn": container.program(5, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 29, "column": 0 }, "end": { "line": 56, "column": 7 } } })) != null ? stack1 : "") + "\nmodule " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 58, "column": 7 }, "end": { "line": 58, "column": 17 } } })) != null ? stack1 : "") + ' {\n  source   = "./modules/lambda-function"\n  for_each = local.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 60, "column": 19 }, "end": { "line": 60, "column": 31 } } })) != null ? stack1 : "") + '_functions\n\n  name                 = "${local.name_prefix}-${each.key}"\n  handler              = each.value.handler\n  runtime              = each.value.runtime\n  architecture         = ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "architecture") : stack1, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 65, "column": 25 }, "end": { "line": 65, "column": 47 } } })) != null ? stack1 : "") + "\n  memory_mb            = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "memoryMb") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 66, "column": 25 }, "end": { "line": 66, "column": 43 } } })) != null ? stack1 : "") + "\n  timeout_seconds      = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "timeoutSeconds") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 67, "column": 25 }, "end": { "line": 67, "column": 49 } } })) != null ? stack1 : "") + "\n  reserved_concurrency = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "reservedConcurrency") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 68, "column": 25 }, "end": { "line": 68, "column": 54 } } })) != null ? stack1 : "") + "\n  environment          = each.value.environment\n  dynamodb_table_arns  = each.value.dynamodb_table_arns\n  placeholder_file     = each.value.placeholder_file\n  placeholder_source   = each.value.placeholder_source\n  log_retention_days   = var.log_retention_days\n" + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "appIam") : depth0) != null ? lookupProperty(stack1, "length") : stack1, { "name": "if", "hash": {}, "fn": container.program(7, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 74, "column": 0 }, "end": { "line": 77, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers2, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "inVpc") : depth0, { "name": "if", "hash": {}, "fn": container.program(8, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 78, "column": 0 }, "end": { "line": 81, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "observability") : stack1, { "name": "if", "hash": {}, "fn": container.program(9, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 82, "column": 0 }, "end": { "line": 85, "column": 7 } } })) != null ? stack1 : "") + "}\n";
  }, "usePartial": true, "useData": true, "useDepths": true } }],
  ["fd87940755199a7f9d8bdb4c85f278365da57ba9b61a7bf40cbafae4bfdd2212", { file: "aws/terraform/components/observability.tf.hbs", mustaches: [["str", 48, 1], ["body", 49, 1], ["str", 50, 1], ["str", 51, 1], ["str", 52, 1], ["str", 53, 1], ["str", 54, 1], ["lit", 55, 1], ["lit", 56, 1], ["str", 64, 1], ["expr", 64, 1]], spec: { "0": function(container, depth0, helpers2, partials, data) {
    return "30";
  }, "1": function(container, depth0, helpers2, partials, data) {
    return "7";
  }, "2": function(container, depth0, helpers2, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers2, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "alarms") : depth0, { "name": "each", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 46, "column": 0 }, "end": { "line": 68, "column": 9 } } })) != null ? stack1 : "";
  }, "3": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '\nresource "aws_cloudwatch_metric_alarm" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 48, "column": 39 }, "end": { "line": 48, "column": 54 } } })) != null ? stack1 : "") + ' {\n  alarm_name          = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 49, "column": 46 }, "end": { "line": 49, "column": 62 } } })) != null ? stack1 : "") + '"\n  alarm_description   = ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "description") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 50, "column": 24 }, "end": { "line": 50, "column": 48 } } })) != null ? stack1 : "") + "\n  namespace           = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "namespace") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 51, "column": 24 }, "end": { "line": 51, "column": 46 } } })) != null ? stack1 : "") + "\n  metric_name         = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "metric") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 52, "column": 24 }, "end": { "line": 52, "column": 43 } } })) != null ? stack1 : "") + "\n  statistic           = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "statistic") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 53, "column": 24 }, "end": { "line": 53, "column": 46 } } })) != null ? stack1 : "") + "\n  comparison_operator = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "comparison") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 54, "column": 24 }, "end": { "line": 54, "column": 47 } } })) != null ? stack1 : "") + "\n  threshold           = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "threshold") : depth0, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 55, "column": 24 }, "end": { "line": 55, "column": 46 } } })) != null ? stack1 : "") + "\n  evaluation_periods  = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "periods") : depth0, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 56, "column": 24 }, "end": { "line": 56, "column": 44 } } })) != null ? stack1 : "") + '\n  period              = 300\n  treat_missing_data  = "notBreaching"\n  alarm_actions       = [aws_sns_topic.alarms.arn]\n  ok_actions          = [aws_sns_topic.alarms.arn]\n\n  dimensions = {\n' + ((stack1 = lookupProperty(helpers2, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "dimensions") : depth0, { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 63, "column": 0 }, "end": { "line": 65, "column": 9 } } })) != null ? stack1 : "") + "  }\n}\n";
  }, "4": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "    " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, data && lookupProperty(data, "key"), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 64, "column": 4 }, "end": { "line": 64, "column": 16 } } })) != null ? stack1 : "") + " = " + ((stack1 = (lookupProperty(helpers2, "expr") || depth0 && lookupProperty(depth0, "expr") || alias2).call(alias1, depth0, { "name": "expr", "hash": {}, "data": data, "loc": { "start": { "line": 64, "column": 19 }, "end": { "line": 64, "column": 32 } } })) != null ? stack1 : "") + "\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '# Alarms notify an SNS topic encrypted with a customer-managed key that CloudWatch may use\n# (the AWS-managed SNS key cannot be used by CloudWatch alarms).\ndata "aws_iam_policy_document" "alarms_key" {\n  statement {\n    sid       = "AccountAdministration"\n    actions   = ["kms:*"]\n    resources = ["*"]\n\n    principals {\n      type        = "AWS"\n      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]\n    }\n  }\n\n  statement {\n    sid       = "CloudWatchAlarms"\n    actions   = ["kms:Decrypt", "kms:GenerateDataKey*"]\n    resources = ["*"]\n\n    principals {\n      type        = "Service"\n      identifiers = ["cloudwatch.amazonaws.com"]\n    }\n  }\n}\n\nresource "aws_kms_key" "alarms" {\n  description             = "Encrypts the ${local.name_prefix} alarm topic"\n  enable_key_rotation     = true\n  deletion_window_in_days = ' + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "prod") : stack1, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(1, data, 0), "data": data, "loc": { "start": { "line": 30, "column": 28 }, "end": { "line": 30, "column": 65 } } })) != null ? stack1 : "") + '\n  policy                  = data.aws_iam_policy_document.alarms_key.json\n}\n\nresource "aws_sns_topic" "alarms" {\n  name              = "${local.name_prefix}-alarms"\n  kms_master_key_id = aws_kms_key.alarms.arn\n}\n\nresource "aws_sns_topic_subscription" "alarm_email" {\n  count     = var.alarm_email == "" ? 0 : 1\n  topic_arn = aws_sns_topic.alarms.arn\n  protocol  = "email"\n  endpoint  = var.alarm_email\n}\n' + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "alarms") : stack1, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 45, "column": 0 }, "end": { "line": 69, "column": 7 } } })) != null ? stack1 : "");
  }, "useData": true } }],
  ["a2de00d567d46a9b2989a10965e2645c3a981d8c4866a2f3974e392fd6237502", { file: "aws/terraform/components/opensearch.tf.hbs", mustaches: [["ident", 6, 1], ["body", 6, 1], ["str", 11, 1], ["ident", 14, 1], ["str", 23, 1], ["ident", 25, 1], ["str", 28, 1], ["ident", 31, 1], ["ident", 42, 1], ["ident", 43, 1], ["str", 47, 1], ["ident", 48, 1], ["ident", 50, 1], ["str", 53, 1], ["lit", 54, 1], ["lit", 55, 1], ["lit", 67, 1], ["ident", 85, 1], ["ident", 89, 1], ["ident", 93, 1], ["ident", 93, 1]], spec: { "0": function(container, depth0, helpers2, partials, data) {
    return "\n    zone_awareness_config {\n      availability_zone_count = 2\n    }\n";
  }, "1": function(container, depth0, helpers2, partials, data) {
    return "2";
  }, "2": function(container, depth0, helpers2, partials, data) {
    return "1";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# OpenSearch Service inside the VPC: encrypted at rest and between nodes, HTTPS with TLS 1.2+.\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "datastore_security_group"), depth0, { "name": "datastore_security_group", "hash": { "clients": depth0 != null ? lookupProperty(depth0, "clients") : depth0, "port": 443, "label": "opensearch", "id": depth0 != null ? lookupProperty(depth0, "id") : depth0 }, "data": data, "helpers": helpers2, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "\nlocals {\n  # OpenSearch domain names are limited to 28 characters.\n  " + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 2 }, "end": { "line": 6, "column": 14 } } })) != null ? stack1 : "") + '_domain_name = trimsuffix(substr("${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 69 }, "end": { "line": 6, "column": 80 } } })) != null ? stack1 : "") + '", 0, 28), "-")\n}\n\n' + ((stack1 = container.invokePartial(lookupProperty(partials, "log_group"), depth0, { "name": "log_group", "hash": { "suffix": "", "path": "/aws/opensearch", "resourceName": (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_search", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 27 }, "end": { "line": 9, "column": 46 } } }) }, "data": data, "helpers": helpers2, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + '\ndata "aws_iam_policy_document" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_search_logs", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 37 }, "end": { "line": 11, "column": 61 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 31 }, "end": { "line": 11, "column": 63 } } })) != null ? stack1 : "") + ' {\n  statement {\n    actions   = ["logs:CreateLogStream", "logs:PutLogEvents", "logs:PutLogEventsBatch"]\n    resources = ["${aws_cloudwatch_log_group.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 45 }, "end": { "line": 14, "column": 57 } } })) != null ? stack1 : "") + '_search.arn}:*"]\n\n    principals {\n      type        = "Service"\n      identifiers = ["es.amazonaws.com"]\n    }\n  }\n}\n\nresource "aws_cloudwatch_log_resource_policy" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_search", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 52 }, "end": { "line": 23, "column": 71 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 46 }, "end": { "line": 23, "column": 73 } } })) != null ? stack1 : "") + ' {\n  policy_name     = "${local.name_prefix}-opensearch"\n  policy_document = data.aws_iam_policy_document.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 25, "column": 49 }, "end": { "line": 25, "column": 61 } } })) != null ? stack1 : "") + '_search_logs.json\n}\n\ndata "aws_iam_policy_document" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_access", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 28, "column": 37 }, "end": { "line": 28, "column": 56 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 28, "column": 31 }, "end": { "line": 28, "column": 58 } } })) != null ? stack1 : "") + ' {\n  statement {\n    actions   = ["es:ESHttp*"]\n    resources = ["arn:aws:es:${var.aws_region}:${data.aws_caller_identity.current.account_id}:domain/${local.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 31, "column": 109 }, "end": { "line": 31, "column": 121 } } })) != null ? stack1 : "") + '_domain_name}/*"]\n\n    principals {\n      type        = "AWS"\n      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]\n    }\n  }\n}\n\n# A domain inside a VPC needs OpenSearch\'s service-linked role; a fresh account does not have it yet.\n# If the account already has AWSServiceRoleForAmazonOpenSearchService, import it instead:\n#   terraform import aws_iam_service_linked_role.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 42, "column": 49 }, "end": { "line": 42, "column": 61 } } })) != null ? stack1 : "") + '_opensearch arn:aws:iam::ACCOUNT:role/aws-service-role/opensearchservice.amazonaws.com/AWSServiceRoleForAmazonOpenSearchService\nresource "aws_iam_service_linked_role" "' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 40 }, "end": { "line": 43, "column": 52 } } })) != null ? stack1 : "") + '_opensearch" {\n  aws_service_name = "opensearchservice.amazonaws.com"\n}\n\nresource "aws_opensearch_domain" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 47, "column": 33 }, "end": { "line": 47, "column": 43 } } })) != null ? stack1 : "") + " {\n  domain_name     = local." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 48, "column": 26 }, "end": { "line": 48, "column": 38 } } })) != null ? stack1 : "") + '_domain_name\n  engine_version  = "OpenSearch_2.17"\n  access_policies = data.aws_iam_policy_document.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 50, "column": 49 }, "end": { "line": 50, "column": 61 } } })) != null ? stack1 : "") + "_access.json\n\n  cluster_config {\n    instance_type          = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "instanceType") : stack1, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 53, "column": 29 }, "end": { "line": 53, "column": 51 } } })) != null ? stack1 : "") + "\n    instance_count         = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "instanceCount") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 54, "column": 29 }, "end": { "line": 54, "column": 52 } } })) != null ? stack1 : "") + "\n    zone_awareness_enabled = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "zoneAwareness") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 55, "column": 29 }, "end": { "line": 55, "column": 52 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "zoneAwareness") : stack1, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 56, "column": 0 }, "end": { "line": 61, "column": 7 } } })) != null ? stack1 : "") + '  }\n\n  ebs_options {\n    ebs_enabled = true\n    volume_type = "gp3"\n    volume_size = ' + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "volumeGb") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 67, "column": 18 }, "end": { "line": 67, "column": 36 } } })) != null ? stack1 : "") + '\n  }\n\n  encrypt_at_rest {\n    enabled = true\n  }\n\n  node_to_node_encryption {\n    enabled = true\n  }\n\n  domain_endpoint_options {\n    enforce_https       = true\n    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"\n  }\n\n  vpc_options {\n    subnet_ids         = slice(aws_subnet.private[*].id, 0, ' + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "zoneAwareness") : stack1, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.program(2, data, 0), "data": data, "loc": { "start": { "line": 84, "column": 60 }, "end": { "line": 84, "column": 100 } } })) != null ? stack1 : "") + ")\n    security_group_ids = [aws_security_group." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 85, "column": 45 }, "end": { "line": 85, "column": 57 } } })) != null ? stack1 : "") + "_db.id]\n  }\n\n  log_publishing_options {\n    cloudwatch_log_group_arn = aws_cloudwatch_log_group." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 89, "column": 56 }, "end": { "line": 89, "column": 68 } } })) != null ? stack1 : "") + '_search.arn\n    log_type                 = "ES_APPLICATION_LOGS"\n  }\n\n  depends_on = [aws_cloudwatch_log_resource_policy.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 93, "column": 51 }, "end": { "line": 93, "column": 63 } } })) != null ? stack1 : "") + "_search, aws_iam_service_linked_role." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 93, "column": 100 }, "end": { "line": 93, "column": 112 } } })) != null ? stack1 : "") + "_opensearch]\n}\n";
  }, "usePartial": true, "useData": true } }],
  ["baee128c2b6225668a3184ba3ab9f36a4ebaef61f24af22b0d971a43fc89bda7", { file: "aws/terraform/components/rds-mysql.tf.hbs", mustaches: [], spec: { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# MySQL on RDS: private subnets, reachable only from the services that use it.\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "rds_instance"), depth0, { "name": "rds_instance", "hash": { "logExports": (lookupProperty(helpers2, "list") || depth0 && lookupProperty(depth0, "list") || alias2).call(alias1, "error", "slowquery", { "name": "list", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 159 }, "end": { "line": 2, "column": 185 } } }), "tlsValue": "ON", "tlsParameter": "require_secure_transport", "family": (lookupProperty(helpers2, "text") || depth0 && lookupProperty(depth0, "text") || alias2).call(alias1, "mysql", (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "engineVersion") : stack1, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 63 }, "end": { "line": 2, "column": 93 } } }), "port": 3306, "label": "mysql", "engine": "mysql" }, "data": data, "helpers": helpers2, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "");
  }, "usePartial": true, "useData": true } }],
  ["004ffb367cec4a3781e99c12bef5275ff36d3480b55ff221e0c6587a649189f6", { file: "aws/terraform/components/rds-postgresql.tf.hbs", mustaches: [], spec: { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# PostgreSQL on RDS: private subnets, reachable only from the services that use it.\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "rds_instance"), depth0, { "name": "rds_instance", "hash": { "logExports": (lookupProperty(helpers2, "list") || depth0 && lookupProperty(depth0, "list") || alias2).call(alias1, "postgresql", "upgrade", { "name": "list", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 158 }, "end": { "line": 2, "column": 187 } } }), "tlsValue": "1", "tlsParameter": "rds.force_ssl", "family": (lookupProperty(helpers2, "text") || depth0 && lookupProperty(depth0, "text") || alias2).call(alias1, "postgres", (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "engineVersion") : stack1, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 71 }, "end": { "line": 2, "column": 104 } } }), "port": 5432, "label": "postgresql", "engine": "postgres" }, "data": data, "helpers": helpers2, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "");
  }, "usePartial": true, "useData": true } }],
  ["673766fc9fcb461ca22c08459ef960020dd8567f939c6ed2802d132a2dd3bbc9", { file: "aws/terraform/components/rds-sqlserver.tf.hbs", mustaches: [["str", 4, 1], ["body", 5, 1], ["str", 9, 1], ["body", 10, 1], ["str", 11, 1], ["str", 11, 1], ["str", 21, 1], ["body", 22, 1], ["str", 23, 1], ["str", 24, 1], ["str", 26, 1], ["ident", 32, 1], ["ident", 33, 1], ["lit", 35, 1], ["lit", 36, 1], ["ident", 40, 1], ["ident", 41, 1], ["ident", 42, 1], ["lit", 44, 1], ["lit", 48, 1], ["lit", 52, 1], ["lit", 53, 1], ["lit", 54, 1], ["body", 55, 1]], spec: { "0": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "text") || depth0 && lookupProperty(depth0, "text") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "edition") : stack1, "-16.0", { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 53 }, "end": { "line": 11, "column": 77 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 47 }, "end": { "line": 11, "column": 79 } } })) != null ? stack1 : "";
  }, "1": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "text") || depth0 && lookupProperty(depth0, "text") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "edition") : stack1, "-15.0", { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 93 }, "end": { "line": 11, "column": 117 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 87 }, "end": { "line": 11, "column": 119 } } })) != null ? stack1 : "";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# SQL Server on RDS (licence included): private subnets, reachable only from the services that use it.\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "datastore_security_group"), depth0, { "name": "datastore_security_group", "hash": { "clients": depth0 != null ? lookupProperty(depth0, "clients") : depth0, "port": 1433, "label": "sqlserver", "id": depth0 != null ? lookupProperty(depth0, "id") : depth0 }, "data": data, "helpers": helpers2, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + '\nresource "aws_db_subnet_group" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 31 }, "end": { "line": 4, "column": 41 } } })) != null ? stack1 : "") + ' {\n  name       = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 37 }, "end": { "line": 5, "column": 48 } } })) != null ? stack1 : "") + '"\n  subnet_ids = aws_subnet.private[*].id\n}\n\nresource "aws_db_parameter_group" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 34 }, "end": { "line": 9, "column": 44 } } })) != null ? stack1 : "") + ' {\n  name   = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 33 }, "end": { "line": 10, "column": 44 } } })) != null ? stack1 : "") + '"\n  family = ' + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (lookupProperty(helpers2, "eq") || depth0 && lookupProperty(depth0, "eq") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "engineVersion") : stack1, "16.00", { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 17 }, "end": { "line": 11, "column": 45 } } }), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(1, data, 0), "data": data, "loc": { "start": { "line": 11, "column": 11 }, "end": { "line": 11, "column": 126 } } })) != null ? stack1 : "") + '\n\n  # Clients must connect with TLS.\n  parameter {\n    name         = "rds.force_ssl"\n    value        = "1"\n    apply_method = "pending-reboot"\n  }\n}\n\nresource "aws_db_instance" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 21, "column": 27 }, "end": { "line": 21, "column": 37 } } })) != null ? stack1 : "") + ' {\n  identifier     = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 22, "column": 41 }, "end": { "line": 22, "column": 52 } } })) != null ? stack1 : "") + '"\n  engine         = ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "edition") : stack1, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 19 }, "end": { "line": 23, "column": 36 } } })) != null ? stack1 : "") + "\n  engine_version = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "engineVersion") : stack1, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 24, "column": 19 }, "end": { "line": 24, "column": 42 } } })) != null ? stack1 : "") + '\n  license_model  = "license-included"\n  instance_class = ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "instanceClass") : stack1, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 26, "column": 19 }, "end": { "line": 26, "column": 42 } } })) != null ? stack1 : "") + '\n  # SQL Server takes no initial database name: the application creates its database on first start.\n  username = "app_admin"\n  port     = 1433\n\n  # Write-only: never stored in state (see the connection secret below).\n  password_wo                 = ephemeral.random_password.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 58 }, "end": { "line": 32, "column": 70 } } })) != null ? stack1 : "") + ".result\n  password_wo_version         = var." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 36 }, "end": { "line": 33, "column": 48 } } })) != null ? stack1 : "") + "_password_version\n\n  allocated_storage     = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "allocatedStorageGb") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 35, "column": 26 }, "end": { "line": 35, "column": 54 } } })) != null ? stack1 : "") + "\n  max_allocated_storage = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "maxAllocatedStorageGb") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 36, "column": 26 }, "end": { "line": 36, "column": 57 } } })) != null ? stack1 : "") + '\n  storage_type          = "gp3"\n  storage_encrypted     = true\n\n  db_subnet_group_name   = aws_db_subnet_group.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 40, "column": 47 }, "end": { "line": 40, "column": 59 } } })) != null ? stack1 : "") + ".name\n  vpc_security_group_ids = [aws_security_group." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 41, "column": 47 }, "end": { "line": 41, "column": 59 } } })) != null ? stack1 : "") + "_db.id]\n  parameter_group_name   = aws_db_parameter_group." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 42, "column": 50 }, "end": { "line": 42, "column": 62 } } })) != null ? stack1 : "") + ".name\n  publicly_accessible    = false\n  multi_az               = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "multiAz") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 27 }, "end": { "line": 44, "column": 44 } } })) != null ? stack1 : "") + '\n\n  # IAM database authentication does not exist for SQL Server (MySQL and PostgreSQL only).\n  enabled_cloudwatch_logs_exports = ["agent", "error"]\n  performance_insights_enabled    = ' + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "performanceInsights") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 48, "column": 36 }, "end": { "line": 48, "column": 65 } } })) != null ? stack1 : "") + "\n  auto_minor_version_upgrade      = true\n  copy_tags_to_snapshot           = true\n\n  backup_retention_period   = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "backupRetentionDays") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 52, "column": 30 }, "end": { "line": 52, "column": 59 } } })) != null ? stack1 : "") + "\n  deletion_protection       = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "deletionProtection") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 53, "column": 30 }, "end": { "line": 53, "column": 58 } } })) != null ? stack1 : "") + "\n  skip_final_snapshot       = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (lookupProperty(helpers2, "not") || depth0 && lookupProperty(depth0, "not") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "prod") : stack1, { "name": "not", "hash": {}, "data": data, "loc": { "start": { "line": 54, "column": 36 }, "end": { "line": 54, "column": 53 } } }), { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 54, "column": 30 }, "end": { "line": 54, "column": 55 } } })) != null ? stack1 : "") + '\n  final_snapshot_identifier = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 55, "column": 52 }, "end": { "line": 55, "column": 63 } } })) != null ? stack1 : "") + '-final"\n}\n\n' + ((stack1 = container.invokePartial(lookupProperty(partials, "connection_secret"), depth0, { "name": "connection_secret", "hash": { "module": depth0 != null ? lookupProperty(depth0, "module") : depth0, "urls": depth0 != null ? lookupProperty(depth0, "urls") : depth0, "host": (lookupProperty(helpers2, "text") || depth0 && lookupProperty(depth0, "text") || alias2).call(alias1, "aws_db_instance.", depth0 != null ? lookupProperty(depth0, "id") : depth0, ".address", { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 58, "column": 62 }, "end": { "line": 58, "column": 101 } } }), "port": 1433, "label": "SQL Server", "id": depth0 != null ? lookupProperty(depth0, "id") : depth0 }, "data": data, "helpers": helpers2, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "");
  }, "usePartial": true, "useData": true } }],
  ["d3d8bbad0aeaf0b04f3c6409fa288d4a5e89627e3233d1acec112d4345579d71", { file: "aws/terraform/components/s3-static-site.tf.hbs", mustaches: [["md", 1, 1], ["str", 2, 1], ["body", 3, 1], ["str", 7, 1], ["ident", 8, 1], ["str", 15, 1], ["ident", 16, 1], ["str", 23, 1], ["ident", 24, 1], ["str", 33, 1], ["ident", 34, 1], ["str", 43, 1], ["ident", 44, 1], ["str", 63, 1], ["ident", 67, 1], ["ident", 77, 1], ["ident", 85, 1], ["ident", 85, 1], ["str", 100, 1], ["ident", 101, 1], ["ident", 102, 1], ["ident", 103, 1]], spec: { "0": function(container, depth0, helpers2, partials, data) {
    return '"Enabled"';
  }, "1": function(container, depth0, helpers2, partials, data) {
    return '"Suspended"';
  }, "2": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '\n# Old versions are kept 30 days: enough to roll back a bad deploy without paying for every build forever.\nresource "aws_s3_bucket_lifecycle_configuration" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_site", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 55 }, "end": { "line": 43, "column": 72 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 49 }, "end": { "line": 43, "column": 74 } } })) != null ? stack1 : "") + " {\n  bucket = aws_s3_bucket." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 25 }, "end": { "line": 44, "column": 37 } } })) != null ? stack1 : "") + '_site.id\n\n  rule {\n    id     = "expire-old-versions"\n    status = "Enabled"\n\n    filter {}\n\n    noncurrent_version_expiration {\n      noncurrent_days = 30\n    }\n\n    abort_incomplete_multipart_upload {\n      days_after_initiation = 7\n    }\n  }\n}\n';
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# " + ((stack1 = (lookupProperty(helpers2, "md") || depth0 && lookupProperty(depth0, "md") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "service") : depth0, { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 2 }, "end": { "line": 1, "column": 16 } } })) != null ? stack1 : "") + ': private bucket for the static build; only its CloudFront distribution can read it.\nresource "aws_s3_bucket" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_site", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 31 }, "end": { "line": 2, "column": 48 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 25 }, "end": { "line": 2, "column": 50 } } })) != null ? stack1 : "") + ' {\n  bucket        = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "service") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 40 }, "end": { "line": 3, "column": 56 } } })) != null ? stack1 : "") + '-${data.aws_caller_identity.current.account_id}"\n  force_destroy = false\n}\n\nresource "aws_s3_bucket_public_access_block" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_site", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 51 }, "end": { "line": 7, "column": 68 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 45 }, "end": { "line": 7, "column": 70 } } })) != null ? stack1 : "") + " {\n  bucket                  = aws_s3_bucket." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 42 }, "end": { "line": 8, "column": 54 } } })) != null ? stack1 : "") + '_site.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n\nresource "aws_s3_bucket_ownership_controls" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_site", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 50 }, "end": { "line": 15, "column": 67 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 44 }, "end": { "line": 15, "column": 69 } } })) != null ? stack1 : "") + " {\n  bucket = aws_s3_bucket." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 25 }, "end": { "line": 16, "column": 37 } } })) != null ? stack1 : "") + '_site.id\n\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_site", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 68 }, "end": { "line": 23, "column": 85 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 62 }, "end": { "line": 23, "column": 87 } } })) != null ? stack1 : "") + " {\n  bucket = aws_s3_bucket." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 24, "column": 25 }, "end": { "line": 24, "column": 37 } } })) != null ? stack1 : "") + '_site.id\n\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "AES256"\n    }\n  }\n}\n\nresource "aws_s3_bucket_versioning" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_site", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 42 }, "end": { "line": 33, "column": 59 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 36 }, "end": { "line": 33, "column": 61 } } })) != null ? stack1 : "") + " {\n  bucket = aws_s3_bucket." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 34, "column": 25 }, "end": { "line": 34, "column": 37 } } })) != null ? stack1 : "") + "_site.id\n\n  versioning_configuration {\n    status = " + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "versioning") : stack1, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(1, data, 0), "data": data, "loc": { "start": { "line": 37, "column": 13 }, "end": { "line": 37, "column": 68 } } })) != null ? stack1 : "") + "\n  }\n}\n" + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "versioning") : stack1, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 40, "column": 0 }, "end": { "line": 61, "column": 7 } } })) != null ? stack1 : "") + '\ndata "aws_iam_policy_document" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_site", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 63, "column": 37 }, "end": { "line": 63, "column": 54 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 63, "column": 31 }, "end": { "line": 63, "column": 56 } } })) != null ? stack1 : "") + ' {\n  statement {\n    sid       = "CloudFrontRead"\n    actions   = ["s3:GetObject"]\n    resources = ["${aws_s3_bucket.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 67, "column": 34 }, "end": { "line": 67, "column": 46 } } })) != null ? stack1 : "") + '_site.arn}/*"]\n\n    principals {\n      type        = "Service"\n      identifiers = ["cloudfront.amazonaws.com"]\n    }\n\n    condition {\n      test     = "StringEquals"\n      variable = "AWS:SourceArn"\n      values   = [aws_cloudfront_distribution.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 77, "column": 46 }, "end": { "line": 77, "column": 58 } } })) != null ? stack1 : "") + '.arn]\n    }\n  }\n\n  statement {\n    sid       = "DenyInsecureTransport"\n    effect    = "Deny"\n    actions   = ["s3:*"]\n    resources = [aws_s3_bucket.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 85, "column": 31 }, "end": { "line": 85, "column": 43 } } })) != null ? stack1 : "") + '_site.arn, "${aws_s3_bucket.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 85, "column": 71 }, "end": { "line": 85, "column": 83 } } })) != null ? stack1 : "") + '_site.arn}/*"]\n\n    principals {\n      type        = "*"\n      identifiers = ["*"]\n    }\n\n    condition {\n      test     = "Bool"\n      variable = "aws:SecureTransport"\n      values   = ["false"]\n    }\n  }\n}\n\nresource "aws_s3_bucket_policy" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_site", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 100, "column": 38 }, "end": { "line": 100, "column": 55 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 100, "column": 32 }, "end": { "line": 100, "column": 57 } } })) != null ? stack1 : "") + " {\n  bucket     = aws_s3_bucket." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 101, "column": 29 }, "end": { "line": 101, "column": 41 } } })) != null ? stack1 : "") + "_site.id\n  policy     = data.aws_iam_policy_document." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 102, "column": 44 }, "end": { "line": 102, "column": 56 } } })) != null ? stack1 : "") + "_site.json\n  depends_on = [aws_s3_bucket_public_access_block." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 103, "column": 50 }, "end": { "line": 103, "column": 62 } } })) != null ? stack1 : "") + "_site]\n}\n";
  }, "useData": true } }],
  ["250fd3a785c6b99aa550c2b7006a458bb11f24aefbff349edc55e28089b51283", { file: "aws/terraform/components/secrets.tf.hbs", mustaches: [["str", 7, 1], ["str", 12, 1], ["body", 13, 1], ["str", 14, 1], ["lit", 15, 1], ["str", 18, 1], ["ident", 19, 1], ["ident", 20, 1]], spec: { "0": function(container, depth0, helpers2, partials, data, blockParams, depths) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return 'ephemeral "random_password" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0, { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 34 }, "end": { "line": 7, "column": 45 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 28 }, "end": { "line": 7, "column": 47 } } })) != null ? stack1 : "") + " {\n  length  = " + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (lookupProperty(helpers2, "eq") || depth0 && lookupProperty(depth0, "eq") || alias2).call(alias1, depth0, "app-key", { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 18 }, "end": { "line": 8, "column": 37 } } }), { "name": "if", "hash": {}, "fn": container.program(1, data, 0, blockParams, depths), "inverse": container.program(2, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 8, "column": 12 }, "end": { "line": 8, "column": 58 } } })) != null ? stack1 : "") + '\n  special = false\n}\n\nresource "aws_secretsmanager_secret" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0, { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 43 }, "end": { "line": 12, "column": 54 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 37 }, "end": { "line": 12, "column": 56 } } })) != null ? stack1 : "") + ' {\n  name                    = "${local.name_prefix}/' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 50 }, "end": { "line": 13, "column": 63 } } })) != null ? stack1 : "") + '"\n  description             = ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "text") || depth0 && lookupProperty(depth0, "text") || alias2).call(alias1, "Application secret ", depth0, " (generated)", { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 34 }, "end": { "line": 14, "column": 82 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 28 }, "end": { "line": 14, "column": 84 } } })) != null ? stack1 : "") + "\n  recovery_window_in_days = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depths[1] != null ? lookupProperty(depths[1], "p") : depths[1]) != null ? lookupProperty(stack1, "recoveryWindowDays") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 28 }, "end": { "line": 15, "column": 59 } } })) != null ? stack1 : "") + '\n}\n\nresource "aws_secretsmanager_secret_version" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0, { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 18, "column": 51 }, "end": { "line": 18, "column": 62 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 18, "column": 45 }, "end": { "line": 18, "column": 64 } } })) != null ? stack1 : "") + " {\n  secret_id                = aws_secretsmanager_secret." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 55 }, "end": { "line": 19, "column": 69 } } })) != null ? stack1 : "") + ".id\n  secret_string_wo         = ephemeral.random_password." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 20, "column": 55 }, "end": { "line": 20, "column": 69 } } })) != null ? stack1 : "") + ".result\n  secret_string_wo_version = 1\n}\n\n";
  }, "1": function(container, depth0, helpers2, partials, data) {
    return "32";
  }, "2": function(container, depth0, helpers2, partials, data) {
    return "64";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data, blockParams, depths) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# Application secrets the code reads (signing keys, app keys): generated at apply time (ephemeral)\n# and written to Secrets Manager as write-only values, so they are never in Terraform state. Every\n# service reading the same variable gets the same secret. Increase secret_string_wo_version to\n# generate a new value; set your own with\n#   aws secretsmanager put-secret-value --secret-id <name> --secret-string '<value>'\n" + ((stack1 = lookupProperty(helpers2, "each").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "names") : stack1, { "name": "each", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 24, "column": 9 } } })) != null ? stack1 : "");
  }, "useData": true, "useDepths": true } }],
  ["370e791939c62f6faf0c1e5163b57eff4f945edda84325952e162d1fc8296060", { file: "aws/terraform/components/sns-topic.tf.hbs", mustaches: [["str", 1, 1], ["body", 2, 1]], spec: { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return 'resource "aws_sns_topic" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 25 }, "end": { "line": 1, "column": 35 } } })) != null ? stack1 : "") + ' {\n  name              = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "name") : stack1, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 44 }, "end": { "line": 2, "column": 59 } } })) != null ? stack1 : "") + '"\n  kms_master_key_id = "alias/aws/sns"\n}\n';
  }, "useData": true } }],
  ["4bbed888fc26fef66f12ba928462f9957566b5b1824f49bcec637eaa0c5a3378", { file: "aws/terraform/components/sqs-queue.tf.hbs", mustaches: [["str", 1, 1], ["body", 2, 1], ["str", 10, 1], ["body", 11, 1], ["lit", 15, 1], ["lit", 16, 1], ["ident", 19, 1], ["lit", 20, 1]], spec: { "0": function(container, depth0, helpers2, partials, data) {
    return ".fifo";
  }, "1": function(container, depth0, helpers2, partials, data) {
    return "  fifo_queue                = true\n";
  }, "2": function(container, depth0, helpers2, partials, data) {
    return "  fifo_queue                 = true\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return 'resource "aws_sqs_queue" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_dlq", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 31 }, "end": { "line": 1, "column": 47 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 25 }, "end": { "line": 1, "column": 49 } } })) != null ? stack1 : "") + ' {\n  name                      = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "name") : stack1, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 52 }, "end": { "line": 2, "column": 67 } } })) != null ? stack1 : "") + "-dlq" + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "fifo") : stack1, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 71 }, "end": { "line": 2, "column": 97 } } })) != null ? stack1 : "") + '"\n' + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "fifo") : stack1, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 0 }, "end": { "line": 5, "column": 7 } } })) != null ? stack1 : "") + '  message_retention_seconds = 1209600\n  sqs_managed_sse_enabled   = true\n}\n\nresource "aws_sqs_queue" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 25 }, "end": { "line": 10, "column": 35 } } })) != null ? stack1 : "") + ' {\n  name                       = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "name") : stack1, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 53 }, "end": { "line": 11, "column": 68 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "fifo") : stack1, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 68 }, "end": { "line": 11, "column": 94 } } })) != null ? stack1 : "") + '"\n' + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "fifo") : stack1, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 0 }, "end": { "line": 14, "column": 7 } } })) != null ? stack1 : "") + "  visibility_timeout_seconds = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "visibilityTimeoutSeconds") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 31 }, "end": { "line": 15, "column": 65 } } })) != null ? stack1 : "") + "\n  message_retention_seconds  = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "messageRetentionSeconds") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 31 }, "end": { "line": 16, "column": 64 } } })) != null ? stack1 : "") + "\n  sqs_managed_sse_enabled    = true\n  redrive_policy = jsonencode({\n    deadLetterTargetArn = aws_sqs_queue." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 40 }, "end": { "line": 19, "column": 52 } } })) != null ? stack1 : "") + "_dlq.arn\n    maxReceiveCount     = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "maxReceiveCount") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 20, "column": 26 }, "end": { "line": 20, "column": 51 } } })) != null ? stack1 : "") + "\n  })\n}\n";
  }, "useData": true } }],
  ["7c0a2705fbabf4e8143b8fd199dcd961ae79bdbfc233a11983959c3c20124d67", { file: "aws/terraform/components/vpc.tf.hbs", mustaches: [["md", 1, 1], ["lit", 8, 1]], spec: { "0": function(container, depth0, helpers2, partials, data) {
    return "1";
  }, "1": function(container, depth0, helpers2, partials, data) {
    return "local.az_count";
  }, "2": function(container, depth0, helpers2, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "\n# VPC flow logs: every accepted and rejected connection, for incident investigation.\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "log_group"), depth0, { "name": "log_group", "hash": { "suffix": "", "path": "/aws/vpc/flow-logs", "resourceName": "vpc_flow_logs" }, "data": data, "helpers": helpers2, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "assume_role_policy"), depth0, { "name": "assume_role_policy", "hash": { "principal": "vpc-flow-logs.amazonaws.com", "resourceName": "vpc_flow_logs_assume" }, "data": data, "helpers": helpers2, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + '\nresource "aws_iam_role" "vpc_flow_logs" {\n  name               = "${local.name_prefix}-vpc-flow-logs"\n  assume_role_policy = data.aws_iam_policy_document.vpc_flow_logs_assume.json\n}\n\ndata "aws_iam_policy_document" "vpc_flow_logs" {\n  statement {\n    actions   = ["logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"]\n    resources = ["${aws_cloudwatch_log_group.vpc_flow_logs.arn}:*"]\n  }\n}\n\nresource "aws_iam_role_policy" "vpc_flow_logs" {\n  name   = "write-flow-logs"\n  role   = aws_iam_role.vpc_flow_logs.id\n  policy = data.aws_iam_policy_document.vpc_flow_logs.json\n}\n\nresource "aws_flow_log" "main" {\n  vpc_id          = aws_vpc.main.id\n  traffic_type    = "ALL"\n  iam_role_arn    = aws_iam_role.vpc_flow_logs.arn\n  log_destination = aws_cloudwatch_log_group.vpc_flow_logs.arn\n}\n';
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# Network: " + ((stack1 = (lookupProperty(helpers2, "md") || depth0 && lookupProperty(depth0, "md") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "azCount") : stack1, { "name": "md", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 11 }, "end": { "line": 1, "column": 27 } } })) != null ? stack1 : "") + ' availability zones, public subnets for load balancers and NAT, private\n# subnets for tasks and databases. Nothing in the private subnets is reachable from the internet.\ndata "aws_availability_zones" "available" {\n  state = "available"\n}\n\nlocals {\n  az_count  = ' + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "azCount") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 14 }, "end": { "line": 8, "column": 31 } } })) != null ? stack1 : "") + "\n  azs       = slice(data.aws_availability_zones.available.names, 0, local.az_count)\n  nat_count = " + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "singleNatGateway") : stack1, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(1, data, 0), "data": data, "loc": { "start": { "line": 10, "column": 14 }, "end": { "line": 10, "column": 70 } } })) != null ? stack1 : "") + '\n}\n\nresource "aws_vpc" "main" {\n  cidr_block           = var.vpc_cidr\n  enable_dns_support   = true\n  enable_dns_hostnames = true\n\n  tags = {\n    Name = "${local.name_prefix}-vpc"\n  }\n}\n\n# The default security group allows all traffic between members: take every rule away.\nresource "aws_default_security_group" "default" {\n  vpc_id = aws_vpc.main.id\n}\n\nresource "aws_subnet" "public" {\n  count                   = local.az_count\n  vpc_id                  = aws_vpc.main.id\n  cidr_block              = cidrsubnet(var.vpc_cidr, 8, count.index)\n  availability_zone       = local.azs[count.index]\n  map_public_ip_on_launch = false\n\n  tags = {\n    Name = "${local.name_prefix}-public-${local.azs[count.index]}"\n    Tier = "public"\n  }\n}\n\nresource "aws_subnet" "private" {\n  count             = local.az_count\n  vpc_id            = aws_vpc.main.id\n  cidr_block        = cidrsubnet(var.vpc_cidr, 8, count.index + 10)\n  availability_zone = local.azs[count.index]\n\n  tags = {\n    Name = "${local.name_prefix}-private-${local.azs[count.index]}"\n    Tier = "private"\n  }\n}\n\nresource "aws_internet_gateway" "main" {\n  vpc_id = aws_vpc.main.id\n\n  tags = {\n    Name = "${local.name_prefix}-igw"\n  }\n}\n\nresource "aws_eip" "nat" {\n  count  = local.nat_count\n  domain = "vpc"\n\n  tags = {\n    Name = "${local.name_prefix}-nat-${count.index}"\n  }\n}\n\nresource "aws_nat_gateway" "main" {\n  count         = local.nat_count\n  allocation_id = aws_eip.nat[count.index].id\n  subnet_id     = aws_subnet.public[count.index].id\n\n  tags = {\n    Name = "${local.name_prefix}-nat-${count.index}"\n  }\n\n  depends_on = [aws_internet_gateway.main]\n}\n\nresource "aws_route_table" "public" {\n  vpc_id = aws_vpc.main.id\n\n  route {\n    cidr_block = "0.0.0.0/0"\n    gateway_id = aws_internet_gateway.main.id\n  }\n\n  tags = {\n    Name = "${local.name_prefix}-public"\n  }\n}\n\nresource "aws_route_table_association" "public" {\n  count          = local.az_count\n  subnet_id      = aws_subnet.public[count.index].id\n  route_table_id = aws_route_table.public.id\n}\n\nresource "aws_route_table" "private" {\n  count  = local.az_count\n  vpc_id = aws_vpc.main.id\n\n  route {\n    cidr_block     = "0.0.0.0/0"\n    nat_gateway_id = aws_nat_gateway.main[min(count.index, local.nat_count - 1)].id\n  }\n\n  tags = {\n    Name = "${local.name_prefix}-private-${count.index}"\n  }\n}\n\nresource "aws_route_table_association" "private" {\n  count          = local.az_count\n  subnet_id      = aws_subnet.private[count.index].id\n  route_table_id = aws_route_table.private[count.index].id\n}\n' + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "flowLogs") : stack1, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 120, "column": 0 }, "end": { "line": 151, "column": 7 } } })) != null ? stack1 : "");
  }, "usePartial": true, "useData": true } }],
  ["d2de13609e96c1867d9ac40c5e4e2bd6b79a6167f6cfcaa08d29fbb969037638", { file: "aws/terraform/outputs.tf.hbs", mustaches: [["str", 2, 1], ["str", 3, 1], ["expr", 4, 1]], spec: { "0": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "output " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "name") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 7 }, "end": { "line": 2, "column": 24 } } })) != null ? stack1 : "") + " {\n  description = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "description") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 16 }, "end": { "line": 3, "column": 40 } } })) != null ? stack1 : "") + "\n  value       = " + ((stack1 = (lookupProperty(helpers2, "expr") || depth0 && lookupProperty(depth0, "expr") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "value") : depth0, { "name": "expr", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 16 }, "end": { "line": 4, "column": 35 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers2, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "sensitive") : depth0, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 7, "column": 7 } } })) != null ? stack1 : "") + "}\n\n";
  }, "1": function(container, depth0, helpers2, partials, data) {
    return "  sensitive   = true\n";
  }, "2": function(container, depth0, helpers2, partials, data) {
    return 'output "ecs_services" {\n  description = "Per service: its task definition family and security group (for one-off tasks)."\n  value = {\n    for name, s in module.ecs_service : name => {\n      task_definition   = s.task_definition_family\n      security_group_id = s.security_group_id\n    }\n  }\n}\n\n';
  }, "3": function(container, depth0, helpers2, partials, data) {
    return `output "ecr_repository_urls" {
  description = "Push each unit's images here."
  value       = { for name, r in aws_ecr_repository.unit : name => r.repository_url }
}

`;
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = lookupProperty(helpers2, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "outputs") : depth0, { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 10, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "ecsServices") : stack1, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 22, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "ecr") : stack1, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 23, "column": 0 }, "end": { "line": 29, "column": 7 } } })) != null ? stack1 : "");
  }, "useData": true } }],
  ["2018baa04aadcb6b497eea01eaa6dff921d860843a25fd313105ce68dca33ef3", { file: "aws/terraform/partials/app_iam_statements.hbs", mustaches: [["str", 4, 1], ["strings", 5, 1], ["resource", 6, 1]], spec: { "0": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "\n  statement {\n    sid       = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "sid") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 16 }, "end": { "line": 4, "column": 32 } } })) != null ? stack1 : "") + "\n    actions   = " + ((stack1 = (lookupProperty(helpers2, "strings") || depth0 && lookupProperty(depth0, "strings") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "actions") : depth0, { "name": "strings", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 16 }, "end": { "line": 5, "column": 40 } } })) != null ? stack1 : "") + "\n    resources = [" + ((stack1 = lookupProperty(helpers2, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "resources") : depth0, { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 17 }, "end": { "line": 6, "column": 97 } } })) != null ? stack1 : "") + "]\n  }\n";
  }, "1": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = (lookupProperty(helpers2, "resource") || depth0 && lookupProperty(depth0, "resource") || container.hooks.helperMissing).call(alias1, depth0, { "name": "resource", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 41 }, "end": { "line": 6, "column": 58 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers2, "unless").call(alias1, data && lookupProperty(data, "last"), { "name": "unless", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 58 }, "end": { "line": 6, "column": 88 } } })) != null ? stack1 : "");
  }, "2": function(container, depth0, helpers2, partials, data) {
    return ", ";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return (stack1 = lookupProperty(helpers2, "each").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "iam") : depth0, { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 1, "column": 0 }, "end": { "line": 8, "column": 9 } } })) != null ? stack1 : "";
  }, "useData": true } }],
  ["034b0b9b277198c2711382aa00d9f00d85398f187e238e905795280b32db6e08", { file: "aws/terraform/partials/assume_role_policy.hbs", mustaches: [["str", 1, 1], ["str", 7, 1]], spec: { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return 'data "aws_iam_policy_document" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "resourceName") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 31 }, "end": { "line": 1, "column": 51 } } })) != null ? stack1 : "") + ' {\n  statement {\n    actions = ["sts:AssumeRole"]\n\n    principals {\n      type        = "Service"\n      identifiers = [' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "principal") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 21 }, "end": { "line": 7, "column": 38 } } })) != null ? stack1 : "") + "]\n    }\n  }\n}\n";
  }, "useData": true } }],
  ["fcde43ed9e9e2c50104117d6ccf44f213e054bc3f94b1da5fb28ab42ef474c9c", { file: "aws/terraform/partials/connection_secret.hbs", mustaches: [["ident", 5, 1], ["str", 7, 1], ["str", 12, 1], ["body", 13, 1], ["str", 14, 1], ["str", 18, 1], ["ident", 19, 1], ["ident", 22, 1], ["expr", 23, 1], ["str", 24, 1], ["ident", 27, 1], ["body", 27, 1], ["ident", 27, 1], ["expr", 27, 1], ["body", 27, 1], ["body", 27, 1], ["ident", 30, 1]], spec: { "0": function(container, depth0, helpers2, partials, data) {
    return "30";
  }, "1": function(container, depth0, helpers2, partials, data) {
    return "7";
  }, "2": function(container, depth0, helpers2, partials, data, blockParams, depths) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "    " + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "key") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 4 }, "end": { "line": 27, "column": 22 } } })) != null ? stack1 : "") + ' = "' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "prefix") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 26 }, "end": { "line": 27, "column": 46 } } })) != null ? stack1 : "") + "app_admin:${ephemeral.random_password." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depths[1] != null ? lookupProperty(depths[1], "id") : depths[1], { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 84 }, "end": { "line": 27, "column": 99 } } })) != null ? stack1 : "") + ".result}@${" + ((stack1 = (lookupProperty(helpers2, "expr") || depth0 && lookupProperty(depth0, "expr") || alias2).call(alias1, depths[1] != null ? lookupProperty(depths[1], "host") : depths[1], { "name": "expr", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 111 }, "end": { "line": 27, "column": 129 } } })) != null ? stack1 : "") + "}:" + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, (lookupProperty(helpers2, "text") || depth0 && lookupProperty(depth0, "text") || alias2).call(alias1, depths[1] != null ? lookupProperty(depths[1], "port") : depths[1], { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 139 }, "end": { "line": 27, "column": 153 } } }), { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 132 }, "end": { "line": 27, "column": 155 } } })) != null ? stack1 : "") + "/app" + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "suffix") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 159 }, "end": { "line": 27, "column": 179 } } })) != null ? stack1 : "") + '"\n';
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data, blockParams, depths) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "# The master password: generated at apply time (ephemeral), written to the database and to the\n# connection secret as write-only values, so it is never stored in Terraform state or plan files.\n# RDS-managed rotation is off on purpose: tasks read the secret when they start, and a password\n# rotated under them would break every new connection until they restart. To rotate, increase\n# var." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 6 }, "end": { "line": 5, "column": 18 } } })) != null ? stack1 : "") + '_password_version and apply: the database and the secret change in the same\n# apply, then the deploy workflow rolls the services (see README.md).\nephemeral "random_password" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 28 }, "end": { "line": 7, "column": 38 } } })) != null ? stack1 : "") + ' {\n  length  = 32\n  special = false\n}\n\nresource "aws_secretsmanager_secret" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_connection", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 43 }, "end": { "line": 12, "column": 66 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 37 }, "end": { "line": 12, "column": 68 } } })) != null ? stack1 : "") + ' {\n  name                    = "${local.name_prefix}/' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 50 }, "end": { "line": 13, "column": 61 } } })) != null ? stack1 : "") + '-connection"\n  description             = ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "text") || depth0 && lookupProperty(depth0, "text") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "label") : depth0, " connection: username, password, host, port, dbname and ready-made URLs", { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 34 }, "end": { "line": 14, "column": 120 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 28 }, "end": { "line": 14, "column": 122 } } })) != null ? stack1 : "") + "\n  recovery_window_in_days = " + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "prod") : stack1, { "name": "if", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.program(1, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 15, "column": 28 }, "end": { "line": 15, "column": 65 } } })) != null ? stack1 : "") + '\n}\n\nresource "aws_secretsmanager_secret_version" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_connection", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 18, "column": 51 }, "end": { "line": 18, "column": 74 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 18, "column": 45 }, "end": { "line": 18, "column": 76 } } })) != null ? stack1 : "") + " {\n  secret_id = aws_secretsmanager_secret." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 40 }, "end": { "line": 19, "column": 52 } } })) != null ? stack1 : "") + '_connection.id\n  secret_string_wo = jsonencode({\n    username = "app_admin"\n    password = ephemeral.random_password.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 22, "column": 41 }, "end": { "line": 22, "column": 53 } } })) != null ? stack1 : "") + ".result\n    host     = " + ((stack1 = (lookupProperty(helpers2, "expr") || depth0 && lookupProperty(depth0, "expr") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "host") : depth0, { "name": "expr", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 15 }, "end": { "line": 23, "column": 28 } } })) != null ? stack1 : "") + "\n    port     = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "text") || depth0 && lookupProperty(depth0, "text") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "port") : depth0, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 24, "column": 21 }, "end": { "line": 24, "column": 32 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 24, "column": 15 }, "end": { "line": 24, "column": 34 } } })) != null ? stack1 : "") + '\n    dbname   = "app"\n' + ((stack1 = lookupProperty(helpers2, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "urls") : depth0, { "name": "each", "hash": {}, "fn": container.program(2, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 26, "column": 0 }, "end": { "line": 28, "column": 9 } } })) != null ? stack1 : "") + "  })\n  secret_string_wo_version = var." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 30, "column": 33 }, "end": { "line": 30, "column": 45 } } })) != null ? stack1 : "") + "_password_version\n}\n";
  }, "useData": true, "useDepths": true } }],
  ["f5992711b7419733565a78defa024583ed0feadb0bc7f60fb8d50c97e294f9b1", { file: "aws/terraform/partials/datastore_security_group.hbs", mustaches: [["str", 1, 1], ["body", 2, 1], ["str", 3, 1], ["str", 9, 1], ["str", 10, 1], ["ident", 11, 1], ["lit", 14, 1], ["lit", 15, 1], ["str", 21, 1], ["ident", 22, 1], ["expr", 23, 1], ["lit", 25, 1], ["lit", 26, 1], ["str", 27, 1]], spec: { "0": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '\n# From every ECS service whose entry in local.ecs_services lists this datastore.\nresource "aws_vpc_security_group_ingress_rule" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_from_services", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 53 }, "end": { "line": 9, "column": 79 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 47 }, "end": { "line": 9, "column": 81 } } })) != null ? stack1 : "") + " {\n  for_each                     = { for name, s in local.ecs_services : name => s if contains(keys(try(s.datastores, {})), " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 122 }, "end": { "line": 10, "column": 132 } } })) != null ? stack1 : "") + ") }\n  security_group_id            = aws_security_group." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 52 }, "end": { "line": 11, "column": 64 } } })) != null ? stack1 : "") + '_db.id\n  referenced_security_group_id = module.ecs_service[each.key].security_group_id\n  ip_protocol                  = "tcp"\n  from_port                    = ' + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "port") : depth0, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 33 }, "end": { "line": 14, "column": 45 } } })) != null ? stack1 : "") + "\n  to_port                      = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "port") : depth0, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 33 }, "end": { "line": 15, "column": 45 } } })) != null ? stack1 : "") + '\n  description                  = "From ${replace(each.key, "-", "_")}_service"\n}\n';
  }, "1": function(container, depth0, helpers2, partials, data, blockParams, depths) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '\nresource "aws_vpc_security_group_ingress_rule" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depths[1] != null ? lookupProperty(depths[1], "id") : depths[1], "_from_", depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 21, "column": 53 }, "end": { "line": 21, "column": 82 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 21, "column": 47 }, "end": { "line": 21, "column": 84 } } })) != null ? stack1 : "") + " {\n  security_group_id            = aws_security_group." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depths[1] != null ? lookupProperty(depths[1], "id") : depths[1], { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 22, "column": 52 }, "end": { "line": 22, "column": 67 } } })) != null ? stack1 : "") + "_db.id\n  referenced_security_group_id = " + ((stack1 = (lookupProperty(helpers2, "expr") || depth0 && lookupProperty(depth0, "expr") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "sg") : depth0, { "name": "expr", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 33 }, "end": { "line": 23, "column": 49 } } })) != null ? stack1 : "") + '\n  ip_protocol                  = "tcp"\n  from_port                    = ' + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, depths[1] != null ? lookupProperty(depths[1], "port") : depths[1], { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 25, "column": 33 }, "end": { "line": 25, "column": 48 } } })) != null ? stack1 : "") + "\n  to_port                      = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, depths[1] != null ? lookupProperty(depths[1], "port") : depths[1], { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 26, "column": 33 }, "end": { "line": 26, "column": 48 } } })) != null ? stack1 : "") + "\n  description                  = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "text") || depth0 && lookupProperty(depth0, "text") || alias2).call(alias1, "From ", depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 39 }, "end": { "line": 27, "column": 61 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 33 }, "end": { "line": 27, "column": 63 } } })) != null ? stack1 : "") + "\n}\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data, blockParams, depths) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return 'resource "aws_security_group" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "join") || depth0 && lookupProperty(depth0, "join") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, "_db", { "name": "join", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 36 }, "end": { "line": 1, "column": 51 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 30 }, "end": { "line": 1, "column": 53 } } })) != null ? stack1 : "") + ' {\n  name        = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "label") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 38 }, "end": { "line": 2, "column": 52 } } })) != null ? stack1 : "") + '"\n  description = ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (lookupProperty(helpers2, "text") || depth0 && lookupProperty(depth0, "text") || alias2).call(alias1, "Access to ", depth0 != null ? lookupProperty(depth0, "label") : depth0, " from the application only", { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 22 }, "end": { "line": 3, "column": 76 } } }), { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 16 }, "end": { "line": 3, "column": 78 } } })) != null ? stack1 : "") + "\n  vpc_id      = aws_vpc.main.id\n}\n" + ((stack1 = lookupProperty(helpers2, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "serviceClients") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 18, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers2, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "clients") : depth0, { "name": "each", "hash": {}, "fn": container.program(1, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 19, "column": 0 }, "end": { "line": 29, "column": 9 } } })) != null ? stack1 : "");
  }, "useData": true, "useDepths": true } }],
  ["c8d7537610d3f93cd02ba10efcfb2cfb96dcd3ff6083857bb6e1dfe35028c9c9", { file: "aws/terraform/partials/log_group.hbs", mustaches: [["str", 1, 1], ["body", 2, 1], ["body", 2, 1]], spec: { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return 'resource "aws_cloudwatch_log_group" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "resourceName") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 1, "column": 36 }, "end": { "line": 1, "column": 56 } } })) != null ? stack1 : "") + ' {\n  name              = "' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "path") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 23 }, "end": { "line": 2, "column": 36 } } })) != null ? stack1 : "") + "/${local.name_prefix}" + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "suffix") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 57 }, "end": { "line": 2, "column": 72 } } })) != null ? stack1 : "") + '"\n  retention_in_days = var.log_retention_days\n}\n';
  }, "useData": true } }],
  ["08ee2d9104baad7a426082bc638afd0a09fbeeba94e2109cd813234764dc88cf", { file: "aws/terraform/partials/rds_instance.hbs", mustaches: [["str", 3, 1], ["body", 4, 1], ["str", 8, 1], ["body", 9, 1], ["str", 10, 1], ["str", 13, 1], ["str", 14, 1], ["str", 19, 1], ["body", 20, 1], ["str", 21, 1], ["str", 22, 1], ["str", 23, 1], ["lit", 26, 1], ["ident", 29, 1], ["ident", 30, 1], ["lit", 32, 1], ["lit", 33, 1], ["ident", 37, 1], ["ident", 38, 1], ["ident", 39, 1], ["lit", 41, 1], ["strings", 44, 1], ["lit", 45, 1], ["lit", 49, 1], ["lit", 50, 1], ["lit", 51, 1], ["body", 52, 1]], spec: { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return ((stack1 = container.invokePartial(lookupProperty(partials, "datastore_security_group"), depth0, { "name": "datastore_security_group", "hash": { "clients": depth0 != null ? lookupProperty(depth0, "clients") : depth0, "port": depth0 != null ? lookupProperty(depth0, "port") : depth0, "label": depth0 != null ? lookupProperty(depth0, "label") : depth0, "id": depth0 != null ? lookupProperty(depth0, "id") : depth0 }, "data": data, "helpers": helpers2, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + '\nresource "aws_db_subnet_group" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 31 }, "end": { "line": 3, "column": 41 } } })) != null ? stack1 : "") + ' {\n  name       = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 37 }, "end": { "line": 4, "column": 48 } } })) != null ? stack1 : "") + '"\n  subnet_ids = aws_subnet.private[*].id\n}\n\nresource "aws_db_parameter_group" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 34 }, "end": { "line": 8, "column": 44 } } })) != null ? stack1 : "") + ' {\n  name   = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 33 }, "end": { "line": 9, "column": 44 } } })) != null ? stack1 : "") + '"\n  family = ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "family") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 11 }, "end": { "line": 10, "column": 25 } } })) != null ? stack1 : "") + "\n\n  parameter {\n    name         = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "tlsParameter") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 19 }, "end": { "line": 13, "column": 39 } } })) != null ? stack1 : "") + "\n    value        = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "tlsValue") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 19 }, "end": { "line": 14, "column": 35 } } })) != null ? stack1 : "") + '\n    apply_method = "pending-reboot"\n  }\n}\n\nresource "aws_db_instance" ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 27 }, "end": { "line": 19, "column": 37 } } })) != null ? stack1 : "") + ' {\n  identifier     = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 20, "column": 41 }, "end": { "line": 20, "column": 52 } } })) != null ? stack1 : "") + '"\n  engine         = ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "engine") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 21, "column": 19 }, "end": { "line": 21, "column": 33 } } })) != null ? stack1 : "") + "\n  engine_version = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "engineVersion") : stack1, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 22, "column": 19 }, "end": { "line": 22, "column": 42 } } })) != null ? stack1 : "") + "\n  instance_class = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "instanceClass") : stack1, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 19 }, "end": { "line": 23, "column": 42 } } })) != null ? stack1 : "") + '\n  db_name        = "app"\n  username       = "app_admin"\n  port           = ' + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "port") : depth0, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 26, "column": 19 }, "end": { "line": 26, "column": 31 } } })) != null ? stack1 : "") + "\n\n  # Write-only: the password is sent to RDS but never stored in state (see the connection secret).\n  password_wo         = ephemeral.random_password." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 29, "column": 50 }, "end": { "line": 29, "column": 62 } } })) != null ? stack1 : "") + ".result\n  password_wo_version = var." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 30, "column": 28 }, "end": { "line": 30, "column": 40 } } })) != null ? stack1 : "") + "_password_version\n\n  allocated_storage     = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "allocatedStorageGb") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 26 }, "end": { "line": 32, "column": 54 } } })) != null ? stack1 : "") + "\n  max_allocated_storage = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "maxAllocatedStorageGb") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 26 }, "end": { "line": 33, "column": 57 } } })) != null ? stack1 : "") + '\n  storage_type          = "gp3"\n  storage_encrypted     = true\n\n  db_subnet_group_name   = aws_db_subnet_group.' + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 47 }, "end": { "line": 37, "column": 59 } } })) != null ? stack1 : "") + ".name\n  vpc_security_group_ids = [aws_security_group." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 38, "column": 47 }, "end": { "line": 38, "column": 59 } } })) != null ? stack1 : "") + "_db.id]\n  parameter_group_name   = aws_db_parameter_group." + ((stack1 = (lookupProperty(helpers2, "ident") || depth0 && lookupProperty(depth0, "ident") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "ident", "hash": {}, "data": data, "loc": { "start": { "line": 39, "column": 50 }, "end": { "line": 39, "column": 62 } } })) != null ? stack1 : "") + ".name\n  publicly_accessible    = false\n  multi_az               = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "multiAz") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 41, "column": 27 }, "end": { "line": 41, "column": 44 } } })) != null ? stack1 : "") + "\n\n  iam_database_authentication_enabled = true\n  enabled_cloudwatch_logs_exports     = " + ((stack1 = (lookupProperty(helpers2, "strings") || depth0 && lookupProperty(depth0, "strings") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "logExports") : depth0, { "name": "strings", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 40 }, "end": { "line": 44, "column": 62 } } })) != null ? stack1 : "") + "\n  performance_insights_enabled        = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "performanceInsights") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 45, "column": 40 }, "end": { "line": 45, "column": 69 } } })) != null ? stack1 : "") + "\n  auto_minor_version_upgrade          = true\n  copy_tags_to_snapshot               = true\n\n  backup_retention_period   = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "backupRetentionDays") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 49, "column": 30 }, "end": { "line": 49, "column": 59 } } })) != null ? stack1 : "") + "\n  deletion_protection       = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "p") : depth0) != null ? lookupProperty(stack1, "deletionProtection") : stack1, { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 50, "column": 30 }, "end": { "line": 50, "column": 58 } } })) != null ? stack1 : "") + "\n  skip_final_snapshot       = " + ((stack1 = (lookupProperty(helpers2, "lit") || depth0 && lookupProperty(depth0, "lit") || alias2).call(alias1, (lookupProperty(helpers2, "not") || depth0 && lookupProperty(depth0, "not") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "prod") : stack1, { "name": "not", "hash": {}, "data": data, "loc": { "start": { "line": 51, "column": 36 }, "end": { "line": 51, "column": 53 } } }), { "name": "lit", "hash": {}, "data": data, "loc": { "start": { "line": 51, "column": 30 }, "end": { "line": 51, "column": 55 } } })) != null ? stack1 : "") + '\n  final_snapshot_identifier = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "id") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 52, "column": 52 }, "end": { "line": 52, "column": 63 } } })) != null ? stack1 : "") + '-final"\n}\n\n' + ((stack1 = container.invokePartial(lookupProperty(partials, "connection_secret"), depth0, { "name": "connection_secret", "hash": { "module": depth0 != null ? lookupProperty(depth0, "module") : depth0, "urls": depth0 != null ? lookupProperty(depth0, "urls") : depth0, "host": (lookupProperty(helpers2, "text") || depth0 && lookupProperty(depth0, "text") || alias2).call(alias1, "aws_db_instance.", depth0 != null ? lookupProperty(depth0, "id") : depth0, ".address", { "name": "text", "hash": {}, "data": data, "loc": { "start": { "line": 55, "column": 55 }, "end": { "line": 55, "column": 94 } } }), "port": depth0 != null ? lookupProperty(depth0, "port") : depth0, "label": depth0 != null ? lookupProperty(depth0, "label") : depth0, "id": depth0 != null ? lookupProperty(depth0, "id") : depth0 }, "data": data, "helpers": helpers2, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "");
  }, "usePartial": true, "useData": true } }],
  ["1033c28dd34a81ee342d3a99b859249233790cbe70026c65ce9b9264c48ccca0", { file: "aws/terraform/partials/waf_managed_rules.hbs", mustaches: [["body", 51, 1]], spec: { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '  default_action {\n    allow {}\n  }\n\n  rule {\n    name     = "aws-common-rules"\n    priority = 1\n\n    override_action {\n      none {}\n    }\n\n    statement {\n      managed_rule_group_statement {\n        name        = "AWSManagedRulesCommonRuleSet"\n        vendor_name = "AWS"\n      }\n    }\n\n    visibility_config {\n      cloudwatch_metrics_enabled = true\n      metric_name                = "aws-common-rules"\n      sampled_requests_enabled   = true\n    }\n  }\n\n  rule {\n    name     = "aws-known-bad-inputs"\n    priority = 2\n\n    override_action {\n      none {}\n    }\n\n    statement {\n      managed_rule_group_statement {\n        name        = "AWSManagedRulesKnownBadInputsRuleSet"\n        vendor_name = "AWS"\n      }\n    }\n\n    visibility_config {\n      cloudwatch_metrics_enabled = true\n      metric_name                = "aws-known-bad-inputs"\n      sampled_requests_enabled   = true\n    }\n  }\n\n  visibility_config {\n    cloudwatch_metrics_enabled = true\n    metric_name                = "${local.name_prefix}-' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || container.hooks.helperMissing).call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "service") : depth0, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 51, "column": 55 }, "end": { "line": 51, "column": 71 } } })) != null ? stack1 : "") + '"\n    sampled_requests_enabled   = true\n  }\n';
  }, "useData": true } }],
  ["3f2f5077f24c2a50e3ed81e61dba124b2aae415b9a5a497216ec730c8f4319bd", { file: "aws/terraform/providers.tf.hbs", mustaches: [], spec: { "0": function(container, depth0, helpers2, partials, data) {
    return `
# Web ACLs for CloudFront live in us-east-1 whatever the module's region.
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"

  default_tags {
    tags = local.tags
  }
}
`;
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return 'provider "aws" {\n  region = var.aws_region\n\n  default_tags {\n    tags = local.tags\n  }\n}\n' + ((stack1 = lookupProperty(helpers2, "if").call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "cloudfrontWaf") : stack1, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 19, "column": 7 } } })) != null ? stack1 : "") + '\nlocals {\n  name_prefix = "${var.project}-${var.environment}"\n  tags = merge(var.tags, {\n    Project     = var.project\n    Environment = var.environment\n    ManagedBy   = "inframate"\n  })\n}\n\ndata "aws_caller_identity" "current" {}\n';
  }, "useData": true } }],
  ["e15380acb38295bf652b4a6f360046a12b3bea39666b90418594c59a28a32520", { file: "aws/terraform/root/ecr-repositories.tf.hbs", mustaches: [], spec: { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    return 'resource "aws_ecr_repository" "unit" {\n  for_each             = local.ecr_repositories\n  name                 = "${local.name_prefix}/${each.key}"\n  image_tag_mutability = each.value.image_tag_mutability\n  force_delete         = false\n\n  image_scanning_configuration {\n    scan_on_push = each.value.scan_on_push\n  }\n\n  encryption_configuration {\n    encryption_type = "KMS"\n  }\n}\n\nresource "aws_ecr_lifecycle_policy" "unit" {\n  for_each   = local.ecr_repositories\n  repository = aws_ecr_repository.unit[each.key].name\n  policy = jsonencode({\n    rules = [\n      {\n        rulePriority = 1\n        description  = "Keep the last ${each.value.keep_images} images"\n        selection = {\n          tagStatus   = "any"\n          countType   = "imageCountMoreThan"\n          countNumber = each.value.keep_images\n        }\n        action = {\n          type = "expire"\n        }\n      }\n    ]\n  })\n}\n';
  }, "useData": true } }],
  ["72f7c2ec774b061df6e45a1aa2a7d289e3608b494a41430f4fcb53fd0378598b", { file: "aws/terraform/root/ecs-services.tf.hbs", mustaches: [], spec: { "0": function(container, depth0, helpers2, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  alarms = {\n    topic_arn = aws_sns_topic.alarms.arn\n" + ((stack1 = lookupProperty(helpers2, "if").call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "alb") : depth0, { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 0 }, "end": { "line": 24, "column": 7 } } })) != null ? stack1 : "") + "  }\n";
  }, "1": function(container, depth0, helpers2, partials, data) {
    return "    load_balancer_arn_suffix = aws_lb.main.arn_suffix\n";
  }, "2": function(container, depth0, helpers2, partials, data) {
    return "  load_balancer = {\n    security_group_id = aws_security_group.alb.id\n    listener_arn      = aws_lb_listener.https.arn\n  }\n";
  }, "3": function(container, depth0, helpers2, partials, data) {
    return '\n# Service Connect: each caller may reach the services it calls (both ends\' security groups).\nresource "aws_vpc_security_group_egress_rule" "service_to_service" {\n  for_each                     = local.service_calls\n  security_group_id            = module.ecs_service[each.value.from].security_group_id\n  referenced_security_group_id = module.ecs_service[each.value.to].security_group_id\n  ip_protocol                  = "tcp"\n  from_port                    = each.value.port\n  to_port                      = each.value.port\n  description                  = "To ${each.value.to} (Service Connect)"\n}\n\nresource "aws_vpc_security_group_ingress_rule" "service_from_service" {\n  for_each                     = local.service_calls\n  security_group_id            = module.ecs_service[each.value.to].security_group_id\n  referenced_security_group_id = module.ecs_service[each.value.from].security_group_id\n  ip_protocol                  = "tcp"\n  from_port                    = each.value.port\n  to_port                      = each.value.port\n  description                  = "From ${each.value.from} (Service Connect)"\n}\n';
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return 'module "ecs_service" {\n  source   = "./modules/ecs-service"\n  for_each = local.ecs_services\n\n  name    = each.key\n  service = each.value\n\n  name_prefix                   = local.name_prefix\n  aws_region                    = var.aws_region\n  log_retention_days            = var.log_retention_days\n  cluster_id                    = aws_ecs_cluster.main.id\n  cluster_name                  = aws_ecs_cluster.main.name\n  service_connect_namespace_arn = aws_service_discovery_http_namespace.main.arn\n  vpc_id                        = aws_vpc.main.id\n  subnet_ids                    = aws_subnet.private[*].id\n  task_assume_role_policy       = data.aws_iam_policy_document.ecs_tasks_assume.json\n  repository_arn                = aws_ecr_repository.unit[try(each.value.image, each.key)].arn\n  repository_url                = aws_ecr_repository.unit[try(each.value.image, each.key)].repository_url\n' + ((stack1 = lookupProperty(helpers2, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "alarms") : depth0, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 19, "column": 0 }, "end": { "line": 26, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers2, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "alb") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 27, "column": 0 }, "end": { "line": 32, "column": 7 } } })) != null ? stack1 : "") + "}\n" + ((stack1 = lookupProperty(helpers2, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "calls") : depth0, { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 34, "column": 0 }, "end": { "line": 56, "column": 7 } } })) != null ? stack1 : "");
  }, "useData": true } }],
  ["6614d46bab81dc6a49361ef37a88442507b745e48a8bff544c0eb6f1ae3f09bd", { file: "aws/terraform/variables.tf.hbs", mustaches: [["str", 4, 1], ["str", 15, 1], ["str", 26, 1], ["map", 32, 1], ["str", 36, 1], ["str", 37, 1], ["tftype", 38, 1], ["value", 40, 1]], spec: { "0": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "\nvariable " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "name") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 36, "column": 9 }, "end": { "line": 36, "column": 26 } } })) != null ? stack1 : "") + " {\n  description = " + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "description") : depth0, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 16 }, "end": { "line": 37, "column": 40 } } })) != null ? stack1 : "") + "\n  type        = " + ((stack1 = (lookupProperty(helpers2, "tftype") || depth0 && lookupProperty(depth0, "tftype") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "type") : depth0, { "name": "tftype", "hash": {}, "data": data, "loc": { "start": { "line": 38, "column": 16 }, "end": { "line": 38, "column": 36 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (lookupProperty(helpers2, "defined") || depth0 && lookupProperty(depth0, "defined") || alias2).call(alias1, depth0 != null ? lookupProperty(depth0, "default") : depth0, { "name": "defined", "hash": {}, "data": data, "loc": { "start": { "line": 39, "column": 6 }, "end": { "line": 39, "column": 28 } } }), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 39, "column": 0 }, "end": { "line": 41, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers2, "if").call(alias1, depth0 != null ? lookupProperty(depth0, "sensitive") : depth0, { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 42, "column": 0 }, "end": { "line": 44, "column": 7 } } })) != null ? stack1 : "") + "}\n";
  }, "1": function(container, depth0, helpers2, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return "  default     = " + ((stack1 = (lookupProperty(helpers2, "value") || depth0 && lookupProperty(depth0, "value") || container.hooks.helperMissing).call(depth0 != null ? depth0 : container.nullContext || {}, depth0 != null ? lookupProperty(depth0, "default") : depth0, { "name": "value", "hash": {}, "data": data, "loc": { "start": { "line": 40, "column": 16 }, "end": { "line": 40, "column": 38 } } })) != null ? stack1 : "") + "\n";
  }, "2": function(container, depth0, helpers2, partials, data) {
    return "  sensitive   = true\n";
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return 'variable "project" {\n  description = "Project name, the prefix of every resource name."\n  type        = string\n  default     = ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "project") : stack1, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 16 }, "end": { "line": 4, "column": 38 } } })) != null ? stack1 : "") + '\n\n  validation {\n    condition     = can(regex("^[a-z][a-z0-9-]{1,20}$", var.project))\n    error_message = "The project name must be 2-21 lowercase letters, digits or dashes, starting with a letter."\n  }\n}\n\nvariable "environment" {\n  description = "Deployment environment (dev, staging, prod)."\n  type        = string\n  default     = ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "environment") : stack1, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 16 }, "end": { "line": 15, "column": 42 } } })) != null ? stack1 : "") + '\n\n  validation {\n    condition     = contains(["dev", "staging", "prod"], var.environment)\n    error_message = "The environment must be dev, staging or prod."\n  }\n}\n\nvariable "aws_region" {\n  description = "AWS region to deploy to."\n  type        = string\n  default     = ' + ((stack1 = (lookupProperty(helpers2, "str") || depth0 && lookupProperty(depth0, "str") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "region") : stack1, { "name": "str", "hash": {}, "data": data, "loc": { "start": { "line": 26, "column": 16 }, "end": { "line": 26, "column": 37 } } })) != null ? stack1 : "") + '\n}\n\nvariable "tags" {\n  description = "Extra tags applied to every resource."\n  type        = map(string)\n  default     = ' + ((stack1 = (lookupProperty(helpers2, "map") || depth0 && lookupProperty(depth0, "map") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "tags") : stack1, { "name": "map", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 16 }, "end": { "line": 32, "column": 35 } } })) != null ? stack1 : "") + "\n}\n" + ((stack1 = lookupProperty(helpers2, "each").call(alias1, depth0 != null ? lookupProperty(depth0, "variables") : depth0, { "name": "each", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 34, "column": 0 }, "end": { "line": 46, "column": 9 } } })) != null ? stack1 : "");
  }, "useData": true } }],
  ["5b52da759b7df174ae859960f48648c70220f152450cc0b3812507cb7e437b0e", { file: "aws/terraform/versions.tf.hbs", mustaches: [["body", 25, 1], ["body", 25, 1], ["body", 32, 1], ["body", 32, 1], ["body", 33, 1]], spec: { "0": function(container, depth0, helpers2, partials, data) {
    return '    archive = {\n      source  = "hashicorp/archive"\n      version = "~> 2.7"\n    }\n';
  }, "1": function(container, depth0, helpers2, partials, data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return " --create-bucket-configuration LocationConstraint=" + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || container.hooks.helperMissing).call(depth0 != null ? depth0 : container.nullContext || {}, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "region") : stack1, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 25, "column": 179 }, "end": { "line": 25, "column": 201 } } })) != null ? stack1 : "");
  }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers2, partials, data) {
    var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
      if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
        return parent[propertyName];
      }
      return void 0;
    };
    return '# Generated by Inframate. Provider pinned to the 6.x series; the schema this module was validated\n# against is recorded in README.md. Terraform 1.11+: passwords and generated secrets are\n# ephemeral values written through write-only arguments, so they never reach the state.\nterraform {\n  required_version = ">= 1.11.0"\n\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 6.0"\n    }\n    random = {\n      source  = "hashicorp/random"\n      version = "~> 3.7"\n    }\n' + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "lambda") : stack1, { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 0 }, "end": { "line": 21, "column": 7 } } })) != null ? stack1 : "") + "  }\n\n  # Remote state (recommended before a team or CI uses this module). Bootstrap once:\n  #   aws s3api create-bucket --bucket <state-bucket> --region " + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "region") : stack1, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 25, "column": 63 }, "end": { "line": 25, "column": 85 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers2, "if").call(alias1, (lookupProperty(helpers2, "not") || depth0 && lookupProperty(depth0, "not") || alias2).call(alias1, (lookupProperty(helpers2, "eq") || depth0 && lookupProperty(depth0, "eq") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "region") : stack1, "us-east-1", { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 25, "column": 96 }, "end": { "line": 25, "column": 126 } } }), { "name": "not", "hash": {}, "data": data, "loc": { "start": { "line": 25, "column": 91 }, "end": { "line": 25, "column": 127 } } }), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 25, "column": 85 }, "end": { "line": 25, "column": 208 } } })) != null ? stack1 : "") + '\n  #   aws s3api put-bucket-versioning --bucket <state-bucket> --versioning-configuration Status=Enabled\n  #   aws s3api put-public-access-block --bucket <state-bucket> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true\n  # then uncomment this block and run `terraform init -migrate-state`.\n  #\n  # backend "s3" {\n  #   bucket       = "<state-bucket>"\n  #   key          = "' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "project") : stack1, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 22 }, "end": { "line": 32, "column": 45 } } })) != null ? stack1 : "") + "/" + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "environment") : stack1, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 46 }, "end": { "line": 32, "column": 73 } } })) != null ? stack1 : "") + '/terraform.tfstate"\n  #   region       = "' + ((stack1 = (lookupProperty(helpers2, "body") || depth0 && lookupProperty(depth0, "body") || alias2).call(alias1, (stack1 = depth0 != null ? lookupProperty(depth0, "module") : depth0) != null ? lookupProperty(stack1, "region") : stack1, { "name": "body", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 22 }, "end": { "line": 33, "column": 44 } } })) != null ? stack1 : "") + '"\n  #   encrypt      = true\n  #   use_lockfile = true\n  # }\n}\n';
  }, "useData": true } }]
]);
function packageRoot(start = dirname(fileURLToPath(import.meta.url))) {
  let dir = start;
  for (; ; ) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, "utf8")).name === "inframate") return dir;
      } catch {
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find the inframate package root (templates/ directory)");
    dir = parent;
  }
}
const templatesDir = (root = packageRoot()) => join(root, "templates", "aws", "terraform");
const OUTPUT_HELPERS = {
  str: (v) => hclString(v),
  body: (v) => escapeHclStringBody(String(v ?? "")),
  ident: (v) => tfIdent(v),
  lit: (v) => hclLiteral(v),
  map: (v) => hclMap(v),
  value: (v) => v && typeof v === "object" && !Array.isArray(v) ? hclMap(v) : hclLiteral(v),
  tftype: (v) => {
    if (!VARIABLE_TYPES.has(String(v))) throw new Error(`unsupported variable type ${JSON.stringify(v)}`);
    return String(v);
  },
  expr,
  md: (v) => markdownText(v),
  diagram: (v) => String(v ?? "").replace(/`/g, "'"),
  money: (v) => typeof v === "number" && Number.isFinite(v) ? `$${v.toFixed(2)}` : "usage-based",
  resource: (r) => resourceArn(r),
  envValue: (e) => envValue(e),
  strings: (v) => hclLiteral((v ?? []).map(String))
};
const VALUE_HELPERS = {
  eq: (a, b) => a === b,
  not: (a) => !a,
  or: (...args) => args.slice(0, -1).find(Boolean) ?? false,
  and: (...args) => args.slice(0, -1).every(Boolean),
  defined: (v) => v !== void 0 && v !== null,
  add: (a, b) => a + b,
  /** Concatenation into a Terraform identifier. */
  join: (...args) => tfIdent(args.slice(0, -1).map(String).join("_").replace(/__+/g, "_")),
  /** Plain concatenation (escaped later by the output helper it feeds). */
  text: (...args) => args.slice(0, -1).map(String).join(""),
  list: (...args) => args.slice(0, -1)
};
const VARIABLE_TYPES = /* @__PURE__ */ new Set(["string", "number", "bool", "map(string)", "list(string)"]);
const environments = /* @__PURE__ */ new Map();
function createEnvironment(dir) {
  const cached = environments.get(dir);
  if (cached) return cached;
  const hb = Handlebars.create();
  environments.set(dir, hb);
  for (const [name, fn] of Object.entries({ ...OUTPUT_HELPERS, ...VALUE_HELPERS }))
    hb.registerHelper(name, fn);
  const partialsDir = join(dir, "partials");
  if (existsSync(partialsDir)) {
    for (const f of readdirSync(partialsDir).filter((x) => x.endsWith(".hbs"))) {
      const src = readFileSync(join(partialsDir, f), "utf8");
      const pre = precompiled(hb, src, `partials/${f}`);
      if (!pre) assertSafeTemplate(src, `partials/${f}`);
      hb.registerPartial(f.replace(/\.hbs$/, ""), pre ?? src);
    }
  }
  return hb;
}
function assertSafeTemplate(source, file, helpers2 = Object.keys(OUTPUT_HELPERS)) {
  const ast2 = Handlebars.parse(source);
  const visit = (node) => {
    if (!node || typeof node !== "object") return;
    const n = node;
    if (n.type === "MustacheStatement") checkMustache(n.path?.original ?? "", n.loc?.start.line ?? 0, n.params?.length ?? 0, file, helpers2);
    for (const v of Object.values(node)) {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === "object" && v.type) visit(v);
    }
  };
  visit(ast2);
}
function checkMustache(name, line, params, file, helpers2) {
  if (!helpers2.includes(name) || params === 0) {
    throw new Error(`${file}:${line}: {{${name}}} inserts a value without an HCL escaping helper`);
  }
}
function precompiled(hb, source, file) {
  if (PRECOMPILED.size === 0) return void 0;
  const entry = PRECOMPILED.get(createHash("sha256").update(source).digest("hex"));
  if (!entry) return void 0;
  const helpers2 = Object.keys(OUTPUT_HELPERS);
  for (const [name, line, params] of entry.mustaches) checkMustache(name, line, params, file, helpers2);
  return hb.template(entry.spec);
}
const templateCache = /* @__PURE__ */ new Map();
const COMPILE_OPTIONS = { noEscape: true, strict: false, preventIndent: true };
function compile(hb, dir, rel) {
  const path = join(dir, rel);
  const key = `${path}`;
  let t = templateCache.get(key);
  if (!t) {
    const src = readFileSync(path, "utf8");
    t = precompiled(hb, src, rel);
    if (!t) {
      assertSafeTemplate(src, rel);
      t = hb.compile(src, COMPILE_OPTIONS);
    }
    templateCache.set(key, t);
  }
  return t;
}
const COMPUTE_KINDS = /* @__PURE__ */ new Set(["ecs-fargate-service", "lambda-function"]);
function uniqueIds(components) {
  const used = /* @__PURE__ */ new Set();
  return components.map((component) => {
    const meta = metaOf(component);
    const base2 = meta.id(component);
    let id = base2;
    for (let i = 2; used.has(`${component.kind}:${id}`); i++) id = `${base2}_${i}`;
    used.add(`${component.kind}:${id}`);
    return { component, id, file: meta.file(component, id) };
  });
}
function reachFor(compute, all, input) {
  const perService = input.serviceDatastores ?? {};
  const anyPerService = Object.values(perService).some((d) => d.length > 0);
  const mine = new Set(perService[compute.component.service ?? ""] ?? []);
  const out = [];
  for (const p of all) {
    const meta = metaOf(p.component);
    if (!meta.reach) continue;
    const serves = DATASTORE_SERVES[p.component.kind];
    if (serves && anyPerService && !serves.some((d) => mine.has(d))) continue;
    out.push(meta.reach(p.component, p.id));
  }
  return out;
}
function renderModule(input, root = packageRoot(), only) {
  const dir = templatesDir(root);
  const hb = createEnvironment(dir);
  const prepared = uniqueIds(input.components);
  const has = (k) => prepared.some((p) => p.component.kind === k);
  const ofKind = (k) => prepared.filter((p) => p.component.kind === k);
  const prod = input.environment === "prod";
  const reaches = (p, datastore) => reachFor(p, prepared, input).some((r) => r.id === datastore.id && r.kind === datastore.component.kind);
  const clientsOf = (datastore) => prepared.filter((p) => COMPUTE_KINDS.has(p.component.kind) && p.component.kind !== "ecs-fargate-service").filter((p) => reaches(p, datastore)).map((p) => ({
    id: `${p.id}_${p.component.kind === "lambda-function" ? "lambda" : "service"}`,
    sg: metaOf(p.component).clientSg(p.component, p.id)
  }));
  const alarms = prepared.flatMap((p) => metaOf(p.component).alarms?.(p.component, p.id) ?? []);
  const module = {
    project: input.project,
    environment: input.environment,
    region: input.region,
    prod,
    tags: input.tags,
    vpc: has("vpc"),
    cluster: has("ecs-cluster"),
    ecsServices: has("ecs-fargate-service"),
    ecr: has("ecr-repository"),
    lambda: has("lambda-function"),
    observability: has("observability"),
    cloudfrontWaf: ofKind("cloudfront").some((p) => p.component.kind === "cloudfront" && p.component.parameters.waf),
    deploy: has("github-deploy"),
    sites: has("s3-static-site")
  };
  const deployTargets = {
    repos: ofKind("ecr-repository").map((p) => p.id),
    services: ofKind("ecs-fargate-service").map((p) => p.id),
    sites: ofKind("s3-static-site").map((p) => p.id),
    functionSets: ofKind("lambda-function").map((p) => p.id)
  };
  const sibling = (id, kind) => prepared.find((o) => o.component.kind === kind && o.id === id)?.component.parameters;
  const files = /* @__PURE__ */ new Map();
  const services = [];
  const append = (file, text) => files.set(file, files.has(file) ? `${files.get(file).trimEnd()}

${text}` : text);
  for (const p of prepared) {
    if (only && !only(MAPPED_FILES[p.component.kind] ?? p.file)) continue;
    const reach = COMPUTE_KINDS.has(p.component.kind) ? reachFor(p, prepared, input) : [];
    const network = reach.flatMap((r) => r.network ? [{ ...r.network, id: r.id }] : []);
    const ctx = {
      urls: metaOf(p.component).connection?.(p.component, p.id).urls ?? [],
      module,
      c: p.component,
      p: p.component.parameters,
      id: p.id,
      service: p.component.service ?? p.id,
      // One name once (ECS rejects a name given twice; the deployability gate's duplicate-container-env rule).
      env: firstByName(reach.flatMap((r) => r.env)),
      secrets: firstByName(reach.flatMap((r) => r.secrets.map((x) => ({ name: x.name, ref: x.arn })))),
      secretArns: reach.flatMap((r) => r.secrets.map((x) => x.arn)),
      iam: reach.flatMap((r) => r.iam),
      network,
      inVpc: network.length > 0,
      clients: clientsOf(p),
      serviceClients: ofKind("ecs-fargate-service").some((x) => reaches(x, p)),
      alarms,
      hasAlb: sibling(p.id, "alb") !== void 0,
      containerPort: sibling(p.id, "ecs-fargate-service")?.containerPort ?? 8080,
      healthCheckPath: sibling(p.id, "ecs-fargate-service")?.healthCheckPath ?? "/",
      siteIndex: sibling(p.id, "s3-static-site")?.indexDocument ?? "index.html",
      singlePageApp: sibling(p.id, "s3-static-site")?.singlePageApp ?? false,
      // SPA + API: CloudFront sends /api/* to the load balancer.
      apiOrigin: has("alb") && (sibling(p.id, "s3-static-site")?.singlePageApp ?? false),
      port: metaOf(p.component).reach?.(p.component, p.id).network?.port,
      ...deployTargets,
      // ECS services: the run contract's variables, Service Connect and load balancer wiring.
      ...p.component.kind === "ecs-fargate-service" ? serviceContext(p, prepared, reach) : {},
      // Lambda functions (a map through modules/lambda-function) and the HTTP API routes to them.
      ...p.component.kind === "lambda-function" ? lambdaContext(p, prepared, reach) : {},
      ...p.component.kind === "api-gateway-http" ? apiContext(p, prepared) : {}
    };
    if (p.component.kind === "ecs-fargate-service")
      services.push({ p, sc: ctx, iam: ctx.iam, network });
    if (MAPPED_KINDS.has(p.component.kind)) continue;
    append(p.file, compile(hb, dir, `components/${p.component.kind}.tf.hbs`)(ctx));
  }
  const repositories = ofKind("ecr-repository");
  if (repositories.length && (!only || only(MAPPED_FILES["ecr-repository"]))) {
    files.set(MAPPED_FILES["ecr-repository"], `${ecrLocals(repositories)}

${compile(hb, dir, "root/ecr-repositories.tf.hbs")({})}`);
  }
  const observability = ofKind("observability")[0]?.component;
  const alarmsOn = observability?.kind === "observability" && observability.parameters.alarms;
  if (services.length) {
    const locals = ecsServicesLocals(services, repositories);
    const call = compile(hb, dir, "root/ecs-services.tf.hbs")({ alb: has("alb"), calls: locals.calls, alarms: alarmsOn });
    files.set(MAPPED_FILES["ecs-fargate-service"], `${locals.text}

${call}`);
  }
  const dns = !only || only("private-dns.tf") ? privateDnsFile(prepared, has("vpc")) : void 0;
  if (dns) files.set("private-dns.tf", dns);
  const moved = Boolean(input.movedFromFileLayout && (has("ecs-fargate-service") || repositories.length));
  const variables = firstByName(prepared.flatMap((p) => metaOf(p.component).variables?.(p.component, p.id) ?? []));
  const outputs = prepared.flatMap((p) => metaOf(p.component).outputs?.(p.component, p.id) ?? []);
  const shared = {
    module,
    variables,
    outputs,
    components: prepared.map((p) => ({ ...p, label: CATALOG[p.component.kind].label })),
    notes: input.notes ?? [],
    costs: input.costs ?? [],
    costNote: input.costNote ?? "",
    total: (input.costs ?? []).reduce((s, c) => s + (c.monthly ?? 0), 0),
    requiredVariables: variables.filter((v) => v.default === void 0),
    schemaVersion: input.schemaLabel ?? "AWS provider 6.x",
    mermaid: input.mermaid ?? "",
    moved,
    runContract: prepared.flatMap(
      (p) => p.component.kind === "ecs-fargate-service" ? (p.component.wiring?.env ?? []).map((e) => ({ service: p.component.service ?? p.id, name: e.name, how: describeWired(e) })) : []
    )
  };
  const ordered = /* @__PURE__ */ new Map();
  const want = (f) => !only || only(f);
  for (const f of ["versions.tf", "providers.tf", "variables.tf"]) if (want(f)) ordered.set(f, compile(hb, dir, `${f}.hbs`)(shared));
  for (const [f, text] of files) ordered.set(f, text);
  if (want("outputs.tf")) ordered.set("outputs.tf", compile(hb, dir, "outputs.tf.hbs")(shared));
  if (want("README.md")) ordered.set("README.md", compile(hb, dir, "README.md.hbs")(shared));
  for (const [f, text] of ordered) ordered.set(f, tidy(f.endsWith(".tf") ? alignHcl(text) : text));
  if (moved && want("moved.tf")) ordered.set("moved.tf", `${movedBlocks(services, repositories, alarmsOn)}
`);
  if (services.length) for (const [f, text] of moduleFiles(dir, "ecs-service")) ordered.set(f, text);
  if (has("lambda-function") && want("modules/lambda-function/main.tf"))
    for (const [f, text] of moduleFiles(dir, "lambda-function")) ordered.set(f, text);
  return {
    files: ordered,
    componentFiles: prepared.map((p) => ({ ...p, file: MAPPED_FILES[p.component.kind] ?? p.file, ...addressOf(p) }))
  };
}
function addressOf(p) {
  if (p.component.kind === "ecs-fargate-service") return { module: ecsServiceModule(unitKey(p.component, p.id)) };
  if (p.component.kind === "ecr-repository") return { key: unitKey(p.component, p.id) };
  if (p.component.kind === "lambda-function") return { module: `module.${p.id}` };
  return {};
}
function tidy(text) {
  return text.replace(/[ \t]+$/gm, "").replace(/\{\n\n+/g, "{\n").replace(/\n{3,}/g, "\n\n").trim() + "\n";
}
function privateDnsFile(prepared, vpc) {
  if (!vpc) return null;
  const aliases = /* @__PURE__ */ new Map();
  for (const p of prepared)
    if (p.component.kind === "ecs-fargate-service")
      for (const d of p.component.wiring?.datastoreHosts ?? []) {
        const host = connectionFor(d.store, prepared)?.host;
        if (host && !aliases.has(d.host)) aliases.set(d.host, host);
      }
  if (!aliases.size) return null;
  const records = [...aliases].map(
    ([name, ref]) => `resource "aws_route53_record" "datastore_host_${tfIdent(name)}" {
  zone_id = aws_route53_zone.datastore_hosts.zone_id
  name    = ${hclString(name)}
  type    = "CNAME"
  ttl     = 60
  records = [${expr(ref)}]
}`
  );
  return `# Host names the application's code hard-codes for its datastores (${[...aliases.keys()].join(", ")}): a private
# hosted zone attached to this VPC holds a CNAME per name to the managed endpoint, and the VPC's DHCP
# options put the zone first on the DNS search list, so "${[...aliases.keys()][0]}" resolves as ${[...aliases.keys()][0]}.<zone>.
# Task definitions on Fargate cannot set dnsSearchDomains: the VPC's DHCP options are the search list.
resource "aws_route53_zone" "datastore_hosts" {
  name    = "\${local.name_prefix}.internal"
  comment = "Hard-coded datastore host names of the application"

  vpc {
    vpc_id = aws_vpc.main.id
  }
}

${records.join("\n\n")}

resource "aws_vpc_dhcp_options" "main" {
  # The zone first, then the region's default domain (EC2 host names keep resolving).
  domain_name         = "\${aws_route53_zone.datastore_hosts.name} \${var.aws_region == "us-east-1" ? "ec2.internal" : "\${var.aws_region}.compute.internal"}"
  domain_name_servers = ["AmazonProvidedDNS"]

  tags = {
    Name = "\${local.name_prefix}-dhcp"
  }
}

resource "aws_vpc_dhcp_options_association" "main" {
  vpc_id          = aws_vpc.main.id
  dhcp_options_id = aws_vpc_dhcp_options.main.id
}
`;
}
function templateExpressions(text) {
  const out = [];
  let i = 0;
  while (i < text.length) {
    const two = text.slice(i, i + 2);
    if ((two === "$$" || two === "%%") && text[i + 2] === "{") {
      i += 3;
      continue;
    }
    if ((two === "${" || two === "%{") && text[i - 1] !== two[0]) {
      const end = matchBrace(text, i + 2);
      const inner = text.slice(i + 2, end);
      const { code, strings } = splitStrings(inner);
      out.push(code);
      for (const s of strings) out.push(...templateExpressions(s));
      i = end + 1;
      continue;
    }
    i++;
  }
  return out;
}
function matchBrace(text, start) {
  let depth2 = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      i = skipString(text, i);
      continue;
    }
    if (ch === "{") depth2++;
    else if (ch === "}") {
      if (depth2 === 0) return i;
      depth2--;
    }
  }
  return text.length;
}
function skipString(text, start) {
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\\") i++;
    else if (ch === '"') return i;
    else if ((ch === "$" || ch === "%") && text[i + 1] === "{" && text[i - 1] !== ch) i = matchBrace(text, i + 2);
  }
  return text.length;
}
function splitStrings(expr2) {
  let code = "";
  const strings = [];
  for (let i = 0; i < expr2.length; i++) {
    if (expr2[i] === '"') {
      const end = skipString(expr2, i);
      strings.push(expr2.slice(i + 1, end));
      code += '""';
      i = end;
    } else code += expr2[i];
  }
  return { code, strings };
}
const RESOURCE_PREFIXES = ["aws", "random", "tls", "null", "archive", "time", "local", "http", "cloudinit", "external"];
const REF = new RegExp(
  String.raw`(?<![\w.\]"])(?:(data)\.([a-z][\w-]*)\.([\w-]+)|(var|local|module)\.([\w-]+)|((?:${RESOURCE_PREFIXES.join("|")})_[\w-]+)\.([\w-]+))`,
  "g"
);
function referencesIn(code) {
  const out = [];
  for (const m of code.matchAll(REF)) {
    if (m[1]) out.push({ kind: "data", target: `data.${m[2]}.${m[3]}` });
    else if (m[4]) out.push({ kind: m[4], target: `${m[4]}.${m[5]}` });
    else if (m[6]) out.push({ kind: "resource", target: `${m[6]}.${m[7]}` });
  }
  return out;
}
function collectReferences(value, into = []) {
  if (typeof value === "string") {
    for (const e of templateExpressions(value)) into.push(...referencesIn(e));
  } else if (Array.isArray(value)) {
    for (const v of value) collectReferences(v, into);
  } else if (value && typeof value === "object") {
    for (const v of Object.values(value)) collectReferences(v, into);
  }
  return into;
}
const BUNDLED_SCHEMA_INDEX = { "sha256": "121cdb07dd59f5a9a06912dde9f477cab44c2360177a8aea98eca0f04cdb3568", "order": ["source", "packageVersion", "providerVersion", "resources", "data"], "header": { "source": "@cdktf/provider-aws", "packageVersion": "21.22.1", "providerVersion": "6.25.0" }, "sections": { "resources": { "names": ["aws_accessanalyzer_analyzer", "aws_accessanalyzer_archive_rule", "aws_account_alternate_contact", "aws_account_primary_contact", "aws_account_region", "aws_acm_certificate", "aws_acm_certificate_validation", "aws_acmpca_certificate", "aws_acmpca_certificate_authority", "aws_acmpca_certificate_authority_certificate", "aws_acmpca_permission", "aws_acmpca_policy", "aws_alb", "aws_alb_listener", "aws_alb_listener_certificate", "aws_alb_listener_rule", "aws_alb_target_group", "aws_alb_target_group_attachment", "aws_ami", "aws_ami_copy", "aws_ami_from_instance", "aws_ami_launch_permission", "aws_amplify_app", "aws_amplify_backend_environment", "aws_amplify_branch", "aws_amplify_domain_association", "aws_amplify_webhook", "aws_api_gateway_account", "aws_api_gateway_api_key", "aws_api_gateway_authorizer", "aws_api_gateway_base_path_mapping", "aws_api_gateway_client_certificate", "aws_api_gateway_deployment", "aws_api_gateway_documentation_part", "aws_api_gateway_documentation_version", "aws_api_gateway_domain_name", "aws_api_gateway_domain_name_access_association", "aws_api_gateway_gateway_response", "aws_api_gateway_integration", "aws_api_gateway_integration_response", "aws_api_gateway_method", "aws_api_gateway_method_response", "aws_api_gateway_method_settings", "aws_api_gateway_model", "aws_api_gateway_request_validator", "aws_api_gateway_resource", "aws_api_gateway_rest_api", "aws_api_gateway_rest_api_policy", "aws_api_gateway_rest_api_put", "aws_api_gateway_stage", "aws_api_gateway_usage_plan", "aws_api_gateway_usage_plan_key", "aws_api_gateway_vpc_link", "aws_apigatewayv2_api", "aws_apigatewayv2_api_mapping", "aws_apigatewayv2_authorizer", "aws_apigatewayv2_deployment", "aws_apigatewayv2_domain_name", "aws_apigatewayv2_integration", "aws_apigatewayv2_integration_response", "aws_apigatewayv2_model", "aws_apigatewayv2_route", "aws_apigatewayv2_route_response", "aws_apigatewayv2_stage", "aws_apigatewayv2_vpc_link", "aws_app_cookie_stickiness_policy", "aws_appautoscaling_policy", "aws_appautoscaling_scheduled_action", "aws_appautoscaling_target", "aws_appconfig_application", "aws_appconfig_configuration_profile", "aws_appconfig_deployment", "aws_appconfig_deployment_strategy", "aws_appconfig_environment", "aws_appconfig_extension", "aws_appconfig_extension_association", "aws_appconfig_hosted_configuration_version", "aws_appfabric_app_authorization", "aws_appfabric_app_authorization_connection", "aws_appfabric_app_bundle", "aws_appfabric_ingestion", "aws_appfabric_ingestion_destination", "aws_appflow_connector_profile", "aws_appflow_flow", "aws_appintegrations_data_integration", "aws_appintegrations_event_integration", "aws_applicationinsights_application", "aws_appmesh_gateway_route", "aws_appmesh_mesh", "aws_appmesh_route", "aws_appmesh_virtual_gateway", "aws_appmesh_virtual_node", "aws_appmesh_virtual_router", "aws_appmesh_virtual_service", "aws_apprunner_auto_scaling_configuration_version", "aws_apprunner_connection", "aws_apprunner_custom_domain_association", "aws_apprunner_default_auto_scaling_configuration_version", "aws_apprunner_deployment", "aws_apprunner_observability_configuration", "aws_apprunner_service", "aws_apprunner_vpc_connector", "aws_apprunner_vpc_ingress_connection", "aws_appstream_directory_config", "aws_appstream_fleet", "aws_appstream_fleet_stack_association", "aws_appstream_image_builder", "aws_appstream_stack", "aws_appstream_user", "aws_appstream_user_stack_association", "aws_appsync_api", "aws_appsync_api_cache", "aws_appsync_api_key", "aws_appsync_channel_namespace", "aws_appsync_datasource", "aws_appsync_domain_name", "aws_appsync_domain_name_api_association", "aws_appsync_function", "aws_appsync_graphql_api", "aws_appsync_resolver", "aws_appsync_source_api_association", "aws_appsync_type", "aws_athena_capacity_reservation", "aws_athena_data_catalog", "aws_athena_database", "aws_athena_named_query", "aws_athena_prepared_statement", "aws_athena_workgroup", "aws_auditmanager_account_registration", "aws_auditmanager_assessment", "aws_auditmanager_assessment_delegation", "aws_auditmanager_assessment_report", "aws_auditmanager_control", "aws_auditmanager_framework", "aws_auditmanager_framework_share", "aws_auditmanager_organization_admin_account_registration", "aws_autoscaling_attachment", "aws_autoscaling_group", "aws_autoscaling_group_tag", "aws_autoscaling_lifecycle_hook", "aws_autoscaling_notification", "aws_autoscaling_policy", "aws_autoscaling_schedule", "aws_autoscaling_traffic_source_attachment", "aws_autoscalingplans_scaling_plan", "aws_backup_framework", "aws_backup_global_settings", "aws_backup_logically_air_gapped_vault", "aws_backup_plan", "aws_backup_region_settings", "aws_backup_report_plan", "aws_backup_restore_testing_plan", "aws_backup_restore_testing_selection", "aws_backup_selection", "aws_backup_vault", "aws_backup_vault_lock_configuration", "aws_backup_vault_notifications", "aws_backup_vault_policy", "aws_batch_compute_environment", "aws_batch_job_definition", "aws_batch_job_queue", "aws_batch_scheduling_policy", "aws_bcmdataexports_export", "aws_bedrock_custom_model", "aws_bedrock_guardrail", "aws_bedrock_guardrail_version", "aws_bedrock_inference_profile", "aws_bedrock_model_invocation_logging_configuration", "aws_bedrock_provisioned_model_throughput", "aws_bedrockagent_agent", "aws_bedrockagent_agent_action_group", "aws_bedrockagent_agent_alias", "aws_bedrockagent_agent_collaborator", "aws_bedrockagent_agent_knowledge_base_association", "aws_bedrockagent_data_source", "aws_bedrockagent_flow", "aws_bedrockagent_knowledge_base", "aws_bedrockagent_prompt", "aws_bedrockagentcore_agent_runtime", "aws_bedrockagentcore_agent_runtime_endpoint", "aws_bedrockagentcore_api_key_credential_provider", "aws_bedrockagentcore_browser", "aws_bedrockagentcore_code_interpreter", "aws_bedrockagentcore_gateway", "aws_bedrockagentcore_gateway_target", "aws_bedrockagentcore_memory", "aws_bedrockagentcore_memory_strategy", "aws_bedrockagentcore_oauth2_credential_provider", "aws_bedrockagentcore_token_vault_cmk", "aws_bedrockagentcore_workload_identity", "aws_billing_view", "aws_budgets_budget", "aws_budgets_budget_action", "aws_ce_anomaly_monitor", "aws_ce_anomaly_subscription", "aws_ce_cost_allocation_tag", "aws_ce_cost_category", "aws_chatbot_slack_channel_configuration", "aws_chatbot_teams_channel_configuration", "aws_chime_voice_connector", "aws_chime_voice_connector_group", "aws_chime_voice_connector_logging", "aws_chime_voice_connector_origination", "aws_chime_voice_connector_streaming", "aws_chime_voice_connector_termination", "aws_chime_voice_connector_termination_credentials", "aws_chimesdkmediapipelines_media_insights_pipeline_configuration", "aws_chimesdkvoice_global_settings", "aws_chimesdkvoice_sip_media_application", "aws_chimesdkvoice_sip_rule", "aws_chimesdkvoice_voice_profile_domain", "aws_cleanrooms_collaboration", "aws_cleanrooms_configured_table", "aws_cleanrooms_membership", "aws_cloud9_environment_ec2", "aws_cloud9_environment_membership", "aws_cloudcontrolapi_resource", "aws_cloudformation_stack", "aws_cloudformation_stack_instances", "aws_cloudformation_stack_set", "aws_cloudformation_stack_set_instance", "aws_cloudformation_type", "aws_cloudfront_cache_policy", "aws_cloudfront_continuous_deployment_policy", "aws_cloudfront_distribution", "aws_cloudfront_field_level_encryption_config", "aws_cloudfront_field_level_encryption_profile", "aws_cloudfront_function", "aws_cloudfront_key_group", "aws_cloudfront_key_value_store", "aws_cloudfront_monitoring_subscription", "aws_cloudfront_origin_access_control", "aws_cloudfront_origin_access_identity", "aws_cloudfront_origin_request_policy", "aws_cloudfront_public_key", "aws_cloudfront_realtime_log_config", "aws_cloudfront_response_headers_policy", "aws_cloudfront_vpc_origin", "aws_cloudfrontkeyvaluestore_key", "aws_cloudfrontkeyvaluestore_keys_exclusive", "aws_cloudhsm_v2_cluster", "aws_cloudhsm_v2_hsm", "aws_cloudsearch_domain", "aws_cloudsearch_domain_service_access_policy", "aws_cloudtrail", "aws_cloudtrail_event_data_store", "aws_cloudtrail_organization_delegated_admin_account", "aws_cloudwatch_composite_alarm", "aws_cloudwatch_contributor_insight_rule", "aws_cloudwatch_contributor_managed_insight_rule", "aws_cloudwatch_dashboard", "aws_cloudwatch_event_api_destination", "aws_cloudwatch_event_archive", "aws_cloudwatch_event_bus", "aws_cloudwatch_event_bus_policy", "aws_cloudwatch_event_connection", "aws_cloudwatch_event_endpoint", "aws_cloudwatch_event_permission", "aws_cloudwatch_event_rule", "aws_cloudwatch_event_target", "aws_cloudwatch_log_account_policy", "aws_cloudwatch_log_anomaly_detector", "aws_cloudwatch_log_data_protection_policy", "aws_cloudwatch_log_delivery", "aws_cloudwatch_log_delivery_destination", "aws_cloudwatch_log_delivery_destination_policy", "aws_cloudwatch_log_delivery_source", "aws_cloudwatch_log_destination", "aws_cloudwatch_log_destination_policy", "aws_cloudwatch_log_group", "aws_cloudwatch_log_index_policy", "aws_cloudwatch_log_metric_filter", "aws_cloudwatch_log_resource_policy", "aws_cloudwatch_log_stream", "aws_cloudwatch_log_subscription_filter", "aws_cloudwatch_log_transformer", "aws_cloudwatch_metric_alarm", "aws_cloudwatch_metric_stream", "aws_cloudwatch_query_definition", "aws_codeartifact_domain", "aws_codeartifact_domain_permissions_policy", "aws_codeartifact_repository", "aws_codeartifact_repository_permissions_policy", "aws_codebuild_fleet", "aws_codebuild_project", "aws_codebuild_report_group", "aws_codebuild_resource_policy", "aws_codebuild_source_credential", "aws_codebuild_webhook", "aws_codecatalyst_dev_environment", "aws_codecatalyst_project", "aws_codecatalyst_source_repository", "aws_codecommit_approval_rule_template", "aws_codecommit_approval_rule_template_association", "aws_codecommit_repository", "aws_codecommit_trigger", "aws_codeconnections_connection", "aws_codeconnections_host", "aws_codedeploy_app", "aws_codedeploy_deployment_config", "aws_codedeploy_deployment_group", "aws_codeguruprofiler_profiling_group", "aws_codegurureviewer_repository_association", "aws_codepipeline", "aws_codepipeline_custom_action_type", "aws_codepipeline_webhook", "aws_codestarconnections_connection", "aws_codestarconnections_host", "aws_codestarnotifications_notification_rule", "aws_cognito_identity_pool", "aws_cognito_identity_pool_provider_principal_tag", "aws_cognito_identity_pool_roles_attachment", "aws_cognito_identity_provider", "aws_cognito_log_delivery_configuration", "aws_cognito_managed_login_branding", "aws_cognito_managed_user_pool_client", "aws_cognito_resource_server", "aws_cognito_risk_configuration", "aws_cognito_user", "aws_cognito_user_group", "aws_cognito_user_in_group", "aws_cognito_user_pool", "aws_cognito_user_pool_client", "aws_cognito_user_pool_domain", "aws_cognito_user_pool_ui_customization", "aws_comprehend_document_classifier", "aws_comprehend_entity_recognizer", "aws_computeoptimizer_enrollment_status", "aws_computeoptimizer_recommendation_preferences", "aws_config_aggregate_authorization", "aws_config_config_rule", "aws_config_configuration_aggregator", "aws_config_configuration_recorder", "aws_config_configuration_recorder_status", "aws_config_conformance_pack", "aws_config_delivery_channel", "aws_config_organization_conformance_pack", "aws_config_organization_custom_policy_rule", "aws_config_organization_custom_rule", "aws_config_organization_managed_rule", "aws_config_remediation_configuration", "aws_config_retention_configuration", "aws_connect_bot_association", "aws_connect_contact_flow", "aws_connect_contact_flow_module", "aws_connect_hours_of_operation", "aws_connect_instance", "aws_connect_instance_storage_config", "aws_connect_lambda_function_association", "aws_connect_phone_number", "aws_connect_phone_number_contact_flow_association", "aws_connect_queue", "aws_connect_quick_connect", "aws_connect_routing_profile", "aws_connect_security_profile", "aws_connect_user", "aws_connect_user_hierarchy_group", "aws_connect_user_hierarchy_structure", "aws_connect_vocabulary", "aws_controltower_baseline", "aws_controltower_control", "aws_controltower_landing_zone", "aws_costoptimizationhub_enrollment_status", "aws_costoptimizationhub_preferences", "aws_cur_report_definition", "aws_customer_gateway", "aws_customerprofiles_domain", "aws_customerprofiles_profile", "aws_dataexchange_data_set", "aws_dataexchange_event_action", "aws_dataexchange_revision", "aws_dataexchange_revision_assets", "aws_datapipeline_pipeline", "aws_datapipeline_pipeline_definition", "aws_datasync_agent", "aws_datasync_location_azure_blob", "aws_datasync_location_efs", "aws_datasync_location_fsx_lustre_file_system", "aws_datasync_location_fsx_ontap_file_system", "aws_datasync_location_fsx_openzfs_file_system", "aws_datasync_location_fsx_windows_file_system", "aws_datasync_location_hdfs", "aws_datasync_location_nfs", "aws_datasync_location_object_storage", "aws_datasync_location_s3", "aws_datasync_location_smb", "aws_datasync_task", "aws_datazone_asset_type", "aws_datazone_domain", "aws_datazone_environment", "aws_datazone_environment_blueprint_configuration", "aws_datazone_environment_profile", "aws_datazone_form_type", "aws_datazone_glossary", "aws_datazone_glossary_term", "aws_datazone_project", "aws_datazone_user_profile", "aws_dax_cluster", "aws_dax_parameter_group", "aws_dax_subnet_group", "aws_db_cluster_snapshot", "aws_db_event_subscription", "aws_db_instance", "aws_db_instance_automated_backups_replication", "aws_db_instance_role_association", "aws_db_option_group", "aws_db_parameter_group", "aws_db_proxy", "aws_db_proxy_default_target_group", "aws_db_proxy_endpoint", "aws_db_proxy_target", "aws_db_snapshot", "aws_db_snapshot_copy", "aws_db_subnet_group", "aws_default_network_acl", "aws_default_route_table", "aws_default_security_group", "aws_default_subnet", "aws_default_vpc", "aws_default_vpc_dhcp_options", "aws_detective_graph", "aws_detective_invitation_accepter", "aws_detective_member", "aws_detective_organization_admin_account", "aws_detective_organization_configuration", "aws_devicefarm_device_pool", "aws_devicefarm_instance_profile", "aws_devicefarm_network_profile", "aws_devicefarm_project", "aws_devicefarm_test_grid_project", "aws_devicefarm_upload", "aws_devopsguru_event_sources_config", "aws_devopsguru_notification_channel", "aws_devopsguru_resource_collection", "aws_devopsguru_service_integration", "aws_directory_service_conditional_forwarder", "aws_directory_service_directory", "aws_directory_service_log_subscription", "aws_directory_service_radius_settings", "aws_directory_service_region", "aws_directory_service_shared_directory", "aws_directory_service_shared_directory_accepter", "aws_directory_service_trust", "aws_dlm_lifecycle_policy", "aws_dms_certificate", "aws_dms_endpoint", "aws_dms_event_subscription", "aws_dms_replication_config", "aws_dms_replication_instance", "aws_dms_replication_subnet_group", "aws_dms_replication_task", "aws_dms_s3_endpoint", "aws_docdb_cluster", "aws_docdb_cluster_instance", "aws_docdb_cluster_parameter_group", "aws_docdb_cluster_snapshot", "aws_docdb_event_subscription", "aws_docdb_global_cluster", "aws_docdb_subnet_group", "aws_docdbelastic_cluster", "aws_drs_replication_configuration_template", "aws_dsql_cluster", "aws_dsql_cluster_peering", "aws_dx_bgp_peer", "aws_dx_connection", "aws_dx_connection_association", "aws_dx_connection_confirmation", "aws_dx_gateway", "aws_dx_gateway_association", "aws_dx_gateway_association_proposal", "aws_dx_hosted_connection", "aws_dx_hosted_private_virtual_interface", "aws_dx_hosted_private_virtual_interface_accepter", "aws_dx_hosted_public_virtual_interface", "aws_dx_hosted_public_virtual_interface_accepter", "aws_dx_hosted_transit_virtual_interface", "aws_dx_hosted_transit_virtual_interface_accepter", "aws_dx_lag", "aws_dx_macsec_key_association", "aws_dx_private_virtual_interface", "aws_dx_public_virtual_interface", "aws_dx_transit_virtual_interface", "aws_dynamodb_contributor_insights", "aws_dynamodb_global_table", "aws_dynamodb_kinesis_streaming_destination", "aws_dynamodb_resource_policy", "aws_dynamodb_table", "aws_dynamodb_table_export", "aws_dynamodb_table_item", "aws_dynamodb_table_replica", "aws_dynamodb_tag", "aws_ebs_default_kms_key", "aws_ebs_encryption_by_default", "aws_ebs_fast_snapshot_restore", "aws_ebs_snapshot", "aws_ebs_snapshot_block_public_access", "aws_ebs_snapshot_copy", "aws_ebs_snapshot_import", "aws_ebs_volume", "aws_ec2_allowed_images_settings", "aws_ec2_availability_zone_group", "aws_ec2_capacity_block_reservation", "aws_ec2_capacity_reservation", "aws_ec2_carrier_gateway", "aws_ec2_client_vpn_authorization_rule", "aws_ec2_client_vpn_endpoint", "aws_ec2_client_vpn_network_association", "aws_ec2_client_vpn_route", "aws_ec2_default_credit_specification", "aws_ec2_fleet", "aws_ec2_host", "aws_ec2_image_block_public_access", "aws_ec2_instance_connect_endpoint", "aws_ec2_instance_metadata_defaults", "aws_ec2_instance_state", "aws_ec2_local_gateway_route", "aws_ec2_local_gateway_route_table_vpc_association", "aws_ec2_managed_prefix_list", "aws_ec2_managed_prefix_list_entry", "aws_ec2_network_insights_analysis", "aws_ec2_network_insights_path", "aws_ec2_serial_console_access", "aws_ec2_subnet_cidr_reservation", "aws_ec2_tag", "aws_ec2_traffic_mirror_filter", "aws_ec2_traffic_mirror_filter_rule", "aws_ec2_traffic_mirror_session", "aws_ec2_traffic_mirror_target", "aws_ec2_transit_gateway", "aws_ec2_transit_gateway_connect", "aws_ec2_transit_gateway_connect_peer", "aws_ec2_transit_gateway_default_route_table_association", "aws_ec2_transit_gateway_default_route_table_propagation", "aws_ec2_transit_gateway_multicast_domain", "aws_ec2_transit_gateway_multicast_domain_association", "aws_ec2_transit_gateway_multicast_group_member", "aws_ec2_transit_gateway_multicast_group_source", "aws_ec2_transit_gateway_peering_attachment", "aws_ec2_transit_gateway_peering_attachment_accepter", "aws_ec2_transit_gateway_policy_table", "aws_ec2_transit_gateway_policy_table_association", "aws_ec2_transit_gateway_prefix_list_reference", "aws_ec2_transit_gateway_route", "aws_ec2_transit_gateway_route_table", "aws_ec2_transit_gateway_route_table_association", "aws_ec2_transit_gateway_route_table_propagation", "aws_ec2_transit_gateway_vpc_attachment", "aws_ec2_transit_gateway_vpc_attachment_accepter", "aws_ecr_account_setting", "aws_ecr_lifecycle_policy", "aws_ecr_pull_through_cache_rule", "aws_ecr_registry_policy", "aws_ecr_registry_scanning_configuration", "aws_ecr_replication_configuration", "aws_ecr_repository", "aws_ecr_repository_creation_template", "aws_ecr_repository_policy", "aws_ecrpublic_repository", "aws_ecrpublic_repository_policy", "aws_ecs_account_setting_default", "aws_ecs_capacity_provider", "aws_ecs_cluster", "aws_ecs_cluster_capacity_providers", "aws_ecs_express_gateway_service", "aws_ecs_service", "aws_ecs_tag", "aws_ecs_task_definition", "aws_ecs_task_set", "aws_efs_access_point", "aws_efs_backup_policy", "aws_efs_file_system", "aws_efs_file_system_policy", "aws_efs_mount_target", "aws_efs_replication_configuration", "aws_egress_only_internet_gateway", "aws_eip", "aws_eip_association", "aws_eip_domain_name", "aws_eks_access_entry", "aws_eks_access_policy_association", "aws_eks_addon", "aws_eks_capability", "aws_eks_cluster", "aws_eks_fargate_profile", "aws_eks_identity_provider_config", "aws_eks_node_group", "aws_eks_pod_identity_association", "aws_elastic_beanstalk_application", "aws_elastic_beanstalk_application_version", "aws_elastic_beanstalk_configuration_template", "aws_elastic_beanstalk_environment", "aws_elasticache_cluster", "aws_elasticache_global_replication_group", "aws_elasticache_parameter_group", "aws_elasticache_replication_group", "aws_elasticache_reserved_cache_node", "aws_elasticache_serverless_cache", "aws_elasticache_subnet_group", "aws_elasticache_user", "aws_elasticache_user_group", "aws_elasticache_user_group_association", "aws_elasticsearch_domain", "aws_elasticsearch_domain_policy", "aws_elasticsearch_domain_saml_options", "aws_elasticsearch_vpc_endpoint", "aws_elastictranscoder_pipeline", "aws_elastictranscoder_preset", "aws_elb", "aws_elb_attachment", "aws_emr_block_public_access_configuration", "aws_emr_cluster", "aws_emr_instance_fleet", "aws_emr_instance_group", "aws_emr_managed_scaling_policy", "aws_emr_security_configuration", "aws_emr_studio", "aws_emr_studio_session_mapping", "aws_emrcontainers_job_template", "aws_emrcontainers_virtual_cluster", "aws_emrserverless_application", "aws_evidently_feature", "aws_evidently_launch", "aws_evidently_project", "aws_evidently_segment", "aws_finspace_kx_cluster", "aws_finspace_kx_database", "aws_finspace_kx_dataview", "aws_finspace_kx_environment", "aws_finspace_kx_scaling_group", "aws_finspace_kx_user", "aws_finspace_kx_volume", "aws_fis_experiment_template", "aws_fis_target_account_configuration", "aws_flow_log", "aws_fms_admin_account", "aws_fms_policy", "aws_fms_resource_set", "aws_fsx_backup", "aws_fsx_data_repository_association", "aws_fsx_file_cache", "aws_fsx_lustre_file_system", "aws_fsx_ontap_file_system", "aws_fsx_ontap_storage_virtual_machine", "aws_fsx_ontap_volume", "aws_fsx_openzfs_file_system", "aws_fsx_openzfs_snapshot", "aws_fsx_openzfs_volume", "aws_fsx_s3_access_point_attachment", "aws_fsx_windows_file_system", "aws_gamelift_alias", "aws_gamelift_build", "aws_gamelift_fleet", "aws_gamelift_game_server_group", "aws_gamelift_game_session_queue", "aws_gamelift_script", "aws_glacier_vault", "aws_glacier_vault_lock", "aws_globalaccelerator_accelerator", "aws_globalaccelerator_cross_account_attachment", "aws_globalaccelerator_custom_routing_accelerator", "aws_globalaccelerator_custom_routing_endpoint_group", "aws_globalaccelerator_custom_routing_listener", "aws_globalaccelerator_endpoint_group", "aws_globalaccelerator_listener", "aws_glue_catalog_database", "aws_glue_catalog_table", "aws_glue_catalog_table_optimizer", "aws_glue_classifier", "aws_glue_connection", "aws_glue_crawler", "aws_glue_data_catalog_encryption_settings", "aws_glue_data_quality_ruleset", "aws_glue_dev_endpoint", "aws_glue_job", "aws_glue_ml_transform", "aws_glue_partition", "aws_glue_partition_index", "aws_glue_registry", "aws_glue_resource_policy", "aws_glue_schema", "aws_glue_security_configuration", "aws_glue_trigger", "aws_glue_user_defined_function", "aws_glue_workflow", "aws_grafana_license_association", "aws_grafana_role_association", "aws_grafana_workspace", "aws_grafana_workspace_api_key", "aws_grafana_workspace_saml_configuration", "aws_grafana_workspace_service_account", "aws_grafana_workspace_service_account_token", "aws_guardduty_detector", "aws_guardduty_detector_feature", "aws_guardduty_filter", "aws_guardduty_invite_accepter", "aws_guardduty_ipset", "aws_guardduty_malware_protection_plan", "aws_guardduty_member", "aws_guardduty_member_detector_feature", "aws_guardduty_organization_admin_account", "aws_guardduty_organization_configuration", "aws_guardduty_organization_configuration_feature", "aws_guardduty_publishing_destination", "aws_guardduty_threatintelset", "aws_iam_access_key", "aws_iam_account_alias", "aws_iam_account_password_policy", "aws_iam_group", "aws_iam_group_membership", "aws_iam_group_policies_exclusive", "aws_iam_group_policy", "aws_iam_group_policy_attachment", "aws_iam_group_policy_attachments_exclusive", "aws_iam_instance_profile", "aws_iam_openid_connect_provider", "aws_iam_organizations_features", "aws_iam_policy", "aws_iam_policy_attachment", "aws_iam_role", "aws_iam_role_policies_exclusive", "aws_iam_role_policy", "aws_iam_role_policy_attachment", "aws_iam_role_policy_attachments_exclusive", "aws_iam_saml_provider", "aws_iam_security_token_service_preferences", "aws_iam_server_certificate", "aws_iam_service_linked_role", "aws_iam_service_specific_credential", "aws_iam_signing_certificate", "aws_iam_user", "aws_iam_user_group_membership", "aws_iam_user_login_profile", "aws_iam_user_policies_exclusive", "aws_iam_user_policy", "aws_iam_user_policy_attachment", "aws_iam_user_policy_attachments_exclusive", "aws_iam_user_ssh_key", "aws_iam_virtual_mfa_device", "aws_identitystore_group", "aws_identitystore_group_membership", "aws_identitystore_user", "aws_imagebuilder_component", "aws_imagebuilder_container_recipe", "aws_imagebuilder_distribution_configuration", "aws_imagebuilder_image", "aws_imagebuilder_image_pipeline", "aws_imagebuilder_image_recipe", "aws_imagebuilder_infrastructure_configuration", "aws_imagebuilder_lifecycle_policy", "aws_imagebuilder_workflow", "aws_inspector_assessment_target", "aws_inspector_assessment_template", "aws_inspector_resource_group", "aws_inspector2_delegated_admin_account", "aws_inspector2_enabler", "aws_inspector2_filter", "aws_inspector2_member_association", "aws_inspector2_organization_configuration", "aws_instance", "aws_internet_gateway", "aws_internet_gateway_attachment", "aws_internetmonitor_monitor", "aws_invoicing_invoice_unit", "aws_iot_authorizer", "aws_iot_billing_group", "aws_iot_ca_certificate", "aws_iot_certificate", "aws_iot_domain_configuration", "aws_iot_event_configurations", "aws_iot_indexing_configuration", "aws_iot_logging_options", "aws_iot_policy", "aws_iot_policy_attachment", "aws_iot_provisioning_template", "aws_iot_role_alias", "aws_iot_thing", "aws_iot_thing_group", "aws_iot_thing_group_membership", "aws_iot_thing_principal_attachment", "aws_iot_thing_type", "aws_iot_topic_rule", "aws_iot_topic_rule_destination", "aws_ivs_channel", "aws_ivs_playback_key_pair", "aws_ivs_recording_configuration", "aws_ivschat_logging_configuration", "aws_ivschat_room", "aws_kendra_data_source", "aws_kendra_experience", "aws_kendra_faq", "aws_kendra_index", "aws_kendra_query_suggestions_block_list", "aws_kendra_thesaurus", "aws_key_pair", "aws_keyspaces_keyspace", "aws_keyspaces_table", "aws_kinesis_analytics_application", "aws_kinesis_firehose_delivery_stream", "aws_kinesis_resource_policy", "aws_kinesis_stream", "aws_kinesis_stream_consumer", "aws_kinesis_video_stream", "aws_kinesisanalyticsv2_application", "aws_kinesisanalyticsv2_application_snapshot", "aws_kms_alias", "aws_kms_ciphertext", "aws_kms_custom_key_store", "aws_kms_external_key", "aws_kms_grant", "aws_kms_key", "aws_kms_key_policy", "aws_kms_replica_external_key", "aws_kms_replica_key", "aws_lakeformation_data_cells_filter", "aws_lakeformation_data_lake_settings", "aws_lakeformation_identity_center_configuration", "aws_lakeformation_lf_tag", "aws_lakeformation_lf_tag_expression", "aws_lakeformation_opt_in", "aws_lakeformation_permissions", "aws_lakeformation_resource", "aws_lakeformation_resource_lf_tag", "aws_lakeformation_resource_lf_tags", "aws_lambda_alias", "aws_lambda_capacity_provider", "aws_lambda_code_signing_config", "aws_lambda_event_source_mapping", "aws_lambda_function", "aws_lambda_function_event_invoke_config", "aws_lambda_function_recursion_config", "aws_lambda_function_url", "aws_lambda_invocation", "aws_lambda_layer_version", "aws_lambda_layer_version_permission", "aws_lambda_permission", "aws_lambda_provisioned_concurrency_config", "aws_lambda_runtime_management_config", "aws_launch_configuration", "aws_launch_template", "aws_lb", "aws_lb_cookie_stickiness_policy", "aws_lb_listener", "aws_lb_listener_certificate", "aws_lb_listener_rule", "aws_lb_ssl_negotiation_policy", "aws_lb_target_group", "aws_lb_target_group_attachment", "aws_lb_trust_store", "aws_lb_trust_store_revocation", "aws_lex_bot", "aws_lex_bot_alias", "aws_lex_intent", "aws_lex_slot_type", "aws_lexv2models_bot", "aws_lexv2models_bot_locale", "aws_lexv2models_bot_version", "aws_lexv2models_intent", "aws_lexv2models_slot", "aws_lexv2models_slot_type", "aws_licensemanager_association", "aws_licensemanager_grant", "aws_licensemanager_grant_accepter", "aws_licensemanager_license_configuration", "aws_lightsail_bucket", "aws_lightsail_bucket_access_key", "aws_lightsail_bucket_resource_access", "aws_lightsail_certificate", "aws_lightsail_container_service", "aws_lightsail_container_service_deployment_version", "aws_lightsail_database", "aws_lightsail_disk", "aws_lightsail_disk_attachment", "aws_lightsail_distribution", "aws_lightsail_domain", "aws_lightsail_domain_entry", "aws_lightsail_instance", "aws_lightsail_instance_public_ports", "aws_lightsail_key_pair", "aws_lightsail_lb", "aws_lightsail_lb_attachment", "aws_lightsail_lb_certificate", "aws_lightsail_lb_certificate_attachment", "aws_lightsail_lb_https_redirection_policy", "aws_lightsail_lb_stickiness_policy", "aws_lightsail_static_ip", "aws_lightsail_static_ip_attachment", "aws_load_balancer_backend_server_policy", "aws_load_balancer_listener_policy", "aws_load_balancer_policy", "aws_location_geofence_collection", "aws_location_map", "aws_location_place_index", "aws_location_route_calculator", "aws_location_tracker", "aws_location_tracker_association", "aws_m2_application", "aws_m2_deployment", "aws_m2_environment", "aws_macie2_account", "aws_macie2_classification_export_configuration", "aws_macie2_classification_job", "aws_macie2_custom_data_identifier", "aws_macie2_findings_filter", "aws_macie2_invitation_accepter", "aws_macie2_member", "aws_macie2_organization_admin_account", "aws_macie2_organization_configuration", "aws_main_route_table_association", "aws_media_convert_queue", "aws_media_package_channel", "aws_media_packagev2_channel_group", "aws_media_store_container", "aws_media_store_container_policy", "aws_medialive_channel", "aws_medialive_input", "aws_medialive_input_security_group", "aws_medialive_multiplex", "aws_medialive_multiplex_program", "aws_memorydb_acl", "aws_memorydb_cluster", "aws_memorydb_multi_region_cluster", "aws_memorydb_parameter_group", "aws_memorydb_snapshot", "aws_memorydb_subnet_group", "aws_memorydb_user", "aws_mq_broker", "aws_mq_configuration", "aws_msk_cluster", "aws_msk_cluster_policy", "aws_msk_configuration", "aws_msk_replicator", "aws_msk_scram_secret_association", "aws_msk_serverless_cluster", "aws_msk_single_scram_secret_association", "aws_msk_vpc_connection", "aws_mskconnect_connector", "aws_mskconnect_custom_plugin", "aws_mskconnect_worker_configuration", "aws_mwaa_environment", "aws_nat_gateway", "aws_nat_gateway_eip_association", "aws_neptune_cluster", "aws_neptune_cluster_endpoint", "aws_neptune_cluster_instance", "aws_neptune_cluster_parameter_group", "aws_neptune_cluster_snapshot", "aws_neptune_event_subscription", "aws_neptune_global_cluster", "aws_neptune_parameter_group", "aws_neptune_subnet_group", "aws_neptunegraph_graph", "aws_network_acl", "aws_network_acl_association", "aws_network_acl_rule", "aws_network_interface", "aws_network_interface_attachment", "aws_network_interface_permission", "aws_network_interface_sg_attachment", "aws_networkfirewall_firewall", "aws_networkfirewall_firewall_policy", "aws_networkfirewall_firewall_transit_gateway_attachment_accepter", "aws_networkfirewall_logging_configuration", "aws_networkfirewall_resource_policy", "aws_networkfirewall_rule_group", "aws_networkfirewall_tls_inspection_configuration", "aws_networkfirewall_vpc_endpoint_association", "aws_networkflowmonitor_monitor", "aws_networkflowmonitor_scope", "aws_networkmanager_attachment_accepter", "aws_networkmanager_connect_attachment", "aws_networkmanager_connect_peer", "aws_networkmanager_connection", "aws_networkmanager_core_network", "aws_networkmanager_core_network_policy_attachment", "aws_networkmanager_customer_gateway_association", "aws_networkmanager_device", "aws_networkmanager_dx_gateway_attachment", "aws_networkmanager_global_network", "aws_networkmanager_link", "aws_networkmanager_link_association", "aws_networkmanager_site", "aws_networkmanager_site_to_site_vpn_attachment", "aws_networkmanager_transit_gateway_connect_peer_association", "aws_networkmanager_transit_gateway_peering", "aws_networkmanager_transit_gateway_registration", "aws_networkmanager_transit_gateway_route_table_attachment", "aws_networkmanager_vpc_attachment", "aws_networkmonitor_monitor", "aws_networkmonitor_probe", "aws_notifications_channel_association", "aws_notifications_event_rule", "aws_notifications_notification_configuration", "aws_notifications_notification_hub", "aws_notificationscontacts_email_contact", "aws_oam_link", "aws_oam_sink", "aws_oam_sink_policy", "aws_observabilityadmin_centralization_rule_for_organization", "aws_odb_cloud_autonomous_vm_cluster", "aws_odb_cloud_exadata_infrastructure", "aws_odb_cloud_vm_cluster", "aws_odb_network", "aws_odb_network_peering_connection", "aws_opensearch_authorize_vpc_endpoint_access", "aws_opensearch_domain", "aws_opensearch_domain_policy", "aws_opensearch_domain_saml_options", "aws_opensearch_inbound_connection_accepter", "aws_opensearch_outbound_connection", "aws_opensearch_package", "aws_opensearch_package_association", "aws_opensearch_vpc_endpoint", "aws_opensearchserverless_access_policy", "aws_opensearchserverless_collection", "aws_opensearchserverless_lifecycle_policy", "aws_opensearchserverless_security_config", "aws_opensearchserverless_security_policy", "aws_opensearchserverless_vpc_endpoint", "aws_organizations_account", "aws_organizations_delegated_administrator", "aws_organizations_organization", "aws_organizations_organizational_unit", "aws_organizations_policy", "aws_organizations_policy_attachment", "aws_organizations_resource_policy", "aws_osis_pipeline", "aws_paymentcryptography_key", "aws_paymentcryptography_key_alias", "aws_pinpoint_adm_channel", "aws_pinpoint_apns_channel", "aws_pinpoint_apns_sandbox_channel", "aws_pinpoint_apns_voip_channel", "aws_pinpoint_apns_voip_sandbox_channel", "aws_pinpoint_app", "aws_pinpoint_baidu_channel", "aws_pinpoint_email_channel", "aws_pinpoint_email_template", "aws_pinpoint_event_stream", "aws_pinpoint_gcm_channel", "aws_pinpoint_sms_channel", "aws_pinpointsmsvoicev2_configuration_set", "aws_pinpointsmsvoicev2_opt_out_list", "aws_pinpointsmsvoicev2_phone_number", "aws_pipes_pipe", "aws_placement_group", "aws_prometheus_alert_manager_definition", "aws_prometheus_query_logging_configuration", "aws_prometheus_resource_policy", "aws_prometheus_rule_group_namespace", "aws_prometheus_scraper", "aws_prometheus_workspace", "aws_prometheus_workspace_configuration", "aws_proxy_protocol_policy", "aws_qbusiness_application", "aws_qldb_ledger", "aws_qldb_stream", "aws_quicksight_account_settings", "aws_quicksight_account_subscription", "aws_quicksight_analysis", "aws_quicksight_custom_permissions", "aws_quicksight_dashboard", "aws_quicksight_data_set", "aws_quicksight_data_source", "aws_quicksight_folder", "aws_quicksight_folder_membership", "aws_quicksight_group", "aws_quicksight_group_membership", "aws_quicksight_iam_policy_assignment", "aws_quicksight_ingestion", "aws_quicksight_ip_restriction", "aws_quicksight_key_registration", "aws_quicksight_namespace", "aws_quicksight_refresh_schedule", "aws_quicksight_role_custom_permission", "aws_quicksight_role_membership", "aws_quicksight_template", "aws_quicksight_template_alias", "aws_quicksight_theme", "aws_quicksight_user", "aws_quicksight_user_custom_permission", "aws_quicksight_vpc_connection", "aws_ram_principal_association", "aws_ram_resource_association", "aws_ram_resource_share", "aws_ram_resource_share_accepter", "aws_ram_sharing_with_organization", "aws_rbin_rule", "aws_rds_certificate", "aws_rds_cluster", "aws_rds_cluster_activity_stream", "aws_rds_cluster_endpoint", "aws_rds_cluster_instance", "aws_rds_cluster_parameter_group", "aws_rds_cluster_role_association", "aws_rds_cluster_snapshot_copy", "aws_rds_custom_db_engine_version", "aws_rds_export_task", "aws_rds_global_cluster", "aws_rds_instance_state", "aws_rds_integration", "aws_rds_reserved_instance", "aws_rds_shard_group", "aws_redshift_authentication_profile", "aws_redshift_cluster", "aws_redshift_cluster_iam_roles", "aws_redshift_cluster_snapshot", "aws_redshift_data_share_authorization", "aws_redshift_data_share_consumer_association", "aws_redshift_endpoint_access", "aws_redshift_endpoint_authorization", "aws_redshift_event_subscription", "aws_redshift_hsm_client_certificate", "aws_redshift_hsm_configuration", "aws_redshift_integration", "aws_redshift_logging", "aws_redshift_parameter_group", "aws_redshift_partner", "aws_redshift_resource_policy", "aws_redshift_scheduled_action", "aws_redshift_snapshot_copy", "aws_redshift_snapshot_copy_grant", "aws_redshift_snapshot_schedule", "aws_redshift_snapshot_schedule_association", "aws_redshift_subnet_group", "aws_redshift_usage_limit", "aws_redshiftdata_statement", "aws_redshiftserverless_custom_domain_association", "aws_redshiftserverless_endpoint_access", "aws_redshiftserverless_namespace", "aws_redshiftserverless_resource_policy", "aws_redshiftserverless_snapshot", "aws_redshiftserverless_usage_limit", "aws_redshiftserverless_workgroup", "aws_rekognition_collection", "aws_rekognition_project", "aws_rekognition_stream_processor", "aws_resiliencehub_resiliency_policy", "aws_resourceexplorer2_index", "aws_resourceexplorer2_view", "aws_resourcegroups_group", "aws_resourcegroups_resource", "aws_rolesanywhere_profile", "aws_rolesanywhere_trust_anchor", "aws_route", "aws_route_table", "aws_route_table_association", "aws_route53_cidr_collection", "aws_route53_cidr_location", "aws_route53_delegation_set", "aws_route53_health_check", "aws_route53_hosted_zone_dnssec", "aws_route53_key_signing_key", "aws_route53_query_log", "aws_route53_record", "aws_route53_records_exclusive", "aws_route53_resolver_config", "aws_route53_resolver_dnssec_config", "aws_route53_resolver_endpoint", "aws_route53_resolver_firewall_config", "aws_route53_resolver_firewall_domain_list", "aws_route53_resolver_firewall_rule", "aws_route53_resolver_firewall_rule_group", "aws_route53_resolver_firewall_rule_group_association", "aws_route53_resolver_query_log_config", "aws_route53_resolver_query_log_config_association", "aws_route53_resolver_rule", "aws_route53_resolver_rule_association", "aws_route53_traffic_policy", "aws_route53_traffic_policy_instance", "aws_route53_vpc_association_authorization", "aws_route53_zone", "aws_route53_zone_association", "aws_route53domains_delegation_signer_record", "aws_route53domains_domain", "aws_route53domains_registered_domain", "aws_route53profiles_association", "aws_route53profiles_profile", "aws_route53profiles_resource_association", "aws_route53recoverycontrolconfig_cluster", "aws_route53recoverycontrolconfig_control_panel", "aws_route53recoverycontrolconfig_routing_control", "aws_route53recoverycontrolconfig_safety_rule", "aws_route53recoveryreadiness_cell", "aws_route53recoveryreadiness_readiness_check", "aws_route53recoveryreadiness_recovery_group", "aws_route53recoveryreadiness_resource_set", "aws_rum_app_monitor", "aws_rum_metrics_destination", "aws_s3_access_point", "aws_s3_account_public_access_block", "aws_s3_bucket", "aws_s3_bucket_abac", "aws_s3_bucket_accelerate_configuration", "aws_s3_bucket_acl", "aws_s3_bucket_analytics_configuration", "aws_s3_bucket_cors_configuration", "aws_s3_bucket_intelligent_tiering_configuration", "aws_s3_bucket_inventory", "aws_s3_bucket_lifecycle_configuration", "aws_s3_bucket_logging", "aws_s3_bucket_metadata_configuration", "aws_s3_bucket_metric", "aws_s3_bucket_notification", "aws_s3_bucket_object", "aws_s3_bucket_object_lock_configuration", "aws_s3_bucket_ownership_controls", "aws_s3_bucket_policy", "aws_s3_bucket_public_access_block", "aws_s3_bucket_replication_configuration", "aws_s3_bucket_request_payment_configuration", "aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket_versioning", "aws_s3_bucket_website_configuration", "aws_s3_directory_bucket", "aws_s3_object", "aws_s3_object_copy", "aws_s3control_access_grant", "aws_s3control_access_grants_instance", "aws_s3control_access_grants_instance_resource_policy", "aws_s3control_access_grants_location", "aws_s3control_access_point_policy", "aws_s3control_bucket", "aws_s3control_bucket_lifecycle_configuration", "aws_s3control_bucket_policy", "aws_s3control_directory_bucket_access_point_scope", "aws_s3control_multi_region_access_point", "aws_s3control_multi_region_access_point_policy", "aws_s3control_object_lambda_access_point", "aws_s3control_object_lambda_access_point_policy", "aws_s3control_storage_lens_configuration", "aws_s3outposts_endpoint", "aws_s3tables_namespace", "aws_s3tables_table", "aws_s3tables_table_bucket", "aws_s3tables_table_bucket_policy", "aws_s3tables_table_bucket_replication", "aws_s3tables_table_policy", "aws_s3tables_table_replication", "aws_s3vectors_index", "aws_s3vectors_vector_bucket", "aws_s3vectors_vector_bucket_policy", "aws_sagemaker_app", "aws_sagemaker_app_image_config", "aws_sagemaker_code_repository", "aws_sagemaker_data_quality_job_definition", "aws_sagemaker_device", "aws_sagemaker_device_fleet", "aws_sagemaker_domain", "aws_sagemaker_endpoint", "aws_sagemaker_endpoint_configuration", "aws_sagemaker_feature_group", "aws_sagemaker_flow_definition", "aws_sagemaker_hub", "aws_sagemaker_human_task_ui", "aws_sagemaker_image", "aws_sagemaker_image_version", "aws_sagemaker_mlflow_tracking_server", "aws_sagemaker_model", "aws_sagemaker_model_package_group", "aws_sagemaker_model_package_group_policy", "aws_sagemaker_monitoring_schedule", "aws_sagemaker_notebook_instance", "aws_sagemaker_notebook_instance_lifecycle_configuration", "aws_sagemaker_pipeline", "aws_sagemaker_project", "aws_sagemaker_servicecatalog_portfolio_status", "aws_sagemaker_space", "aws_sagemaker_studio_lifecycle_config", "aws_sagemaker_user_profile", "aws_sagemaker_workforce", "aws_sagemaker_workteam", "aws_scheduler_schedule", "aws_scheduler_schedule_group", "aws_schemas_discoverer", "aws_schemas_registry", "aws_schemas_registry_policy", "aws_schemas_schema", "aws_secretsmanager_secret", "aws_secretsmanager_secret_policy", "aws_secretsmanager_secret_rotation", "aws_secretsmanager_secret_version", "aws_security_group", "aws_security_group_rule", "aws_securityhub_account", "aws_securityhub_action_target", "aws_securityhub_automation_rule", "aws_securityhub_configuration_policy", "aws_securityhub_configuration_policy_association", "aws_securityhub_finding_aggregator", "aws_securityhub_insight", "aws_securityhub_invite_accepter", "aws_securityhub_member", "aws_securityhub_organization_admin_account", "aws_securityhub_organization_configuration", "aws_securityhub_product_subscription", "aws_securityhub_standards_control", "aws_securityhub_standards_control_association", "aws_securityhub_standards_subscription", "aws_securitylake_aws_log_source", "aws_securitylake_custom_log_source", "aws_securitylake_data_lake", "aws_securitylake_subscriber", "aws_securitylake_subscriber_notification", "aws_serverlessapplicationrepository_cloudformation_stack", "aws_service_discovery_http_namespace", "aws_service_discovery_instance", "aws_service_discovery_private_dns_namespace", "aws_service_discovery_public_dns_namespace", "aws_service_discovery_service", "aws_servicecatalog_budget_resource_association", "aws_servicecatalog_constraint", "aws_servicecatalog_organizations_access", "aws_servicecatalog_portfolio", "aws_servicecatalog_portfolio_share", "aws_servicecatalog_principal_portfolio_association", "aws_servicecatalog_product", "aws_servicecatalog_product_portfolio_association", "aws_servicecatalog_provisioned_product", "aws_servicecatalog_provisioning_artifact", "aws_servicecatalog_service_action", "aws_servicecatalog_tag_option", "aws_servicecatalog_tag_option_resource_association", "aws_servicecatalogappregistry_application", "aws_servicecatalogappregistry_attribute_group", "aws_servicecatalogappregistry_attribute_group_association", "aws_servicequotas_service_quota", "aws_servicequotas_template", "aws_servicequotas_template_association", "aws_ses_active_receipt_rule_set", "aws_ses_configuration_set", "aws_ses_domain_dkim", "aws_ses_domain_identity", "aws_ses_domain_identity_verification", "aws_ses_domain_mail_from", "aws_ses_email_identity", "aws_ses_event_destination", "aws_ses_identity_notification_topic", "aws_ses_identity_policy", "aws_ses_receipt_filter", "aws_ses_receipt_rule", "aws_ses_receipt_rule_set", "aws_ses_template", "aws_sesv2_account_suppression_attributes", "aws_sesv2_account_vdm_attributes", "aws_sesv2_configuration_set", "aws_sesv2_configuration_set_event_destination", "aws_sesv2_contact_list", "aws_sesv2_dedicated_ip_assignment", "aws_sesv2_dedicated_ip_pool", "aws_sesv2_email_identity", "aws_sesv2_email_identity_feedback_attributes", "aws_sesv2_email_identity_mail_from_attributes", "aws_sesv2_email_identity_policy", "aws_sfn_activity", "aws_sfn_alias", "aws_sfn_state_machine", "aws_shield_application_layer_automatic_response", "aws_shield_drt_access_log_bucket_association", "aws_shield_drt_access_role_arn_association", "aws_shield_proactive_engagement", "aws_shield_protection", "aws_shield_protection_group", "aws_shield_protection_health_check_association", "aws_shield_subscription", "aws_signer_signing_job", "aws_signer_signing_profile", "aws_signer_signing_profile_permission", "aws_snapshot_create_volume_permission", "aws_sns_platform_application", "aws_sns_sms_preferences", "aws_sns_topic", "aws_sns_topic_data_protection_policy", "aws_sns_topic_policy", "aws_sns_topic_subscription", "aws_spot_datafeed_subscription", "aws_spot_fleet_request", "aws_spot_instance_request", "aws_sqs_queue", "aws_sqs_queue_policy", "aws_sqs_queue_redrive_allow_policy", "aws_sqs_queue_redrive_policy", "aws_ssm_activation", "aws_ssm_association", "aws_ssm_default_patch_baseline", "aws_ssm_document", "aws_ssm_maintenance_window", "aws_ssm_maintenance_window_target", "aws_ssm_maintenance_window_task", "aws_ssm_parameter", "aws_ssm_patch_baseline", "aws_ssm_patch_group", "aws_ssm_resource_data_sync", "aws_ssm_service_setting", "aws_ssmcontacts_contact", "aws_ssmcontacts_contact_channel", "aws_ssmcontacts_plan", "aws_ssmcontacts_rotation", "aws_ssmincidents_replication_set", "aws_ssmincidents_response_plan", "aws_ssmquicksetup_configuration_manager", "aws_ssoadmin_account_assignment", "aws_ssoadmin_application", "aws_ssoadmin_application_access_scope", "aws_ssoadmin_application_assignment", "aws_ssoadmin_application_assignment_configuration", "aws_ssoadmin_customer_managed_policy_attachment", "aws_ssoadmin_instance_access_control_attributes", "aws_ssoadmin_managed_policy_attachment", "aws_ssoadmin_permission_set", "aws_ssoadmin_permission_set_inline_policy", "aws_ssoadmin_permissions_boundary_attachment", "aws_ssoadmin_trusted_token_issuer", "aws_storagegateway_cache", "aws_storagegateway_cached_iscsi_volume", "aws_storagegateway_file_system_association", "aws_storagegateway_gateway", "aws_storagegateway_nfs_file_share", "aws_storagegateway_smb_file_share", "aws_storagegateway_stored_iscsi_volume", "aws_storagegateway_tape_pool", "aws_storagegateway_upload_buffer", "aws_storagegateway_working_storage", "aws_subnet", "aws_swf_domain", "aws_synthetics_canary", "aws_synthetics_group", "aws_synthetics_group_association", "aws_timestreaminfluxdb_db_cluster", "aws_timestreaminfluxdb_db_instance", "aws_timestreamquery_scheduled_query", "aws_timestreamwrite_database", "aws_timestreamwrite_table", "aws_transcribe_language_model", "aws_transcribe_medical_vocabulary", "aws_transcribe_vocabulary", "aws_transcribe_vocabulary_filter", "aws_transfer_access", "aws_transfer_agreement", "aws_transfer_certificate", "aws_transfer_connector", "aws_transfer_host_key", "aws_transfer_profile", "aws_transfer_server", "aws_transfer_ssh_key", "aws_transfer_tag", "aws_transfer_user", "aws_transfer_web_app", "aws_transfer_web_app_customization", "aws_transfer_workflow", "aws_verifiedaccess_endpoint", "aws_verifiedaccess_group", "aws_verifiedaccess_instance", "aws_verifiedaccess_instance_logging_configuration", "aws_verifiedaccess_instance_trust_provider_attachment", "aws_verifiedaccess_trust_provider", "aws_verifiedpermissions_identity_source", "aws_verifiedpermissions_policy", "aws_verifiedpermissions_policy_store", "aws_verifiedpermissions_policy_template", "aws_verifiedpermissions_schema", "aws_volume_attachment", "aws_vpc", "aws_vpc_block_public_access_exclusion", "aws_vpc_block_public_access_options", "aws_vpc_dhcp_options", "aws_vpc_dhcp_options_association", "aws_vpc_encryption_control", "aws_vpc_endpoint", "aws_vpc_endpoint_connection_accepter", "aws_vpc_endpoint_connection_notification", "aws_vpc_endpoint_policy", "aws_vpc_endpoint_private_dns", "aws_vpc_endpoint_route_table_association", "aws_vpc_endpoint_security_group_association", "aws_vpc_endpoint_service", "aws_vpc_endpoint_service_allowed_principal", "aws_vpc_endpoint_service_private_dns_verification", "aws_vpc_endpoint_subnet_association", "aws_vpc_ipam", "aws_vpc_ipam_organization_admin_account", "aws_vpc_ipam_pool", "aws_vpc_ipam_pool_cidr", "aws_vpc_ipam_pool_cidr_allocation", "aws_vpc_ipam_preview_next_cidr", "aws_vpc_ipam_resource_discovery", "aws_vpc_ipam_resource_discovery_association", "aws_vpc_ipam_scope", "aws_vpc_ipv4_cidr_block_association", "aws_vpc_ipv6_cidr_block_association", "aws_vpc_network_performance_metric_subscription", "aws_vpc_peering_connection", "aws_vpc_peering_connection_accepter", "aws_vpc_peering_connection_options", "aws_vpc_route_server", "aws_vpc_route_server_endpoint", "aws_vpc_route_server_peer", "aws_vpc_route_server_propagation", "aws_vpc_route_server_vpc_association", "aws_vpc_security_group_egress_rule", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_vpc_association", "aws_vpclattice_access_log_subscription", "aws_vpclattice_auth_policy", "aws_vpclattice_domain_verification", "aws_vpclattice_listener", "aws_vpclattice_listener_rule", "aws_vpclattice_resource_configuration", "aws_vpclattice_resource_gateway", "aws_vpclattice_resource_policy", "aws_vpclattice_service", "aws_vpclattice_service_network", "aws_vpclattice_service_network_resource_association", "aws_vpclattice_service_network_service_association", "aws_vpclattice_service_network_vpc_association", "aws_vpclattice_target_group", "aws_vpclattice_target_group_attachment", "aws_vpn_concentrator", "aws_vpn_connection", "aws_vpn_connection_route", "aws_vpn_gateway", "aws_vpn_gateway_attachment", "aws_vpn_gateway_route_propagation", "aws_waf_byte_match_set", "aws_waf_geo_match_set", "aws_waf_ipset", "aws_waf_rate_based_rule", "aws_waf_regex_match_set", "aws_waf_regex_pattern_set", "aws_waf_rule", "aws_waf_rule_group", "aws_waf_size_constraint_set", "aws_waf_sql_injection_match_set", "aws_waf_web_acl", "aws_waf_xss_match_set", "aws_wafregional_byte_match_set", "aws_wafregional_geo_match_set", "aws_wafregional_ipset", "aws_wafregional_rate_based_rule", "aws_wafregional_regex_match_set", "aws_wafregional_regex_pattern_set", "aws_wafregional_rule", "aws_wafregional_rule_group", "aws_wafregional_size_constraint_set", "aws_wafregional_sql_injection_match_set", "aws_wafregional_web_acl", "aws_wafregional_web_acl_association", "aws_wafregional_xss_match_set", "aws_wafv2_api_key", "aws_wafv2_ip_set", "aws_wafv2_regex_pattern_set", "aws_wafv2_rule_group", "aws_wafv2_web_acl", "aws_wafv2_web_acl_association", "aws_wafv2_web_acl_logging_configuration", "aws_wafv2_web_acl_rule_group_association", "aws_workspaces_connection_alias", "aws_workspaces_directory", "aws_workspaces_ip_group", "aws_workspaces_workspace", "aws_workspacesweb_browser_settings", "aws_workspacesweb_browser_settings_association", "aws_workspacesweb_data_protection_settings", "aws_workspacesweb_data_protection_settings_association", "aws_workspacesweb_identity_provider", "aws_workspacesweb_ip_access_settings", "aws_workspacesweb_ip_access_settings_association", "aws_workspacesweb_network_settings", "aws_workspacesweb_network_settings_association", "aws_workspacesweb_portal", "aws_workspacesweb_session_logger", "aws_workspacesweb_session_logger_association", "aws_workspacesweb_trust_store", "aws_workspacesweb_trust_store_association", "aws_workspacesweb_user_access_logging_settings", "aws_workspacesweb_user_access_logging_settings_association", "aws_workspacesweb_user_settings", "aws_workspacesweb_user_settings_association", "aws_xray_encryption_config", "aws_xray_group", "aws_xray_resource_policy", "aws_xray_sampling_rule"], "offsets": [129, 468, 503, 645, 678, 832, 863, 1076, 1098, 1196, 1219, 1583, 1617, 1722, 1748, 1944, 1980, 2712, 2760, 2849, 2874, 2968, 2989, 3040, 3051, 4116, 4136, 6586, 6618, 6678, 6703, 8189, 8213, 9223, 9258, 9343, 9354, 9897, 9913, 10187, 10212, 10446, 10475, 10579, 10598, 11370, 11405, 11496, 11518, 11891, 11925, 12163, 12186, 12250, 12277, 12315, 12342, 12440, 12470, 12669, 12706, 12798, 12836, 12889, 12919, 12997, 13035, 13182, 13223, 13288, 13319, 13754, 13804, 13912, 13948, 14062, 14093, 14498, 14538, 14703, 14729, 14950, 14985, 15108, 15143, 15509, 15534, 15620, 15657, 15759, 15787, 15852, 15880, 16200, 16235, 16285, 16317, 16437, 16462, 16866, 16896, 17198, 17232, 17295, 17323, 17403, 17427, 17823, 17855, 17931, 17962, 18267, 18298, 18359, 18391, 18761, 18793, 19253, 19294, 19455, 19481, 19562, 19588, 19894, 19929, 20044, 20070, 20582, 20611, 20697, 20733, 20807, 20836, 23194, 23233, 23469, 23498, 23764, 23793, 23859, 23898, 24094, 24122, 24312, 24349, 24522, 24551, 24677, 24704, 24970, 25009, 25080, 25126, 25236, 25271, 25562, 25608, 25750, 25778, 25828, 25855, 25936, 25975, 26329, 26362, 29584, 29604, 33930, 33970, 34170, 34211, 34355, 34394, 34581, 34610, 36207, 36227, 36375, 36396, 38713, 38744, 40172, 40200, 42831, 42861, 43055, 43086, 43193, 43245, 43364, 43392, 43471, 43514, 43592, 43652, 43707, 43735, 43805, 43850, 43975, 44e3, 45328, 45359, 45453, 45493, 45663, 45697, 45979, 46002, 46565, 46606, 46659, 46690, 47090, 47113, 47565, 47587, 47709, 47749, 47849, 47868, 48479, 48504, 48634, 48657, 48717, 48750, 49173, 49199, 50023, 50050, 50123, 50166, 50216, 50240, 50597, 50624, 51754, 51778, 52185, 52223, 52424, 52444, 52502, 52537, 52639, 52666, 52752, 52775, 53014, 53040, 53119, 53152, 53282, 53306, 54024, 54065, 54141, 54172, 54438, 54480, 54568, 54606, 54665, 54693, 55040, 55070, 55204, 55240, 55330, 55390, 55431, 55461, 55541, 55566, 58813, 58842, 58963, 58997, 59177, 59209, 59278, 59304, 61617, 61645, 61811, 61856, 61996, 62033, 63179, 63203, 63487, 63517, 63553, 63594, 63727, 63746, 64292, 64322, 64421, 64447, 64783, 64818, 65068, 65108, 65413, 65437, 65751, 65771, 65887, 65926, 66037, 66071, 66156, 66183, 66239, 66272, 66956, 66984, 68450, 68473, 68753, 68784, 68990, 69019, 69420, 69448, 69846, 69871, 71104, 71137, 71247, 71280, 71417, 71471, 71823, 71867, 72003, 72029, 72754, 72793, 73339, 73371, 73569, 73608, 73841, 73894, 74043, 74075, 76432, 76457, 78362, 78397, 79636, 79663, 80598, 80636, 81428, 81475, 81620, 81672, 81745, 81777, 82069, 82110, 82326, 82358, 82922, 82961, 85074, 85105, 85271, 85311, 85608, 85659, 86734, 86774, 86872, 86914, 86981, 87001, 87273, 87295, 88064, 88093, 88687, 88713, 88815, 88846, 89677, 89707, 89744, 89768, 92228, 92271, 92510, 92553, 92819, 92848, 92934, 92969, 93061, 93098, 93191, 93232, 93379, 93418, 93603, 93644, 93774, 93827, 93946, 94014, 95784, 95821, 95903, 95946, 96069, 96099, 96291, 96333, 96553, 96585, 96986, 97021, 97255, 97284, 97574, 97604, 97769, 97806, 97875, 97907, 98052, 98080, 98358, 98396, 98864, 98896, 99421, 99462, 99949, 99976, 100131, 100162, 100727, 100774, 101056, 101087, 104008, 104056, 104523, 104572, 104781, 104808, 104901, 104929, 104972, 105006, 105070, 105112, 105353, 105393, 105506, 105547, 105569, 105609, 105957, 105986, 106049, 106087, 106287, 106329, 107419, 107448, 107670, 107705, 107748, 107794, 107900, 107927, 108082, 108105, 108233, 108259, 108665, 108713, 108813, 108831, 109521, 109556, 109958, 110013, 110033, 110067, 110309, 110352, 110424, 110475, 110543, 110571, 110632, 110672, 110808, 110840, 110961, 110989, 111183, 111218, 111271, 111306, 112175, 112208, 112548, 112583, 112710, 112739, 112916, 112947, 114261, 114298, 114400, 114439, 114594, 114639, 114701, 114732, 114931, 114974, 115132, 115182, 115262, 115300, 115362, 115396, 115472, 115513, 115590, 115618, 115774, 115809, 115866, 115902, 116129, 116167, 116226, 116255, 116306, 116348, 116460, 116494, 117963, 117994, 118583, 118615, 119065, 119100, 119167, 119194, 119265, 119311, 119398, 119429, 119626, 119676, 119776, 119799, 120240, 120265, 122408, 122438, 122678, 122711, 122762, 122797, 122870, 122895, 123226, 123262, 123586, 123614, 123735, 123773, 123901, 123942, 124e3, 124053, 124128, 124157, 124264, 124290, 124441, 124475, 124590, 124618, 124837, 124859, 124930, 124966, 125396, 125431, 126706, 126746, 126864, 126911, 127290, 127310, 129117, 129156, 129660, 129688, 129930, 129968, 130047, 130079, 130296, 130343, 130492, 130521, 130846, 130898, 131001, 131047, 131260, 131293, 131424, 131466, 131714, 131752, 131928, 131968, 132730, 132761, 132878, 132912, 133647, 133667, 133878, 133904, 133991, 134020, 134086, 134111, 136470, 136502, 137260, 137292, 137385, 137427, 137500, 137538, 138127, 138163, 138845, 138887, 138987, 139038, 139447, 139485, 139567, 139593, 140092, 140131, 140353, 140390, 140779, 140823, 140870, 140901, 141082, 141113, 141279, 141323, 141570, 141616, 141939, 141978, 142262, 142302, 142566, 142606, 142973, 143011, 143060, 143091, 143199, 143227, 143350, 143385, 143501, 143535, 143785, 143809, 144146, 144185, 144683, 144726, 144782, 144810, 144965, 145018, 145090, 145111, 145374, 145403, 145717, 145748, 146064, 146096, 146190, 146210, 146583, 146619, 146703, 146743, 146988, 147014, 147149, 147178, 147355, 147383, 147538, 147571, 147694, 147739, 147772, 147811, 147881, 147910, 148128, 148152, 148278, 148309, 149276, 149308, 150186, 150215, 150294, 150327, 150559, 150588, 150657, 150693, 151100, 151129, 151195, 151235, 151531, 151553, 151741, 151777, 151956, 151985, 152222, 152270, 152373, 152420, 152756, 152805, 153035, 153084, 153214, 153244, 153658, 153687, 153867, 153907, 154091, 154119, 154297, 154326, 154484, 154505, 155359, 155386, 155600, 155623, 155865, 155893, 156169, 156221, 156371, 156407, 156611, 156637, 156796, 156821, 156921, 156951, 157149, 157173, 157318, 157347, 157471, 157490, 157873, 157900, 157990, 158014, 158075, 158102, 158256, 158285, 158471, 158490, 160324, 160373, 160517, 160553, 160674, 160697, 161042, 161068, 161234, 161250, 161603, 161640, 161883, 161908, 162102, 162125, 162237, 162256, 162403, 162427, 162704, 162727, 162820, 162847, 163197, 163224, 163610, 163640, 164e3, 164022, 164447, 164466, 164738, 164770, 164820, 164843, 164882, 164919, 164958, 164982, 165089, 165133, 165173, 165217, 165270, 165300, 165460, 165495, 165634, 165668, 165929, 165955, 166037, 166073, 166209, 166234, 166304, 166343, 166434, 166473, 166568, 166606, 166727, 166765, 166946, 166993, 167066, 167101, 167460, 167502, 167561, 167602, 167830, 167862, 168094, 168136, 168280, 168331, 168423, 168454, 168652, 168680, 170534, 170557, 170658, 170678, 173035, 173065, 173241, 173271, 173815, 173847, 174415, 174451, 174578, 174606, 174891, 174914, 176035, 176056, 177025, 177055, 177458, 177495, 177646, 177676, 177794, 177826, 178016, 178044, 178266, 178292, 178385, 178413, 178718, 178764, 179290, 179310, 179514, 179542, 179639, 179658, 179829, 179850, 179991, 180024, 180076, 180110, 180153, 180171, 180257, 180287, 180477, 180516, 180632, 180660, 180739, 180782, 180985, 181037, 181181, 181223, 181444, 181495, 181606, 181649, 181852, 181904, 182031, 182045, 182180, 182213, 182281, 182317, 182580, 182615, 182835, 182871, 183117, 183154, 183257, 183286, 183421, 183467, 183563, 183595, 183679, 183701, 185250, 185279, 185584, 185611, 185681, 185711, 185919, 185939, 185995, 186022, 186059, 186092, 186123, 186156, 186255, 186275, 186463, 186503, 186538, 186563, 186817, 186844, 187244, 187262, 187535, 187570, 187830, 187865, 187921, 187959, 188071, 188103, 188408, 188435, 188489, 188530, 188702, 188733, 189549, 189591, 189698, 189726, 189883, 189923, 190020, 190037, 192328, 192344, 192553, 192590, 192659, 192696, 192840, 192878, 192979, 193005, 193114, 193145, 193271, 193324, 193409, 193440, 193572, 193609, 193674, 193711, 193822, 193855, 194347, 194380, 194411, 194446, 194531, 194546, 194601, 194634, 194706, 194744, 195027, 195061, 195251, 195284, 195424, 195451, 195816, 195851, 196106, 196146, 196338, 196397, 196525, 196584, 196712, 196756, 196941, 196997, 197149, 197199, 197306, 197356, 197463, 197509, 197675, 197730, 197807, 197847, 197913, 197965, 198058, 198107, 198228, 198261, 198390, 198429, 198495, 198546, 198669, 198720, 198812, 198854, 199133, 199184, 199361, 199388, 199425, 199453, 199502, 199537, 199676, 199703, 199739, 199782, 199943, 199980, 200189, 200211, 200523, 200563, 200863, 200892, 200941, 200969, 201199, 201234, 201288, 201323, 201365, 201394, 203027, 203046, 203523, 203561, 203717, 203752, 204420, 204439, 207038, 207053, 207109, 207136, 208172, 208192, 208781, 208805, 209029, 209054, 209160, 209183, 209519, 209549, 209639, 209663, 209826, 209863, 210064, 210100, 210154, 210165, 210416, 210439, 210568, 210591, 210695, 210719, 210877, 210914, 211099, 211116, 211442, 211464, 211848, 211867, 213010, 213037, 213265, 213301, 213580, 213602, 214560, 214596, 214722, 214759, 214937, 214982, 215102, 215150, 215319, 215356, 215636, 215663, 216376, 216420, 216720, 216755, 216871, 216908, 218042, 218081, 218221, 218257, 218661, 218693, 218772, 218796, 219037, 219067, 219148, 219190, 219286, 219314, 220810, 220845, 220947, 220988, 221249, 221283, 221458, 221492, 221902, 221934, 222683, 222694, 223306, 223328, 223372, 223417, 223563, 223582, 226284, 226310, 226891, 226917, 227145, 227179, 227457, 227491, 227555, 227573, 227848, 227882, 227988, 228022, 228821, 228858, 229097, 229130, 230316, 230341, 230671, 230695, 231244, 231269, 231492, 231517, 231593, 231620, 232726, 232754, 232889, 232917, 233219, 233250, 233725, 233758, 233914, 233938, 234070, 234096, 234312, 234343, 235347, 235387, 235472, 235488, 235876, 235901, 235969, 235987, 237117, 237141, 237324, 237342, 237453, 237492, 237827, 237849, 238478, 238508, 239324, 239353, 239855, 239896, 240311, 240335, 241188, 241219, 242125, 242153, 242276, 242302, 242841, 242879, 243186, 243217, 244006, 244028, 244187, 244209, 244398, 244420, 245094, 245128, 245666, 245701, 245950, 245973, 246128, 246149, 246267, 246293, 246382, 246419, 246633, 246683, 246784, 246836, 247050, 247105, 247357, 247406, 247557, 247597, 248008, 248042, 248222, 248251, 248609, 248635, 249724, 249760, 250211, 250234, 250628, 250651, 250915, 250935, 252118, 252163, 252568, 252601, 252754, 252779, 253055, 253071, 253720, 253745, 254272, 254294, 254854, 254882, 255065, 255086, 255161, 255189, 255241, 255260, 255398, 255433, 255831, 255851, 256413, 256447, 256601, 256622, 256729, 256764, 256880, 256912, 257027, 257052, 257505, 257538, 257620, 257664, 257983, 258024, 258083, 258130, 258213, 258239, 258608, 258642, 258756, 258780, 259082, 259115, 259210, 259233, 259330, 259371, 259545, 259569, 259733, 259774, 259896, 259940, 259986, 260030, 260406, 260458, 260582, 260622, 260714, 260746, 260843, 260865, 260909, 260934, 260968, 261003, 261233, 261250, 261282, 261310, 261351, 261387, 261422, 261446, 261502, 261537, 261576, 261622, 261656, 261684, 261749, 261784, 261861, 261895, 261921, 261939, 262026, 262055, 262118, 262134, 262371, 262406, 262440, 262463, 262518, 262552, 262590, 262635, 262668, 262693, 262761, 262807, 262857, 262887, 263038, 263069, 263154, 263193, 263269, 263300, 263358, 263374, 263463, 263496, 263530, 263560, 263639, 263674, 263708, 263731, 263786, 263820, 263858, 263903, 263936, 263960, 264022, 264052, 264121, 264148, 264224, 264262, 264332, 264358, 264851, 264881, 265054, 265091, 265733, 265780, 266851, 266877, 267437, 267472, 268129, 268162, 268664, 268713, 269192, 269229, 269744, 269773, 269903, 269938, 269993, 270030, 270182, 270214, 270248, 270290, 270373, 270399, 270509, 270534, 273426, 273463, 273546, 273591, 273766, 273782, 275935, 275959, 276059, 276094, 276195, 276226, 276591, 276621, 276802, 276824, 277001, 277026, 277103, 277129, 277359, 277382, 277451, 277483, 277800, 277832, 277882, 277916, 278379, 278406, 278483, 278501, 278605, 278634, 278679, 278712, 278910, 278932, 279018, 279035, 279100, 279123, 279283, 279317, 279401, 279439, 279509, 279531, 279661, 279683, 283010, 283044, 283239, 283258, 283421, 283450, 283558, 283593, 283906, 283943, 284189, 284209, 284459, 284485, 286456, 286481, 286779, 286797, 287008, 287028, 287918, 287961, 288165, 288189, 288393, 288409, 288496, 288522, 288690, 288713, 289379, 289416, 290841, 290881, 299831, 299862, 299908, 299930, 300223, 300254, 300319, 300347, 300517, 300555, 303498, 303545, 303650, 303667, 303731, 303753, 303849, 303877, 304270, 304294, 304500, 304517, 304741, 304756, 305065, 305087, 305169, 305201, 305393, 305416, 305575, 305614, 305900, 305940, 306333, 306384, 306434, 306462, 306517, 306556, 306662, 306690, 307418, 307451, 308113, 308143, 308280, 308317, 308695, 308733, 309111, 309131, 309274, 309306, 309777, 309811, 310012, 310047, 311403, 311426, 312806, 312849, 313065, 313105, 313160, 313187, 313421, 313446, 313566, 313594, 313798, 313837, 313963, 313988, 314196, 314241, 314390, 314430, 314522, 314550, 315249, 315272, 318596, 318606, 319671, 319706, 319793, 319812, 322262, 322293, 322353, 322377, 323863, 323896, 324008, 324031, 325041, 325075, 325160, 325182, 325401, 325434, 325590, 325605, 326255, 326276, 326533, 326551, 327947, 327968, 328192, 328215, 328491, 328521, 328737, 328768, 328893, 328919, 366399, 366423, 372618, 372647, 373268, 373302, 373372, 373400, 373481, 373518, 373557, 373601, 373750, 373774, 373853, 373888, 373929, 373969, 374026, 374055, 374149, 374184, 374503, 374557, 374948, 374974, 375322, 375344, 375429, 375462, 375529, 375559, 376230, 376254, 376295, 376325, 376400, 376426, 376626, 376665, 376833, 376859, 376942, 376962, 377068, 377099, 377152, 377184, 377270, 377313, 377369, 377414, 377461, 377499, 377564, 377591, 377625, 377663, 377723, 377766, 377845, 377882, 377977, 378005, 378134, 378170, 378312, 378332, 378463, 378491, 378634, 378667, 378810, 378834, 378942, 378978, 379078, 379100, 379285, 379306, 379457, 379479, 379961, 379983, 380044, 380094, 380217, 380250, 381394, 381431, 381598, 381628, 381899, 381933, 382021, 382042, 382230, 382271, 382317, 382358, 382394, 382430, 382535, 382562, 382757, 382786, 382858, 382895, 382945, 382974, 383026, 383062, 383115, 383140, 398358, 398381, 398740, 398778, 398927, 398954, 399259, 399294, 399653, 399673, 399746, 399770, 400296, 400333, 400582, 400614, 400744, 400769, 400907, 400936, 401029, 401050, 401213, 401230, 402169, 402193, 402323, 402342, 403675, 403701, 403751, 403776, 403861, 403883, 404869, 404905, 404964, 404994, 405300, 405343, 405392, 405418, 405545, 405573, 406829, 406861, 407094, 407133, 407259, 407283, 408230, 408249, 408623, 408658, 408756, 408779, 409624, 409656, 409804, 409836, 410283, 410322, 410473, 410505, 410623, 410657, 410847, 410877, 411083, 411114, 411265, 411293, 411386, 411412, 411692, 411711, 412033, 412064, 412120, 412144, 412313, 412338, 412815, 412851, 412951, 412987, 413105, 413144, 413264, 413296, 413789, 413828, 414804, 414872, 414969, 415014, 415272, 415311, 415362, 415396, 416975, 417027, 417644, 417692, 417863, 417897, 418096, 418128, 418316, 418358, 418444, 418485, 418670, 418705, 418913, 418946, 419132, 419167, 419355, 419408, 419496, 419547, 419673, 419702, 419969, 420013, 420149, 420186, 420282, 420309, 420535, 420574, 420677, 420704, 420878, 420928, 421055, 421118, 421256, 421302, 421421, 421472, 421575, 421636, 421762, 421799, 422038, 422068, 422133, 422161, 422276, 422317, 422363, 422395, 422489, 422537, 422601, 422639, 422715, 422758, 422801, 422817, 423078, 423094, 423198, 423221, 423327, 423390, 423894, 423933, 424511, 424551, 425070, 425098, 425702, 425721, 426025, 426063, 426194, 426242, 426288, 426313, 428407, 428439, 428541, 428579, 428840, 428886, 428972, 429010, 429392, 429418, 429595, 429633, 429730, 429761, 429936, 429978, 430037, 430076, 430195, 430240, 430299, 430343, 430492, 430536, 430595, 430636, 430760, 430789, 430983, 431028, 431079, 431113, 431194, 431235, 431290, 431318, 431407, 431446, 431503, 431540, 431586, 431607, 432059, 432090, 432440, 432477, 432522, 432550, 432632, 432661, 432824, 432861, 433024, 433058, 433221, 433263, 433426, 433446, 433685, 433715, 433792, 433822, 433966, 433997, 434200, 434229, 434309, 434337, 434448, 434476, 434555, 434599, 434678, 434717, 434753, 434792, 435114, 435132, 439411, 439434, 439530, 439573, 439628, 439674, 439861, 439895, 440016, 440055, 440129, 440155, 440469, 440497, 440612, 440654, 440840, 440869, 440929, 440958, 441233, 441252, 441398, 441417, 441692, 441727, 441856, 441895, 442299, 442326, 442917, 442954, 443704, 443732, 444944, 444971, 447412, 447442, 448794, 448819, 449037, 449073, 449150, 449174, 449257, 449292, 449375, 449415, 449559, 449587, 449672, 449705, 449849, 449884, 449980, 450008, 450126, 450161, 450439, 450480, 450564, 450598, 450670, 450697, 451102, 451135, 451227, 451251, 452050, 452073, 452202, 452243, 452332, 452365, 452551, 452584, 452644, 452676, 452739, 452765, 452906, 452941, 453023, 453060, 453072, 453089, 453576, 453599, 453651, 453670, 455668, 455703, 455803, 455831, 455986, 456014, 456662, 456697, 456848, 456884, 457004, 457037, 457260, 457296, 457596, 457619, 457793, 457819, 458102, 458128, 458214, 458237, 458413, 458442, 458587, 458610, 458806, 458845, 458935, 458959, 459916, 459950, 460089, 460122, 460245, 460286, 460362, 460410, 460524, 460556, 460682, 460721, 460804, 460839, 461026, 461065, 461146, 461180, 461365, 461393, 461578, 461602, 461712, 461744, 461860, 461884, 461976, 462008, 462059, 462092, 462446, 462476, 462621, 462657, 462742, 462776, 462898, 462944, 463014, 463043, 463122, 463150, 463278, 463308, 463513, 463565, 463657, 463699, 463813, 463849, 464139, 464181, 464232, 464267, 464346, 464384, 464473, 464509, 464890, 464920, 464999, 465026, 465129, 465165, 465766, 465805, 466074, 466105, 466193, 466223, 466357, 466385, 466614, 466645, 466742, 466771, 466951, 466985, 467250, 467263, 467647, 467666, 468071, 468102, 468223, 468254, 468268, 468297, 468346, 468376, 468405, 468433, 468827, 468861, 468965, 468996, 469128, 469153, 469208, 469230, 469875, 469908, 470512, 470543, 470611, 470649, 470690, 470723, 470968, 471008, 471070, 471115, 471177, 471215, 471454, 471498, 471550, 471606, 471725, 471766, 471836, 471889, 471961, 471990, 472193, 472234, 472339, 472369, 472415, 472454, 472547, 472592, 472692, 472712, 472925, 472957, 473050, 473097, 473223, 473252, 474427, 474467, 475523, 475558, 475673, 475704, 475790, 475834, 475963, 476007, 476065, 476115, 476172, 476224, 476283, 476331, 476546, 476583, 476673, 476721, 476834, 476881, 476981, 477026, 477427, 477450, 477770, 477801, 477894, 477917, 478196, 478234, 478348, 478365, 480215, 480237, 480329, 480371, 480440, 480461, 480715, 480756, 481107, 481143, 481348, 481399, 481546, 481573, 481937, 481978, 482750, 482775, 483097, 483137, 483561, 483585, 483682, 483712, 484028, 484052, 484470, 484513, 484701, 484737, 484827, 484851, 484896, 484933, 485073, 485116, 485893, 485940, 486008, 486062, 486303, 486331, 486500, 486539, 486973, 487e3, 487124, 487141, 487644, 487666, 488550, 488580, 488803, 488843, 488901, 488957, 489001, 489041, 489115, 489152, 489207, 489231, 489298, 489346, 489610, 489641, 489686, 489739, 489828, 489871, 490183, 490233, 490361, 490405, 490831, 490882, 490938, 490982, 492128, 492155, 492268, 492294, 492347, 492369, 492859, 492888, 493164, 493200, 493259, 493300, 493422, 493451, 493529, 493563, 493678, 493701, 493806, 493837, 493969, 494007, 494058, 494079, 494344, 494378, 495058, 495091, 495251, 495296, 496669, 496693, 496830, 496860, 497067, 497091, 502789, 502815, 503535, 503575, 505474, 505505, 506355, 506388, 507089, 507110, 507276, 507307, 507432, 507455, 507553, 507584, 507748, 507788, 507993, 508016, 509612, 509649, 509755, 509799, 509871, 509908, 510138, 510173, 510551, 510610, 510679, 510705, 511002, 511027, 511323, 511372, 511408, 511431, 513183, 513224, 513369, 513399, 516947, 516974, 517382, 517408, 517858, 517884, 519073, 519105, 519208, 519234, 519306, 519330, 519396, 519427, 519479, 519501, 519600, 519629, 519836, 519872, 519943, 519981, 520178, 520215, 520349, 520371, 520803, 520830, 521050, 521077, 521176, 521209, 521270, 521305, 523709, 523749, 524367, 524419, 524513, 524551, 524613, 524640, 529754, 529789, 529828, 529854, 529911, 529957, 530003, 530049, 530224, 530264, 530305, 530342, 530428, 530477, 530575, 530617, 530703, 530738, 530835, 530873, 531069, 531099, 531460, 531491, 531841, 531885, 532140, 532200, 532368, 532408, 532474, 532508, 532575, 532622, 532694, 532740, 532806, 532839, 533200, 533250, 533355, 533388, 533554, 533597, 533657, 533689, 533830, 533868, 534070, 534124, 534267, 534297, 534702, 534754, 534899, 534941, 535491, 535535, 535768, 535805, 536028, 536061, 536170, 536224, 536331, 536376, 536426, 536475, 536538, 536599, 536659, 536694, 536757, 536787, 536858, 536900, 536931, 536966, 537009, 537038, 537217, 537240, 537276, 537303, 537339, 537379, 537449, 537477, 537557, 537583, 537618, 537647, 537912, 537951, 538048, 538075, 538129, 538155, 538205, 538229, 538908, 538936, 538979, 538999, 539057, 539101, 539144, 539180, 539337, 539368, 539879, 539928, 540494, 540520, 540699, 540736, 540835, 540866, 540938, 540966, 541174, 541222, 541293, 541342, 541430, 541465, 541532, 541552, 541701, 541718, 541918, 541943, 542318, 542369, 542452, 542500, 542589, 542635, 542705, 542740, 542844, 542869, 542927, 542958, 543066, 543116, 543176, 543203, 543238, 543264, 543509, 543539, 543742, 543783, 543901, 543942, 544039, 544071, 544438, 544465, 544643, 544660, 545449, 545489, 545531, 545555, 545597, 545627, 545883, 545917, 545962, 545988, 548386, 548415, 550445, 550462, 550914, 550938, 550986, 551024, 551086, 551118, 551174, 551196, 551312, 551335, 551764, 551798, 551858, 551878, 552080, 552110, 552308, 552345, 552497, 552532, 553376, 553397, 553589, 553615, 554155, 554178, 554233, 554263, 554418, 554445, 554501, 554528, 554603, 554638, 554768, 554792, 555063, 555091, 555672, 555708, 555879, 555913, 556435, 556478, 556738, 556773, 556937, 556965, 557190, 557231, 557300, 557339, 557411, 557464, 557526, 557577, 557790, 557841, 557980, 558022, 558149, 558180, 558328, 558373, 558495, 558543, 558801, 558838, 559108, 559136, 559187, 559229, 559408, 559454, 559686, 559716, 560380, 560417, 560948, 560985, 561563, 561605, 561776, 561808, 561933, 561969, 562032, 562070, 562121, 562135, 562632, 562650, 562776, 562801, 563467, 563491, 563543, 563579, 563632, 563669, 564100, 564138, 564553, 564592, 566061, 566093, 566167, 566196, 566706, 566739, 566979, 567016, 567169, 567198, 567361, 567397, 567520, 567543, 567767, 567793, 567935, 567963, 568078, 568104, 568594, 568619, 568709, 568733, 568820, 568843, 569625, 569649, 569707, 569727, 569783, 569804, 570072, 570096, 570298, 570336, 570406, 570431, 571946, 571977, 572849, 572877, 573062, 573093, 573195, 573248, 573584, 573641, 573732, 573769, 574415, 574458, 574980, 575014, 575274, 575314, 575416, 575459, 575525, 575559, 575634, 575659, 575832, 575843, 576173, 576214, 576350, 576389, 576493, 576517, 576685, 576721, 576775, 576805, 577131, 577151, 577624, 577664, 577735, 577779, 577900, 577927, 578024, 578056, 578118, 578162, 578224, 578271, 578366, 578394, 578660, 578706, 578775, 578828, 578921, 578960, 579060, 579076, 579306, 579349, 579396, 579417, 579800, 579826, 579994, 580031, 580130, 580164, 580242, 580277, 580451, 580498, 580634, 580656, 580777, 580816, 580950, 580989, 581175, 581226, 581297, 581327, 581598, 581637, 581874, 581912, 582080, 582104, 582274, 582307, 582409, 582438, 582617, 582653, 582753, 582793, 582885, 582923, 583094, 583133, 583304, 583346, 583440, 583482, 583594, 583624, 583742, 583780, 583823, 583850, 584172, 584204, 584832, 584873, 585315, 585350, 585524, 585558, 585609, 585635, 585790, 585824, 585888, 585943, 586080, 586134, 586281, 586331, 586495, 586526, 586991, 587033, 587180, 587204, 587261, 587283, 589278, 589306, 589378, 589397, 589483, 589513, 589566, 589603, 589707, 589733, 589935, 589960, 590037, 590054, 590129, 590156, 590291, 590318, 590497, 590526, 590575, 590591, 590702, 590724, 590892, 590923, 591107, 591142, 591307, 591326, 591709, 591734, 591889, 591923, 592134, 592167, 592253, 592278, 592361, 592396, 592539, 592574, 592762, 592799, 592857, 592881, 593e3, 593030, 593207, 593246, 593439, 593482, 593655, 593682, 594073, 594112, 594201, 594234, 594397, 594418, 594464, 594484, 594605, 594636, 594774, 594798, 595893, 595914, 598106, 598139, 598229, 598272, 598680, 598724, 599926, 599961, 600053, 600081, 601033, 601060, 601177, 601205, 601587, 601625, 601726, 601776, 601834, 601880, 602427, 602485, 602551, 602590, 602710, 602750, 602918, 602970, 603030, 603068, 603140, 603190, 603248, 603276, 603508, 603544, 603812, 603860, 603916, 603949, 604007, 604052, 604105, 604155, 604205, 604267, 604337, 604372, 604888, 604935, 604990, 605020, 605063, 605081, 605247, 605275, 605380, 605406, 605604] }, "data": { "names": ["aws_account_primary_contact", "aws_acm_certificate", "aws_acmpca_certificate", "aws_acmpca_certificate_authority", "aws_alb", "aws_alb_listener", "aws_alb_target_group", "aws_ami", "aws_ami_ids", "aws_api_gateway_api_key", "aws_api_gateway_api_keys", "aws_api_gateway_authorizer", "aws_api_gateway_authorizers", "aws_api_gateway_domain_name", "aws_api_gateway_export", "aws_api_gateway_resource", "aws_api_gateway_rest_api", "aws_api_gateway_sdk", "aws_api_gateway_vpc_link", "aws_apigatewayv2_api", "aws_apigatewayv2_apis", "aws_apigatewayv2_export", "aws_apigatewayv2_vpc_link", "aws_appconfig_application", "aws_appconfig_configuration_profile", "aws_appconfig_configuration_profiles", "aws_appconfig_environment", "aws_appconfig_environments", "aws_appintegrations_event_integration", "aws_appmesh_gateway_route", "aws_appmesh_mesh", "aws_appmesh_route", "aws_appmesh_virtual_gateway", "aws_appmesh_virtual_node", "aws_appmesh_virtual_router", "aws_appmesh_virtual_service", "aws_apprunner_hosted_zone_id", "aws_appstream_image", "aws_arn", "aws_athena_named_query", "aws_auditmanager_control", "aws_auditmanager_framework", "aws_autoscaling_group", "aws_autoscaling_groups", "aws_availability_zone", "aws_availability_zones", "aws_backup_framework", "aws_backup_plan", "aws_backup_report_plan", "aws_backup_selection", "aws_backup_vault", "aws_batch_compute_environment", "aws_batch_job_definition", "aws_batch_job_queue", "aws_batch_scheduling_policy", "aws_bedrock_custom_model", "aws_bedrock_custom_models", "aws_bedrock_foundation_model", "aws_bedrock_foundation_models", "aws_bedrock_inference_profile", "aws_bedrock_inference_profiles", "aws_bedrockagent_agent_versions", "aws_billing_service_account", "aws_billing_views", "aws_budgets_budget", "aws_caller_identity", "aws_canonical_user_id", "aws_ce_cost_category", "aws_ce_tags", "aws_chatbot_slack_workspace", "aws_cloudcontrolapi_resource", "aws_cloudformation_export", "aws_cloudformation_stack", "aws_cloudformation_type", "aws_cloudfront_cache_policy", "aws_cloudfront_distribution", "aws_cloudfront_function", "aws_cloudfront_log_delivery_canonical_user_id", "aws_cloudfront_origin_access_control", "aws_cloudfront_origin_access_identities", "aws_cloudfront_origin_access_identity", "aws_cloudfront_origin_request_policy", "aws_cloudfront_realtime_log_config", "aws_cloudfront_response_headers_policy", "aws_cloudhsm_v2_cluster", "aws_cloudtrail_service_account", "aws_cloudwatch_contributor_managed_insight_rules", "aws_cloudwatch_event_bus", "aws_cloudwatch_event_buses", "aws_cloudwatch_event_connection", "aws_cloudwatch_event_source", "aws_cloudwatch_log_data_protection_policy_document", "aws_cloudwatch_log_group", "aws_cloudwatch_log_groups", "aws_codeartifact_authorization_token", "aws_codeartifact_repository_endpoint", "aws_codebuild_fleet", "aws_codecatalyst_dev_environment", "aws_codecommit_approval_rule_template", "aws_codecommit_repository", "aws_codeguruprofiler_profiling_group", "aws_codestarconnections_connection", "aws_cognito_identity_pool", "aws_cognito_user_group", "aws_cognito_user_groups", "aws_cognito_user_pool", "aws_cognito_user_pool_client", "aws_cognito_user_pool_clients", "aws_cognito_user_pool_signing_certificate", "aws_cognito_user_pools", "aws_connect_bot_association", "aws_connect_contact_flow", "aws_connect_contact_flow_module", "aws_connect_hours_of_operation", "aws_connect_instance", "aws_connect_instance_storage_config", "aws_connect_lambda_function_association", "aws_connect_prompt", "aws_connect_queue", "aws_connect_quick_connect", "aws_connect_routing_profile", "aws_connect_security_profile", "aws_connect_user", "aws_connect_user_hierarchy_group", "aws_connect_user_hierarchy_structure", "aws_connect_vocabulary", "aws_controltower_controls", "aws_cur_report_definition", "aws_customer_gateway", "aws_datapipeline_pipeline", "aws_datapipeline_pipeline_definition", "aws_datazone_domain", "aws_datazone_environment_blueprint", "aws_db_cluster_snapshot", "aws_db_event_categories", "aws_db_instance", "aws_db_instances", "aws_db_parameter_group", "aws_db_proxy", "aws_db_snapshot", "aws_db_subnet_group", "aws_default_tags", "aws_devopsguru_notification_channel", "aws_devopsguru_resource_collection", "aws_directory_service_directory", "aws_dms_certificate", "aws_dms_endpoint", "aws_dms_replication_instance", "aws_dms_replication_subnet_group", "aws_dms_replication_task", "aws_docdb_engine_version", "aws_docdb_orderable_db_instance", "aws_dx_connection", "aws_dx_gateway", "aws_dx_location", "aws_dx_locations", "aws_dx_router_configuration", "aws_dynamodb_table", "aws_dynamodb_table_item", "aws_dynamodb_tables", "aws_ebs_default_kms_key", "aws_ebs_encryption_by_default", "aws_ebs_snapshot", "aws_ebs_snapshot_ids", "aws_ebs_volume", "aws_ebs_volumes", "aws_ec2_capacity_block_offering", "aws_ec2_client_vpn_endpoint", "aws_ec2_coip_pool", "aws_ec2_coip_pools", "aws_ec2_host", "aws_ec2_instance_type", "aws_ec2_instance_type_offering", "aws_ec2_instance_type_offerings", "aws_ec2_instance_types", "aws_ec2_local_gateway", "aws_ec2_local_gateway_route_table", "aws_ec2_local_gateway_route_tables", "aws_ec2_local_gateway_virtual_interface", "aws_ec2_local_gateway_virtual_interface_group", "aws_ec2_local_gateway_virtual_interface_groups", "aws_ec2_local_gateways", "aws_ec2_managed_prefix_list", "aws_ec2_managed_prefix_lists", "aws_ec2_network_insights_analysis", "aws_ec2_network_insights_path", "aws_ec2_public_ipv4_pool", "aws_ec2_public_ipv4_pools", "aws_ec2_serial_console_access", "aws_ec2_spot_price", "aws_ec2_transit_gateway", "aws_ec2_transit_gateway_attachment", "aws_ec2_transit_gateway_attachments", "aws_ec2_transit_gateway_connect", "aws_ec2_transit_gateway_connect_peer", "aws_ec2_transit_gateway_dx_gateway_attachment", "aws_ec2_transit_gateway_multicast_domain", "aws_ec2_transit_gateway_peering_attachment", "aws_ec2_transit_gateway_peering_attachments", "aws_ec2_transit_gateway_route_table", "aws_ec2_transit_gateway_route_table_associations", "aws_ec2_transit_gateway_route_table_propagations", "aws_ec2_transit_gateway_route_table_routes", "aws_ec2_transit_gateway_route_tables", "aws_ec2_transit_gateway_vpc_attachment", "aws_ec2_transit_gateway_vpc_attachments", "aws_ec2_transit_gateway_vpn_attachment", "aws_ecr_authorization_token", "aws_ecr_image", "aws_ecr_images", "aws_ecr_lifecycle_policy_document", "aws_ecr_pull_through_cache_rule", "aws_ecr_repositories", "aws_ecr_repository", "aws_ecr_repository_creation_template", "aws_ecrpublic_authorization_token", "aws_ecrpublic_images", "aws_ecs_cluster", "aws_ecs_clusters", "aws_ecs_container_definition", "aws_ecs_service", "aws_ecs_task_definition", "aws_ecs_task_execution", "aws_efs_access_point", "aws_efs_access_points", "aws_efs_file_system", "aws_efs_mount_target", "aws_eip", "aws_eips", "aws_eks_access_entry", "aws_eks_addon", "aws_eks_addon_version", "aws_eks_cluster", "aws_eks_cluster_auth", "aws_eks_cluster_versions", "aws_eks_clusters", "aws_eks_node_group", "aws_eks_node_groups", "aws_elastic_beanstalk_application", "aws_elastic_beanstalk_hosted_zone", "aws_elastic_beanstalk_solution_stack", "aws_elasticache_cluster", "aws_elasticache_replication_group", "aws_elasticache_reserved_cache_node_offering", "aws_elasticache_serverless_cache", "aws_elasticache_subnet_group", "aws_elasticache_user", "aws_elasticsearch_domain", "aws_elb", "aws_elb_hosted_zone_id", "aws_elb_service_account", "aws_emr_release_labels", "aws_emr_supported_instance_types", "aws_emrcontainers_virtual_cluster", "aws_fis_experiment_templates", "aws_fsx_ontap_file_system", "aws_fsx_ontap_storage_virtual_machine", "aws_fsx_ontap_storage_virtual_machines", "aws_fsx_openzfs_snapshot", "aws_fsx_windows_file_system", "aws_globalaccelerator_accelerator", "aws_globalaccelerator_custom_routing_accelerator", "aws_glue_catalog_table", "aws_glue_connection", "aws_glue_data_catalog_encryption_settings", "aws_glue_registry", "aws_glue_script", "aws_grafana_workspace", "aws_guardduty_detector", "aws_guardduty_finding_ids", "aws_iam_access_keys", "aws_iam_account_alias", "aws_iam_group", "aws_iam_instance_profile", "aws_iam_instance_profiles", "aws_iam_openid_connect_provider", "aws_iam_policy", "aws_iam_policy_document", "aws_iam_principal_policy_simulation", "aws_iam_role", "aws_iam_roles", "aws_iam_saml_provider", "aws_iam_server_certificate", "aws_iam_session_context", "aws_iam_user", "aws_iam_user_ssh_key", "aws_iam_users", "aws_identitystore_group", "aws_identitystore_group_memberships", "aws_identitystore_groups", "aws_identitystore_user", "aws_identitystore_users", "aws_imagebuilder_component", "aws_imagebuilder_components", "aws_imagebuilder_container_recipe", "aws_imagebuilder_container_recipes", "aws_imagebuilder_distribution_configuration", "aws_imagebuilder_distribution_configurations", "aws_imagebuilder_image", "aws_imagebuilder_image_pipeline", "aws_imagebuilder_image_pipelines", "aws_imagebuilder_image_recipe", "aws_imagebuilder_image_recipes", "aws_imagebuilder_infrastructure_configuration", "aws_imagebuilder_infrastructure_configurations", "aws_inspector_rules_packages", "aws_instance", "aws_instances", "aws_internet_gateway", "aws_iot_endpoint", "aws_iot_registration_code", "aws_ip_ranges", "aws_ivs_stream_key", "aws_kendra_experience", "aws_kendra_faq", "aws_kendra_index", "aws_kendra_query_suggestions_block_list", "aws_kendra_thesaurus", "aws_key_pair", "aws_kinesis_firehose_delivery_stream", "aws_kinesis_stream", "aws_kinesis_stream_consumer", "aws_kms_alias", "aws_kms_ciphertext", "aws_kms_custom_key_store", "aws_kms_key", "aws_kms_public_key", "aws_kms_secret", "aws_kms_secrets", "aws_lakeformation_data_lake_settings", "aws_lakeformation_permissions", "aws_lakeformation_resource", "aws_lambda_alias", "aws_lambda_code_signing_config", "aws_lambda_function", "aws_lambda_function_url", "aws_lambda_functions", "aws_lambda_invocation", "aws_lambda_layer_version", "aws_launch_configuration", "aws_launch_template", "aws_lb", "aws_lb_hosted_zone_id", "aws_lb_listener", "aws_lb_listener_rule", "aws_lb_target_group", "aws_lb_trust_store", "aws_lbs", "aws_lex_bot", "aws_lex_bot_alias", "aws_lex_intent", "aws_lex_slot_type", "aws_licensemanager_grants", "aws_licensemanager_received_license", "aws_licensemanager_received_licenses", "aws_location_geofence_collection", "aws_location_map", "aws_location_place_index", "aws_location_route_calculator", "aws_location_tracker", "aws_location_tracker_association", "aws_location_tracker_associations", "aws_media_convert_queue", "aws_medialive_input", "aws_memorydb_acl", "aws_memorydb_cluster", "aws_memorydb_parameter_group", "aws_memorydb_snapshot", "aws_memorydb_subnet_group", "aws_memorydb_user", "aws_mq_broker", "aws_mq_broker_engine_types", "aws_mq_broker_instance_type_offerings", "aws_msk_bootstrap_brokers", "aws_msk_broker_nodes", "aws_msk_cluster", "aws_msk_configuration", "aws_msk_kafka_version", "aws_msk_vpc_connection", "aws_mskconnect_connector", "aws_mskconnect_custom_plugin", "aws_mskconnect_worker_configuration", "aws_nat_gateway", "aws_nat_gateways", "aws_neptune_engine_version", "aws_neptune_orderable_db_instance", "aws_network_acls", "aws_network_interface", "aws_network_interfaces", "aws_networkfirewall_firewall", "aws_networkfirewall_firewall_policy", "aws_networkfirewall_resource_policy", "aws_networkmanager_connection", "aws_networkmanager_connections", "aws_networkmanager_core_network_policy_document", "aws_networkmanager_device", "aws_networkmanager_devices", "aws_networkmanager_global_network", "aws_networkmanager_global_networks", "aws_networkmanager_link", "aws_networkmanager_links", "aws_networkmanager_site", "aws_networkmanager_sites", "aws_oam_link", "aws_oam_links", "aws_oam_sink", "aws_oam_sinks", "aws_odb_cloud_autonomous_vm_cluster", "aws_odb_cloud_autonomous_vm_clusters", "aws_odb_cloud_exadata_infrastructure", "aws_odb_cloud_exadata_infrastructures", "aws_odb_cloud_vm_cluster", "aws_odb_cloud_vm_clusters", "aws_odb_db_node", "aws_odb_db_nodes", "aws_odb_db_server", "aws_odb_db_servers", "aws_odb_db_system_shapes", "aws_odb_gi_versions", "aws_odb_network", "aws_odb_network_peering_connection", "aws_odb_network_peering_connections", "aws_odb_networks", "aws_opensearch_domain", "aws_opensearchserverless_access_policy", "aws_opensearchserverless_collection", "aws_opensearchserverless_lifecycle_policy", "aws_opensearchserverless_security_config", "aws_opensearchserverless_security_policy", "aws_opensearchserverless_vpc_endpoint", "aws_organizations_delegated_administrators", "aws_organizations_delegated_services", "aws_organizations_organization", "aws_organizations_organizational_unit", "aws_organizations_organizational_unit_child_accounts", "aws_organizations_organizational_unit_descendant_accounts", "aws_organizations_organizational_unit_descendant_organizational_units", "aws_organizations_organizational_units", "aws_organizations_policies", "aws_organizations_policies_for_target", "aws_organizations_policy", "aws_organizations_resource_tags", "aws_outposts_asset", "aws_outposts_assets", "aws_outposts_outpost", "aws_outposts_outpost_instance_type", "aws_outposts_outpost_instance_types", "aws_outposts_outposts", "aws_outposts_site", "aws_outposts_sites", "aws_partition", "aws_polly_voices", "aws_prefix_list", "aws_pricing_product", "aws_prometheus_default_scraper_configuration", "aws_prometheus_workspace", "aws_prometheus_workspaces", "aws_qldb_ledger", "aws_quicksight_analysis", "aws_quicksight_data_set", "aws_quicksight_group", "aws_quicksight_theme", "aws_quicksight_user", "aws_ram_resource_share", "aws_rds_certificate", "aws_rds_cluster", "aws_rds_cluster_parameter_group", "aws_rds_clusters", "aws_rds_engine_version", "aws_rds_global_cluster", "aws_rds_orderable_db_instance", "aws_rds_reserved_instance_offering", "aws_redshift_cluster", "aws_redshift_cluster_credentials", "aws_redshift_data_shares", "aws_redshift_orderable_cluster", "aws_redshift_producer_data_shares", "aws_redshift_subnet_group", "aws_redshiftserverless_credentials", "aws_redshiftserverless_namespace", "aws_redshiftserverless_workgroup", "aws_region", "aws_regions", "aws_resourceexplorer2_search", "aws_resourcegroupstaggingapi_resources", "aws_route", "aws_route_table", "aws_route_tables", "aws_route53_delegation_set", "aws_route53_records", "aws_route53_resolver_endpoint", "aws_route53_resolver_firewall_config", "aws_route53_resolver_firewall_domain_list", "aws_route53_resolver_firewall_rule_group", "aws_route53_resolver_firewall_rule_group_association", "aws_route53_resolver_firewall_rules", "aws_route53_resolver_query_log_config", "aws_route53_resolver_rule", "aws_route53_resolver_rules", "aws_route53_traffic_policy_document", "aws_route53_zone", "aws_route53_zones", "aws_route53profiles_profiles", "aws_s3_access_point", "aws_s3_account_public_access_block", "aws_s3_bucket", "aws_s3_bucket_object", "aws_s3_bucket_objects", "aws_s3_bucket_policy", "aws_s3_directory_buckets", "aws_s3_object", "aws_s3_objects", "aws_s3control_multi_region_access_point", "aws_sagemaker_prebuilt_ecr_image", "aws_secretsmanager_random_password", "aws_secretsmanager_secret", "aws_secretsmanager_secret_rotation", "aws_secretsmanager_secret_version", "aws_secretsmanager_secret_versions", "aws_secretsmanager_secrets", "aws_security_group", "aws_security_groups", "aws_securityhub_standards_control_associations", "aws_serverlessapplicationrepository_application", "aws_service", "aws_service_discovery_dns_namespace", "aws_service_discovery_http_namespace", "aws_service_discovery_service", "aws_service_principal", "aws_servicecatalog_constraint", "aws_servicecatalog_launch_paths", "aws_servicecatalog_portfolio", "aws_servicecatalog_portfolio_constraints", "aws_servicecatalog_product", "aws_servicecatalog_provisioning_artifacts", "aws_servicecatalogappregistry_application", "aws_servicecatalogappregistry_attribute_group", "aws_servicecatalogappregistry_attribute_group_associations", "aws_servicequotas_service", "aws_servicequotas_service_quota", "aws_servicequotas_templates", "aws_ses_active_receipt_rule_set", "aws_ses_domain_identity", "aws_ses_email_identity", "aws_sesv2_configuration_set", "aws_sesv2_dedicated_ip_pool", "aws_sesv2_email_identity", "aws_sesv2_email_identity_mail_from_attributes", "aws_sfn_activity", "aws_sfn_alias", "aws_sfn_state_machine", "aws_sfn_state_machine_versions", "aws_shield_protection", "aws_signer_signing_job", "aws_signer_signing_profile", "aws_sns_topic", "aws_spot_datafeed_subscription", "aws_sqs_queue", "aws_sqs_queues", "aws_ssm_document", "aws_ssm_instances", "aws_ssm_maintenance_windows", "aws_ssm_parameter", "aws_ssm_parameters_by_path", "aws_ssm_patch_baseline", "aws_ssm_patch_baselines", "aws_ssmcontacts_contact", "aws_ssmcontacts_contact_channel", "aws_ssmcontacts_plan", "aws_ssmcontacts_rotation", "aws_ssmincidents_replication_set", "aws_ssmincidents_response_plan", "aws_ssoadmin_application", "aws_ssoadmin_application_assignments", "aws_ssoadmin_application_providers", "aws_ssoadmin_instances", "aws_ssoadmin_permission_set", "aws_ssoadmin_permission_sets", "aws_ssoadmin_principal_application_assignments", "aws_storagegateway_local_disk", "aws_subnet", "aws_subnets", "aws_synthetics_runtime_version", "aws_synthetics_runtime_versions", "aws_timestreamwrite_database", "aws_timestreamwrite_table", "aws_transfer_connector", "aws_transfer_server", "aws_verifiedpermissions_policy_store", "aws_vpc", "aws_vpc_dhcp_options", "aws_vpc_endpoint", "aws_vpc_endpoint_associations", "aws_vpc_endpoint_service", "aws_vpc_ipam", "aws_vpc_ipam_pool", "aws_vpc_ipam_pool_cidrs", "aws_vpc_ipam_pools", "aws_vpc_ipam_preview_next_cidr", "aws_vpc_ipams", "aws_vpc_peering_connection", "aws_vpc_peering_connections", "aws_vpc_security_group_rule", "aws_vpc_security_group_rules", "aws_vpclattice_auth_policy", "aws_vpclattice_listener", "aws_vpclattice_resource_policy", "aws_vpclattice_service", "aws_vpclattice_service_network", "aws_vpcs", "aws_vpn_connection", "aws_vpn_gateway", "aws_waf_ipset", "aws_waf_rate_based_rule", "aws_waf_rule", "aws_waf_subscribed_rule_group", "aws_waf_web_acl", "aws_wafregional_ipset", "aws_wafregional_rate_based_rule", "aws_wafregional_rule", "aws_wafregional_subscribed_rule_group", "aws_wafregional_web_acl", "aws_wafv2_ip_set", "aws_wafv2_regex_pattern_set", "aws_wafv2_rule_group", "aws_wafv2_web_acl", "aws_workspaces_bundle", "aws_workspaces_directory", "aws_workspaces_image", "aws_workspaces_workspace"], "offsets": [605644, 605664, 605687, 605769, 605795, 605856, 605892, 605932, 605943, 606016, 606036, 606129, 606153, 606262, 606273, 606476, 606491, 606662, 606689, 606723, 606751, 606798, 606828, 606885, 606916, 606957, 606988, 607053, 607079, 607170, 607198, 607246, 607274, 607315, 607338, 607416, 607444, 607480, 607504, 607547, 607572, 607623, 607650, 607767, 607796, 607844, 607873, 607901, 607940, 608018, 608058, 608102, 608131, 608199, 608229, 608273, 608314, 608355, 608384, 608473, 608493, 608547, 608568, 608656, 608687, 608740, 608768, 608834, 608864, 608930, 608961, 609027, 609059, 609075, 609098, 609161, 609172, 609196, 609222, 609268, 609296, 609332, 609362, 609408, 609433, 609467, 609493, 609561, 609586, 609722, 609748, 609902, 609926, 609967, 609986, 610030, 610056, 610097, 610121, 610173, 610193, 610234, 610267, 610308, 610336, 610385, 610408, 610449, 610480, 610520, 610548, 610581, 610610, 610626, 610658, 610691, 610724, 610819, 610852, 610897, 610931, 610954, 610989, 611091, 611122, 611134, 611155, 611183, 611205, 611264, 611287, 611299, 611324, 611336, 611360, 611405, 611420, 612224, 612255, 612295, 612327, 612408, 612437, 612471, 612499, 612540, 612567, 612626, 612657, 612676, 612707, 612732, 612759, 612792, 612841, 612862, 612902, 612914, 612957, 612980, 613021, 613033, 613073, 613092, 613130, 613155, 613197, 613216, 613243, 613299, 613333, 613354, 613406, 613443, 613471, 613505, 613535, 613565, 613600, 613634, 613665, 613700, 613754, 614229, 614257, 614298, 614327, 614372, 614412, 614482, 614522, 614595, 614618, 614654, 614690, 614806, 614847, 614881, 614910, 614955, 614995, 615024, 615062, 615103, 615132, 615187, 615213, 615257, 615284, 615321, 615346, 615383, 615415, 615469, 615502, 615544, 615589, 615631, 615657, 615691, 615722, 615830, 615858, 615938, 615973, 616053, 616087, 616166, 616190, 616249, 616288, 616362, 616405, 616461, 616483, 616531, 616552, 616618, 616647, 616721, 616752, 616828, 616860, 616937, 616957, 617022, 617058, 617134, 617174, 617215, 617241, 617312, 617341, 617388, 617417, 617456, 617480, 617573, 617602, 617650, 617690, 617758, 617781, 617809, 617847, 617898, 617925, 618074, 618101, 618136, 618155, 618208, 618228, 618295, 618321, 618355, 618371, 618405, 618424, 618566, 618589, 618623, 618643, 618655, 618694, 618749, 618787, 618816, 618851, 618900, 618923, 618974, 618994, 619042, 619074, 619134, 619170, 619234, 619262, 619318, 619346, 619432, 619467, 619582, 619603, 619644, 619662, 619687, 619706, 619749, 619769, 619790, 619821, 619896, 619918, 619993, 620020, 620119, 620142, 620158, 620185, 620238, 620271, 620324, 620344, 620500, 620524, 620644, 620662, 620769, 620788, 620881, 620916, 621033, 621064, 621182, 621203, 621337, 621359, 621452, 621468, 621571, 621596, 621671, 621705, 621834, 621869, 621971, 621997, 622083, 622108, 622209, 622246, 622411, 622449, 622542, 622585, 622678, 622727, 622839, 622889, 622982, 623008, 623101, 623132, 623232, 623264, 623331, 623368, 623466, 623499, 623593, 623621, 623665, 623694, 623761, 623794, 623847, 623869, 623991, 624018, 624111, 624149, 624248, 624287, 624380, 624415, 624537, 624577, 624704, 624753, 624883, 624927, 625058, 625104, 625197, 625244, 625330, 625369, 625462, 625514, 625639, 625691, 625816, 625862, 625977, 626017, 626110, 626152, 626245, 626288, 626374, 626416, 626550, 626581, 626616, 626633, 626733, 626751, 626805, 626842, 627042, 627077, 627128, 627152, 627168, 627190, 627245, 627285, 627337, 627374, 627395, 627419, 627526, 627545, 627594, 627614, 627630, 627662, 627724, 627743, 627806, 627833, 627878, 627904, 628668, 628692, 628744, 628769, 628813, 628836, 628898, 628922, 628996, 629007, 629112, 629124, 629217, 629241, 629317, 629334, 629396, 629421, 629496, 629515, 629556, 629580, 629614, 629642, 629743, 629763, 629784, 629806, 629873, 629896, 629938, 629975, 630009, 630046, 630067, 630107, 630161, 630188, 630235, 630272, 630322, 630370, 630459, 630495, 630524, 630556, 630597, 630621, 630790, 630818, 630866, 630877, 630918, 630944, 630965, 630992, 631013, 631039, 631107, 631143, 631181, 631218, 631273, 631305, 631328, 631357, 631391, 631432, 631499, 631541, 631601, 631629, 631732, 631763, 631797, 631834, 631854, 631906, 631938, 631964, 632063, 632086, 632120, 632165, 632205, 632226, 632255, 632274, 632523, 632548, 632597, 632623, 632651, 632680, 632716, 632739, 632764, 632789, 632801, 632818, 632849, 632877, 632902, 632931, 632961, 632996, 633027, 633045, 633091, 633118, 633470, 633509, 633774, 633790, 633822, 633839, 633878, 633903, 633934, 633964, 634020, 634047, 634071, 634087, 634124, 634148, 634208, 634225, 634264, 634291, 634484, 634523, 634576, 634604, 634646, 634672, 634864, 634891, 634933, 634963, 635003, 635034, 635102, 635139, 635179, 635217, 635285, 635332, 635372, 635420, 635480, 635506, 635546, 635581, 635621, 635657, 635717, 635750, 635790, 635824, 635892, 635941, 635997, 636047, 636107, 636139, 636160, 636176, 636335, 636352, 636477, 636501, 636616, 636636, 636673, 636702, 636723, 636740, 636785, 636807, 636855, 636880, 636934, 636952, 637006, 637026, 637060, 637103, 637182, 637206, 637266, 637282, 637421, 637461, 637495, 637517, 637558, 637589, 637649, 637666, 637700, 637722, 637780, 637808, 637875, 637890, 637941, 637963, 638014, 638032, 638140, 638159, 638299, 638339, 638373, 638406, 639022, 639052, 639085, 639105, 639155, 639189, 639222, 639245, 639307, 639334, 639389, 639413, 639434, 639459, 639534, 639562, 639659, 639687, 639721, 639744, 639844, 639854, 639927, 639952, 639994, 640013, 640106, 640130, 640642, 640665, 640774, 640796, 640830, 640841, 640869, 640884, 640928, 640949, 640994, 641012, 641056, 641077, 641121, 641150, 641210, 641249, 641290, 641330, 641390, 641426, 641491, 641511, 641556, 641584, 641631, 641664, 641716, 641740, 641789, 641825, 641882, 641919, 641961, 641988, 642022, 642045, 642072, 642092, 642133, 642157, 642198, 642230, 642271, 642296, 642337, 642366, 642407, 642428, 642474, 642491, 642545, 642575, 642610, 642651, 642722, 642751, 642792, 642816, 642857, 642876, 642925, 642950, 642984, 643009, 643061, 643087, 643127, 643155, 643196, 643228, 643269, 643308, 643349, 643368, 643490, 643510, 643612, 643642, 643844, 643881, 643996, 644016, 644118, 644143, 644236, 644262, 644355, 644387, 644428, 644467, 644508, 644547, 644589, 644622, 644683, 644717, 644774, 644825, 645985, 646014, 646071, 646101, 646156, 646193, 646238, 646276, 646295, 646322, 646377, 646405, 646483, 646510, 646565, 646593, 646638, 646654, 646706, 646723, 646744, 646760, 646812, 646829, 646850, 646889, 646916, 646956, 646972, 647012, 647039, 647080, 647096, 647124, 647151, 647180, 647196, 647215, 647264, 647284, 647328, 647349, 647410, 647432, 647488, 647516, 647555, 647578, 647602, 647621, 647648, 647686, 647713, 647752, 647803, 647823, 647839, 647864, 647912, 647954, 647990, 648029, 648057, 648102, 648138, 648182, 648233, 648277, 648318, 648359, 648404, 648450, 648482, 648522, 648553, 648587, 648599, 648640, 648677, 648733, 648763, 648824, 648854, 648927, 648957, 648999, 649029, 649059, 649086, 649127, 649166, 649194, 649224, 649259, 649298, 649320, 649364, 649387, 649456, 649480, 649532, 649570, 649646, 649685, 649718, 649743, 649828, 649849, 649877, 649899, 649920, 649937, 649949, 649969, 650064, 650083, 650193, 650216, 650306, 650354, 650370, 650398, 650447, 650476, 650512, 650531, 650572, 650599, 650664, 650691, 650756, 650780, 650849, 650873, 650935, 650958, 651026, 651052, 651173, 651196, 651264, 651283, 651338, 651373, 651402, 651422, 651482, 651508, 651769, 651795, 651830, 651863, 652433, 652471, 652578, 652602, 652657, 652693, 652806, 652834, 652850, 652884, 652973, 653010, 653056, 653085, 653126, 653164, 653237, 653273, 653317, 653353, 653397, 653411, 653450, 653465, 653530, 653562, 653610, 653652, 653824, 653837, 654197, 654216, 654360, 654380, 654482, 654512, 654524, 654547, 654583, 654616, 654699, 654739, 654780, 654825, 654878, 654922, 654974, 655030, 655094, 655133, 655205, 655246, 655351, 655380, 655483, 655513, 655608, 655647, 656458, 656478, 656568, 656589, 656591, 656623, 656639, 656662, 656704, 656742, 656767, 656784, 656820, 656844, 656914, 656939, 657051, 657075, 657111, 657139, 657155, 657172, 657258, 657276, 657404, 657447, 657494, 657530, 657600, 657638, 657823, 657852, 657893, 657931, 657970, 658007, 658075, 658113, 658168, 658198, 658258, 658280, 658389, 658412, 658505, 658555, 658599, 658650, 658713, 658728, 658813, 658852, 658900, 658940, 658981, 659014, 659070, 659095, 659132, 659165, 659256, 659291, 659381, 659413, 659497, 659541, 659646, 659676, 659760, 659805, 659895, 659940, 659967, 660016, 660050, 660112, 660140, 660169, 660211, 660246, 660314, 660345, 660374, 660409, 660430, 660457, 660493, 660519, 660554, 660585, 660644, 660675, 660721, 660749, 660800, 660849, 660893, 660913, 660947, 660964, 661031, 661056, 661090, 661124, 661170, 661195, 661233, 661259, 661295, 661325, 661366, 661383, 661424, 661458, 661474, 661491, 661532, 661550, 661591, 661611, 661682, 661703, 661763, 661794, 661854, 661875, 661927, 661957, 662021, 662047, 662134, 662161, 662235, 662262, 662302, 662337, 662370, 662394, 662434, 662462, 662490, 662526, 662545, 662579, 662619, 662647, 662687, 662727, 662767, 662805, 662821, 662847, 662868, 662899, 662961, 662993, 663030, 663080, 663184, 663217, 663282, 663296, 663497, 663512, 663605, 663639, 663689, 663724, 663740, 663772, 663801, 663830, 663875, 663901, 663928, 663951, 663997, 664037, 664064, 664075, 664217, 664241, 664352, 664372, 664497, 664530, 664570, 664598, 664740, 664756, 664783, 664804, 664939, 664966, 665073, 665095, 665155, 665189, 665299, 665316, 665382, 665412, 665586, 665617, 665710, 665741, 665821, 665853, 665915, 665945, 666011, 666038, 666115, 666149, 666191, 666217, 666273, 666307, 666370, 666382, 666475, 666497, 666572, 666591, 666748, 666765, 666790, 666817, 666842, 666858, 666883, 666916, 666949, 666968, 666993, 667018, 667052, 667087, 667121, 667145, 667179, 667220, 667262, 667289, 667323, 667343, 667385, 667416, 667458, 667482, 667524, 667545, 667602, 667627, 667675, 667703, 667752, 667776, 667814, 667842, 667912] } } };
function lazySection(bytes, names, offsets) {
  const where = /* @__PURE__ */ new Map();
  names.forEach((n, i) => where.set(n, i));
  const parsed = /* @__PURE__ */ new Map();
  const keys = () => [...where.keys(), ...[...parsed.keys()].filter((k) => !where.has(k))];
  const has = (key) => where.has(key) || parsed.has(key);
  const value = (key) => {
    if (!parsed.has(key)) {
      const i = where.get(key);
      parsed.set(key, JSON.parse(bytes.toString("utf8", offsets[2 * i], offsets[2 * i + 1])));
    }
    return parsed.get(key);
  };
  return new Proxy({}, {
    get: (target, key, receiver) => typeof key === "string" && has(key) ? value(key) : Reflect.get(target, key, receiver),
    has: (target, key) => typeof key === "string" && has(key) || Reflect.has(target, key),
    ownKeys: () => keys(),
    getOwnPropertyDescriptor: (_target, key) => typeof key === "string" && has(key) ? { value: value(key), writable: true, enumerable: true, configurable: true } : void 0,
    set: (target, key, v, receiver) => {
      if (typeof key !== "string") return Reflect.set(target, key, v, receiver);
      parsed.set(key, v);
      return true;
    },
    deleteProperty: (target, key) => {
      if (typeof key !== "string") return Reflect.deleteProperty(target, key);
      where.delete(key);
      parsed.delete(key);
      return true;
    }
  });
}
function lazySchema(bytes, index) {
  const doc = {};
  for (const key of index.order) {
    const s = index.sections[key];
    doc[key] = s ? lazySection(bytes, s.names, s.offsets) : structuredClone(index.header[key]);
  }
  return doc;
}
const str = (v) => typeof v === "string" && !isUnknown(v) ? v : void 0;
function namesOf(list2) {
  if (!Array.isArray(list2)) return [];
  return list2.map((e) => e && typeof e === "object" ? e.name : void 0).filter((n) => typeof n === "string");
}
const norm = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
function unitOfContainer(contract, name) {
  if (!contract || typeof name !== "string") return void 0;
  const n = norm(name);
  return contract.units.find((u) => u.deployed && norm(u.name) === n) ?? contract.units.find((u) => u.deployed && (n.endsWith(`-${norm(u.name)}`) || n.startsWith(`${norm(u.name)}-`)));
}
function taskContainers(res) {
  return containerDefinitions(res) ?? [];
}
const blocks = (v) => Array.isArray(v) ? v : v && typeof v === "object" ? [v] : [];
var arm64FargateSpot = {
  id: "arm64-fargate-spot",
  title: "ARM64 tasks do not run on Fargate Spot",
  description: "Fargate Spot runs only X86_64 tasks: an ARM64 task definition on FARGATE_SPOT never starts.",
  check: ({ byType }) => {
    const arm = byType("aws_ecs_task_definition").filter(
      (t) => blocks(t.attributes.runtime_platform).some((p) => str(p.cpu_architecture) === "ARM64")
    );
    if (!arm.length) return [];
    return byType("aws_ecs_service").flatMap((at) => {
      const spot = blocks(at.attributes.capacity_provider_strategy).some(
        (s) => str(s.capacity_provider) === "FARGATE_SPOT" && (typeof s.weight !== "number" || s.weight > 0)
      );
      const usesArm = arm.some(
        (t) => at.references.includes(t.address.replace(/\[[^\]]*\]$/, "")) && (t.index === void 0 || t.index === at.index)
      );
      return spot && usesArm ? [{ at, resource: at.address, message: "runs an ARM64 task definition on FARGATE_SPOT (Spot supports X86_64 only)" }] : [];
    });
  },
  examples: {
    good: [
      `resource "aws_ecs_task_definition" "t" {
  family = "api"
  container_definitions = "[]"
  runtime_platform { cpu_architecture = "ARM64" }
}
resource "aws_ecs_service" "s" {
  name = "api"
  task_definition = aws_ecs_task_definition.t.arn
  capacity_provider_strategy {
    capacity_provider = "FARGATE"
    weight            = 1
  }
}`
    ],
    bad: [
      `resource "aws_ecs_task_definition" "t" {
  family = "api"
  container_definitions = "[]"
  runtime_platform { cpu_architecture = "ARM64" }
}
resource "aws_ecs_service" "s" {
  name = "api"
  task_definition = aws_ecs_task_definition.t.arn
  capacity_provider_strategy {
    capacity_provider = "FARGATE_SPOT"
    weight            = 1
  }
}`
    ]
  }
};
const CONTRACT = {
  units: [
    {
      name: "api",
      path: ".",
      role: "web",
      roleReason: "example",
      deployed: true,
      listenPort: 8e3,
      protocol: "http",
      start: null,
      image: { dockerfile: "Dockerfile", context: ".", generated: false },
      env: [
        {
          name: "DATABASE_URL",
          carries: "database-url",
          hasDefault: false,
          required: true,
          target: "postgresql",
          evidence: [{ file: "app/settings.py", line: 3 }]
        }
      ],
      health: { path: "/healthz", protocol: "http", gracePeriodSeconds: 30, source: "code", evidence: [{ file: "app/main.py", line: 10 }] },
      oneOff: [],
      hardcodedHosts: [],
      datastores: ["postgresql"],
      dependsOn: [],
      warnings: []
    }
  ],
  excluded: [],
  warnings: []
};
var containerPort = {
  id: "container-port",
  title: "The container port is the port the unit listens on",
  description: "A port mapping that differs from the listen port sends every request and health check to a closed port.",
  check: ({ byType, contract }) => byType("aws_ecs_task_definition").flatMap(
    (at) => taskContainers(at).flatMap((c) => {
      const unit = unitOfContainer(contract, c.name);
      if (!unit || unit.listenPort === null || unit.protocol === "none") return [];
      const ports = (Array.isArray(c.portMappings) ? c.portMappings : []).map((p) => p && typeof p === "object" ? p.containerPort : void 0).filter((p) => typeof p === "number");
      if (!ports.length || ports.includes(unit.listenPort)) return [];
      return [
        {
          at,
          resource: at.address,
          message: `container ${String(c.name)} maps port ${ports.join(", ")} but ${unit.name} listens on ${unit.listenPort}`
        }
      ];
    })
  ),
  examples: {
    contract: CONTRACT,
    good: [
      `resource "aws_ecs_task_definition" "t" {
  family = "api"
  container_definitions = jsonencode([{ name = "api", image = "api:1", portMappings = [{ containerPort = 8000 }],
    secrets = [{ name = "DATABASE_URL", valueFrom = "arn:aws:secretsmanager:eu-west-1:1:secret:db" }] }])
}`
    ],
    bad: [
      `resource "aws_ecs_task_definition" "t" {
  family = "api"
  container_definitions = jsonencode([{ name = "api", image = "api:1", portMappings = [{ containerPort = 3000 }] }])
}`
    ]
  }
};
var duplicateContainerEnv = {
  id: "duplicate-container-env",
  title: "Each environment variable is set once per container",
  description: "ECS rejects a task definition whose container sets the same name twice across environment and secrets.",
  check: ({ byType }) => byType("aws_ecs_task_definition").flatMap(
    (at) => taskContainers(at).flatMap((c) => {
      const names = [...namesOf(c.environment), ...namesOf(c.secrets)];
      const dup = [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
      return dup.length ? [
        {
          at,
          resource: at.address,
          message: `container ${String(c.name)} sets ${dup.join(", ")} more than once (environment/secrets)`
        }
      ] : [];
    })
  ),
  examples: {
    good: [
      `resource "aws_ecs_task_definition" "t" {
  family = "api"
  container_definitions = jsonencode([{ name = "api", image = "api:1",
    environment = [{ name = "PORT", value = "8000" }],
    secrets     = [{ name = "DATABASE_URL", valueFrom = "arn:aws:secretsmanager:eu-west-1:1:secret:db" }] }])
}`
    ],
    bad: [
      `resource "aws_ecs_task_definition" "t" {
  family = "api"
  container_definitions = jsonencode([{ name = "api", image = "api:1",
    environment = [{ name = "DATABASE_URL", value = "postgres://db" }],
    secrets     = [{ name = "DATABASE_URL", valueFrom = "arn:aws:secretsmanager:eu-west-1:1:secret:db" }] }])
}`
    ]
  }
};
function nameRule(id, title, description, constraints, examples) {
  return {
    id,
    title,
    description,
    check: ({ byType }) => constraints.flatMap(
      (c) => byType(c.type).flatMap((at) => {
        const v = str(at.attributes[c.attribute]);
        if (v === void 0) return [];
        const problems = [];
        if (v.length > c.max) problems.push(`${v.length} characters (at most ${c.max})`);
        if (c.min !== void 0 && v.length < c.min) problems.push(`${v.length} characters (at least ${c.min})`);
        if (!c.pattern.test(v)) problems.push(c.rule);
        return problems.length ? [{ at, resource: at.address, message: `${c.attribute} "${v}": ${problems.join("; ")}` }] : [];
      })
    ),
    examples
  };
}
const ID$1 = /^[a-z](?!.*--)[a-z0-9-]*[a-z0-9]$|^[a-z]$/;
const RULE$2 = "lowercase letters, digits and single hyphens, starting with a letter and not ending with a hyphen";
var elasticacheIds = nameRule(
  "elasticache-ids",
  "ElastiCache identifiers follow the ElastiCache naming rules",
  "Replication group ids are at most 40 characters, cluster ids at most 50, lowercase with single hyphens: others are rejected at apply time.",
  [
    { type: "aws_elasticache_replication_group", attribute: "replication_group_id", max: 40, pattern: ID$1, rule: RULE$2 },
    { type: "aws_elasticache_cluster", attribute: "cluster_id", max: 50, pattern: ID$1, rule: RULE$2 },
    {
      type: "aws_elasticache_subnet_group",
      attribute: "name",
      max: 255,
      pattern: /^[a-z0-9-]+$/,
      rule: "lowercase letters, digits and hyphens"
    }
  ],
  {
    good: [
      `resource "aws_elasticache_replication_group" "r" {
  replication_group_id = "shop-prod-cache"
  description          = "cache"
}`
    ],
    bad: [
      `resource "aws_elasticache_replication_group" "r" {
  replication_group_id = "Shop_Production_Environment_Redis_Cache_Cluster"
  description          = "cache"
}`
    ]
  }
);
const first = (v) => Array.isArray(v) ? v[0] : v && typeof v === "object" ? v : void 0;
var healthCheckPath = {
  id: "health-check-path",
  title: "The load balancer checks the unit's health path",
  description: "A health check on a path the application does not serve (/ on an API, 400 from Django ALLOWED_HOSTS) marks every task unhealthy.",
  check: ({ byType, contract }) => {
    if (!contract) return [];
    const groups = byType("aws_lb_target_group");
    return byType("aws_ecs_service").flatMap((svc2) => {
      const lbs = Array.isArray(svc2.attributes.load_balancer) ? svc2.attributes.load_balancer : [];
      return lbs.flatMap((lb) => {
        const unit = unitOfContainer(contract, lb?.container_name);
        if (!unit || unit.health.protocol !== "http" || unit.health.source === "default" || !unit.health.path) return [];
        const tgs = groups.filter(
          (g) => svc2.references.some((r) => g.address.replace(/\[[^\]]*\]$/, "") === r) && // A conditional target group (count = public ? 1 : 0, as in modules/ecs-service) is [0].
          (g.index === void 0 || g.index === svc2.index || g.index === unit.name || svc2.index === void 0 && g.index === 0)
        );
        return tgs.flatMap((at) => {
          const path = str(first(at.attributes.health_check)?.path) ?? "/";
          return path === unit.health.path ? [] : [
            {
              at,
              resource: at.address,
              message: `health check path ${path}, but ${unit.name} answers ${unit.health.path} (${unit.health.evidence[0]?.file ?? unit.health.source})`
            }
          ];
        });
      });
    });
  },
  examples: {
    contract: CONTRACT,
    good: [
      `resource "aws_lb_target_group" "api" {
  name = "api"
  port = 8000
  protocol = "HTTP"
  target_type = "ip"
  vpc_id = "vpc-1"
  health_check { path = "/healthz" }
}
resource "aws_ecs_service" "api" {
  name = "api"
  load_balancer {
    target_group_arn = aws_lb_target_group.api.arn
    container_name   = "api"
    container_port   = 8000
  }
}`
    ],
    bad: [
      `resource "aws_lb_target_group" "api" {
  name = "api"
  port = 8000
  protocol = "HTTP"
  target_type = "ip"
  vpc_id = "vpc-1"
  health_check { path = "/" }
}
resource "aws_ecs_service" "api" {
  name = "api"
  load_balancer {
    target_group_arn = aws_lb_target_group.api.arn
    container_name   = "api"
    container_port   = 8000
  }
}`
    ]
  }
};
const NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$/;
const RULE$1 = "letters, digits and hyphens, not starting or ending with a hyphen";
var loadBalancerNames = nameRule(
  "load-balancer-names",
  "Load balancer and target group names fit in 32 characters",
  "ALB, NLB and target group names are at most 32 letters, digits and hyphens (name_prefix at most 6): longer names fail at apply time.",
  [
    {
      type: "aws_lb",
      attribute: "name",
      max: 32,
      pattern: /^(?!internal-)[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?$/,
      rule: `${RULE$1}, not starting with "internal-"`
    },
    { type: "aws_alb", attribute: "name", max: 32, pattern: NAME, rule: RULE$1 },
    { type: "aws_lb_target_group", attribute: "name", max: 32, pattern: NAME, rule: RULE$1 },
    { type: "aws_alb_target_group", attribute: "name", max: 32, pattern: NAME, rule: RULE$1 },
    { type: "aws_lb_target_group", attribute: "name_prefix", max: 6, pattern: /^[a-zA-Z0-9-]*$/, rule: RULE$1 }
  ],
  {
    good: [
      `resource "aws_lb_target_group" "t" {
  name        = "shop-prod-checkout"
  port        = 8080
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = "vpc-1"
}`
    ],
    bad: [
      `resource "aws_lb_target_group" "t" {
  name        = "shop-production-checkoutservice-grpc"
  port        = 8080
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = "vpc-1"
}`
    ]
  }
);
var opensearchServiceLinkedRole = {
  id: "opensearch-service-linked-role",
  title: "A VPC OpenSearch domain has its service-linked role",
  description: "OpenSearch needs the AWSServiceRoleForAmazonOpenSearchService role to place a domain in a VPC; in a fresh account the domain fails to create without it.",
  check: ({ byType }) => {
    const vpcDomains = [...byType("aws_opensearch_domain"), ...byType("aws_elasticsearch_domain")].filter((d) => {
      const v = d.attributes.vpc_options;
      return Array.isArray(v) ? v.length > 0 : !!v;
    });
    if (!vpcDomains.length) return [];
    const role = byType("aws_iam_service_linked_role").some(
      (r) => /^(opensearchservice|es)\.amazonaws\.com$/.test(str(r.attributes.aws_service_name) ?? "")
    );
    return role ? [] : vpcDomains.map((at) => ({
      at,
      resource: at.address,
      message: "VPC domain without an aws_iam_service_linked_role for opensearchservice.amazonaws.com"
    }));
  },
  examples: {
    good: [
      `resource "aws_iam_service_linked_role" "os" {
  aws_service_name = "opensearchservice.amazonaws.com"
}
resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  vpc_options {
    subnet_ids = ["subnet-1"]
  }
  depends_on = [aws_iam_service_linked_role.os]
}`
    ],
    bad: [
      `resource "aws_opensearch_domain" "d" {
  domain_name = "search"
  vpc_options {
    subnet_ids = ["subnet-1"]
  }
}`
    ]
  }
};
const ID = /^[a-zA-Z](?!.*--)[a-zA-Z0-9-]*[a-zA-Z0-9]$|^[a-zA-Z]$/;
const RULE = "letters, digits and single hyphens, starting with a letter and not ending with a hyphen";
var rdsIdentifiers = nameRule(
  "rds-identifiers",
  "RDS identifiers follow the RDS naming rules",
  "DB instance and cluster identifiers are 1\u201363 letters, digits and single hyphens starting with a letter; DB subnet group names are lowercase.",
  [
    { type: "aws_db_instance", attribute: "identifier", max: 63, pattern: ID, rule: RULE },
    { type: "aws_rds_cluster", attribute: "cluster_identifier", max: 63, pattern: ID, rule: RULE },
    { type: "aws_rds_cluster_instance", attribute: "identifier", max: 63, pattern: ID, rule: RULE },
    {
      type: "aws_db_subnet_group",
      attribute: "name",
      max: 255,
      pattern: /^[a-z0-9 ._-]+$/,
      rule: "lowercase letters, digits, spaces, periods, underscores and hyphens"
    }
  ],
  {
    good: [
      `resource "aws_db_instance" "d" {
  identifier     = "shop-prod-db"
  instance_class = "db.t4g.micro"
}`
    ],
    bad: [
      `resource "aws_db_instance" "d" {
  identifier     = "shop--prod_db-"
  instance_class = "db.t4g.micro"
}`
    ]
  }
);
var requiredVariables = {
  id: "required-variables",
  title: "Every variable the unit needs to start is wired",
  description: "A variable the application reads without a usable default, missing from environment and secrets, stops it at start-up or makes it fall back (SQLite, localhost).",
  check: ({ byType, contract }) => byType("aws_ecs_task_definition").flatMap(
    (at) => taskContainers(at).flatMap((c) => {
      const unit = unitOfContainer(contract, c.name);
      if (!unit) return [];
      const set = /* @__PURE__ */ new Set([...namesOf(c.environment), ...namesOf(c.secrets)]);
      const missing = unit.env.filter((e) => e.required && !set.has(e.name)).map((e) => e.name);
      return missing.length ? [
        {
          at,
          resource: at.address,
          message: `container ${String(c.name)} lacks ${missing.join(", ")} (required by ${unit.name}: ${unit.env.find((e) => e.name === missing[0])?.evidence[0]?.file ?? "run contract"})`
        }
      ] : [];
    })
  ),
  examples: {
    contract: CONTRACT,
    good: [
      `resource "aws_ecs_task_definition" "t" {
  family = "api"
  container_definitions = jsonencode([{ name = "api", image = "api:1",
    secrets = [{ name = "DATABASE_URL", valueFrom = "arn:aws:secretsmanager:eu-west-1:1:secret:db" }] }])
}`
    ],
    bad: [
      `resource "aws_ecs_task_definition" "t" {
  family = "api"
  container_definitions = jsonencode([{ name = "api", image = "api:1",
    environment = [{ name = "DATABASE_HOST", value = "db" }] }])
}`
    ]
  }
};
var s3BucketNames = nameRule(
  "s3-bucket-names",
  "S3 bucket names follow the S3 naming rules",
  "Bucket names are 3\u201363 lowercase letters, digits, hyphens and dots, start and end with a letter or digit, and are not IP addresses.",
  [
    {
      type: "aws_s3_bucket",
      attribute: "bucket",
      max: 63,
      min: 3,
      pattern: /^(?!\d+\.\d+\.\d+\.\d+$)(?!xn--)(?!.*\.\.)[a-z0-9][a-z0-9.-]*[a-z0-9]$/,
      rule: "lowercase letters, digits, hyphens and single dots, starting and ending with a letter or digit, not an IP address"
    },
    {
      type: "aws_s3_bucket",
      attribute: "bucket_prefix",
      max: 37,
      pattern: /^[a-z0-9][a-z0-9.-]*$/,
      rule: "lowercase letters, digits, hyphens and dots"
    }
  ],
  {
    good: [
      `resource "aws_s3_bucket" "b" {
  bucket = "shop-prod-assets-123456789012"
}`
    ],
    bad: [
      `resource "aws_s3_bucket" "b" {
  bucket = "Shop_Prod_Assets"
}`
    ]
  }
);
var uniqueSecurityGroupNames = {
  id: "unique-security-group-names",
  title: "Security group names are unique in their VPC",
  description: "Two security groups with the same name in one VPC: the second fails with InvalidGroup.Duplicate.",
  check: ({ byType }) => {
    const seen = /* @__PURE__ */ new Map();
    return byType("aws_security_group").flatMap((at) => {
      const name = str(at.attributes.name);
      if (name === void 0) return [];
      const key = `${str(at.attributes.vpc_id) ?? "(vpc unknown)"}/${name}`;
      const first2 = seen.get(key);
      if (!first2) {
        seen.set(key, at.address);
        return [];
      }
      return [{ at, resource: at.address, message: `security group name "${name}" is also used by ${first2}` }];
    });
  },
  examples: {
    good: [
      `resource "aws_security_group" "web" {
  name   = "shop-web"
  vpc_id = "vpc-1"
}
resource "aws_security_group" "api" {
  name   = "shop-api"
  vpc_id = "vpc-1"
}`
    ],
    bad: [
      `locals {
  services = ["web", "api"]
}
resource "aws_security_group" "svc" {
  for_each = toset(local.services)
  name     = "shop-service"
  vpc_id   = "vpc-1"
}`
    ]
  }
};
const DEPLOYABILITY_RULES = [
  duplicateContainerEnv,
  containerPort,
  requiredVariables,
  healthCheckPath,
  arm64FargateSpot,
  elasticacheIds,
  rdsIdentifiers,
  loadBalancerNames,
  s3BucketNames,
  uniqueSecurityGroupNames,
  opensearchServiceLinkedRole
];
const CONTRACT_RULES = /* @__PURE__ */ new Set(["container-port", "required-variables", "health-check-path"]);
function checkDeployability(loaded, contract, ruleIds, enforceContract = true) {
  const byTypeMap = /* @__PURE__ */ new Map();
  for (const r of loaded.resources) if (r.kind === "resource") byTypeMap.set(r.type, [...byTypeMap.get(r.type) ?? [], r]);
  const ctx = { loaded, contract, byType: (t) => byTypeMap.get(t) ?? [] };
  const failures = [];
  const advisories = [];
  const skipped = [];
  let rulesEvaluated = 0;
  for (const rule of DEPLOYABILITY_RULES) {
    if (CONTRACT_RULES.has(rule.id) && !contract) {
      skipped.push(rule.id);
      continue;
    }
    rulesEvaluated++;
    const into = CONTRACT_RULES.has(rule.id) && !enforceContract ? advisories : failures;
    for (const f of rule.check(ctx))
      into.push({ rule: rule.id, resource: f.resource, file: f.at.pos.file, line: f.at.pos.line, message: f.message });
  }
  const order = (a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
  failures.sort(order);
  advisories.sort(order);
  return { passed: failures.length === 0, failures, advisories, rulesEvaluated, skipped };
}
const SCHEMA_FILE = join("src", "terraform", "schema", "aws-provider.json.gz");
let cachedSchema;
function loadProviderSchema(root) {
  if (!cachedSchema) {
    try {
      const gz = readFileSync(join(root ?? packageRoot(), SCHEMA_FILE));
      const bytes = gunzipSync(gz);
      const index = BUNDLED_SCHEMA_INDEX;
      cachedSchema = index && createHash("sha256").update(gz).digest("hex") === index.sha256 ? lazySchema(bytes, index) : JSON.parse(bytes.toString("utf8"));
    } catch (error) {
      throw new InframateError("internal", `cannot read the AWS provider schema (${SCHEMA_FILE}): ${error.message}`, {
        cause: error
      });
    }
  }
  return cachedSchema;
}
const schemaLabel = (s) => `hashicorp/aws ${s.providerVersion} (from ${s.source} ${s.packageVersion})`;
const META_ARGUMENTS = /* @__PURE__ */ new Set(["count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection"]);
const lineOf = (loc, key) => key && loc.pos?.attributes[key] || key && loc.pos?.blocks.find((b) => b.type === key)?.line || loc.pos?.line || 1;
function checkBody(body, schema, where, loc, errors, address, top) {
  const args = /* @__PURE__ */ new Set([...schema.r ?? [], ...schema.o ?? []]);
  const blocks2 = schema.b ?? {};
  const present = /* @__PURE__ */ new Set();
  for (const [key, value] of Object.entries(body)) {
    if (top && META_ARGUMENTS.has(key)) continue;
    if (key === "dynamic" && value && typeof value === "object") {
      for (const [name, defs] of Object.entries(value)) {
        const nested2 = blocks2[name];
        if (!nested2) {
          errors.push({
            file: loc.file,
            line: lineOf(loc, name),
            address,
            message: `${where}: unsupported block type "${name}" (dynamic)`
          });
          continue;
        }
        present.add(name);
        for (const def of defs ?? [])
          for (const content of def.content ?? [])
            checkBody(content, nested2, `${where}.${name}`, loc, errors, address, false);
      }
      continue;
    }
    present.add(key);
    if (args.has(key)) continue;
    const nested = blocks2[key];
    if (nested) {
      const items = Array.isArray(value) ? value : [value];
      for (const item of items)
        if (item && typeof item === "object" && !Array.isArray(item))
          checkBody(item, nested, `${where}.${key}`, loc, errors, address, false);
      continue;
    }
    errors.push({ file: loc.file, line: lineOf(loc, key), address, message: `${where}: unsupported argument or block "${key}"` });
  }
  for (const required of [...schema.r ?? [], ...schema.rb ?? []]) {
    if (!present.has(required))
      errors.push({ file: loc.file, line: lineOf(loc), address, message: `${where}: missing required argument "${required}"` });
  }
}
function checkFiles(files, schema) {
  const parseErrors = [];
  const schemaErrors = [];
  const decl = { resources: /* @__PURE__ */ new Set(), data: /* @__PURE__ */ new Set(), variables: /* @__PURE__ */ new Set(), locals: /* @__PURE__ */ new Set(), modules: /* @__PURE__ */ new Set() };
  const declaredAt = /* @__PURE__ */ new Map();
  const providers = /* @__PURE__ */ new Set();
  const refs = [];
  let resourcesChecked = 0;
  const declare = (key, file, line) => {
    if (declaredAt.has(key))
      schemaErrors.push({ file, line, address: key, message: `duplicate declaration of ${key} (first in ${declaredAt.get(key)})` });
    else declaredAt.set(key, `${file}:${line}`);
  };
  for (const [file, result] of files) {
    if (result.error) {
      parseErrors.push({ file, line: result.error.line, message: result.error.message });
      continue;
    }
    if (!result.parsed) continue;
    const doc = result.parsed.config;
    const positions = result.parsed.blocks;
    const find = (type, labels) => positions.find((b) => b.type === type && labels.every((l, i) => b.labels[i] === l));
    for (const [kind, section] of [
      ["resource", "resources"],
      ["data", "data"]
    ]) {
      const byType = doc[kind] ?? {};
      for (const [type, byName] of Object.entries(byType)) {
        for (const [name, bodies] of Object.entries(byName)) {
          const address = kind === "data" ? `data.${type}.${name}` : `${type}.${name}`;
          const loc = { file, pos: find(kind, [type, name]) };
          declare(address, file, lineOf(loc));
          decl[kind === "data" ? "data" : "resources"].add(address);
          resourcesChecked++;
          const typeSchema = schema[section][type];
          for (const body of bodies) {
            for (const r of collectReferences(body)) refs.push({ file, line: lineOf(loc), address, ...r });
            const provider = typeof body.provider === "string" ? /^\$\{([a-z][\w-]*(?:\.[\w-]+)?)\}$/.exec(body.provider)?.[1] : void 0;
            if (provider) refs.push({ file, line: lineOf(loc, "provider"), address, target: `provider.${provider}`, kind: "provider" });
            if (!type.startsWith("aws_")) continue;
            if (!typeSchema) {
              schemaErrors.push({
                file,
                line: lineOf(loc),
                address,
                message: `${kind === "data" ? "data source" : "resource"} type "${type}" does not exist in the AWS provider`
              });
              continue;
            }
            checkBody(body, typeSchema, address, loc, schemaErrors, address, true);
          }
        }
      }
    }
    for (const [name, bodies] of Object.entries(doc.variable ?? {})) {
      const line = find("variable", [name])?.line ?? 1;
      declare(`var.${name}`, file, line);
      decl.variables.add(`var.${name}`);
      for (const body of bodies)
        for (const r of collectReferences(body.validation ?? [])) refs.push({ file, line, address: `var.${name}`, ...r });
    }
    for (const [name, bodies] of Object.entries(doc.output ?? {})) {
      const line = find("output", [name])?.line ?? 1;
      declare(`output.${name}`, file, line);
      for (const body of bodies) for (const r of collectReferences(body)) refs.push({ file, line, address: `output.${name}`, ...r });
    }
    for (const [name, bodies] of Object.entries(doc.module ?? {})) {
      const line = find("module", [name])?.line ?? 1;
      declare(`module.${name}`, file, line);
      decl.modules.add(`module.${name}`);
      for (const body of bodies) for (const r of collectReferences(body)) refs.push({ file, line, address: `module.${name}`, ...r });
    }
    for (const block of doc.locals ?? []) {
      for (const [name, value] of Object.entries(block)) {
        const line = positions.find((b) => b.type === "locals" && b.attributes[name])?.attributes[name] ?? 1;
        declare(`local.${name}`, file, line);
        decl.locals.add(`local.${name}`);
        for (const r of collectReferences(value)) refs.push({ file, line, address: `local.${name}`, ...r });
      }
    }
    for (const [name, bodies] of Object.entries(doc.provider ?? {})) {
      for (const body of bodies) providers.add(typeof body.alias === "string" ? `provider.${name}.${body.alias}` : `provider.${name}`);
      for (const body of bodies)
        for (const r of collectReferences(body))
          refs.push({ file, line: find("provider", [name])?.line ?? 1, address: `provider.${name}`, ...r });
    }
  }
  const declaredOf = {
    provider: providers,
    var: decl.variables,
    local: decl.locals,
    module: decl.modules,
    data: decl.data
  };
  const known = (kind, target) => (declaredOf[kind] ?? decl.resources).has(target);
  const seen = /* @__PURE__ */ new Set();
  const unresolvedReferences = [];
  for (const r of refs) {
    if (known(r.kind, r.target)) continue;
    const key = `${r.address}\u2192${r.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unresolvedReferences.push({ file: r.file, line: r.line, address: r.address, reference: r.target });
  }
  return { parseErrors, schemaErrors, unresolvedReferences, resourcesChecked };
}
function checkModules(files, schema) {
  const dirOf2 = (file) => posix.dirname(file.split("\\").join("/"));
  const dirs = /* @__PURE__ */ new Map();
  const variablesOf = /* @__PURE__ */ new Map();
  for (const [file, result] of files) {
    const dir = dirOf2(file);
    if (!dirs.has(dir)) dirs.set(dir, /* @__PURE__ */ new Map());
    dirs.get(dir).set(file, result);
    const vars = variablesOf.get(dir) ?? /* @__PURE__ */ new Map();
    for (const [name, bodies] of Object.entries(result.parsed?.config.variable ?? {}))
      vars.set(
        name,
        bodies.some((b) => "default" in b)
      );
    variablesOf.set(dir, vars);
  }
  const out = {
    parseErrors: [],
    schemaErrors: [],
    unresolvedReferences: [],
    resourcesChecked: 0
  };
  for (const group of dirs.values()) {
    const r = checkFiles(group, schema);
    out.parseErrors.push(...r.parseErrors);
    out.schemaErrors.push(...r.schemaErrors);
    out.unresolvedReferences.push(...r.unresolvedReferences);
    out.resourcesChecked += r.resourcesChecked;
  }
  for (const [file, result] of files) {
    const calls = result.parsed?.config.module ?? {};
    for (const [name, bodies] of Object.entries(calls)) {
      for (const body of bodies) {
        if (typeof body.source !== "string" || !/^\.\.?\//.test(body.source)) continue;
        const dir = posix.normalize(posix.join(dirOf2(file), body.source));
        const vars = variablesOf.get(dir);
        const line = result.parsed?.blocks.find((b) => b.type === "module" && b.labels[0] === name)?.line ?? 1;
        const address = `module.${name}`;
        if (!vars) {
          out.schemaErrors.push({ file, line, address, message: `module "${name}": no module in ${body.source}` });
          continue;
        }
        for (const arg of Object.keys(body)) {
          if (!MODULE_META_ARGS.has(arg) && !vars.has(arg))
            out.schemaErrors.push({
              file,
              line,
              address,
              message: `module "${name}": unsupported argument "${arg}" (${dir} declares no such variable)`
            });
        }
        for (const [v, hasDefault] of vars) {
          if (!hasDefault && !(v in body))
            out.schemaErrors.push({ file, line, address, message: `module "${name}": missing required argument "${v}"` });
        }
      }
    }
  }
  return out;
}
const MODULE_META_ARGS = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
async function validateModule(root, files, opts = {}) {
  const schema = opts.schema ?? loadProviderSchema();
  const parsedFiles = /* @__PURE__ */ new Map();
  for (const [file, text] of files) if (file.endsWith(".tf")) parsedFiles.set(file, await parseTerraformFile(file, text));
  const checked = checkModules(parsedFiles, schema);
  const loaded = await loadTerraformFiles(root, files, { parsed: parsedFiles });
  const scan = scanTerraform(loaded, { now: opts.now });
  const threshold = severityRank(opts.blockAt ?? "high");
  const open = scan.findings.filter((f) => !f.suppressed);
  const findings = open.filter((f) => severityRank(f.severity) >= threshold);
  const advisories = open.filter((f) => severityRank(f.severity) < threshold);
  const parsed = checked.parseErrors.length === 0;
  const deployability = checkDeployability(loaded, opts.contract, void 0, opts.enforceContract ?? false);
  return {
    parsed,
    parseErrors: checked.parseErrors,
    schemaErrors: checked.schemaErrors,
    unresolvedReferences: checked.unresolvedReferences,
    findings,
    advisories,
    resourcesChecked: checked.resourcesChecked,
    rulesEvaluated: scan.rulesEvaluated,
    schema: schemaLabel(schema),
    deployability,
    passed: parsed && checked.schemaErrors.length === 0 && checked.unresolvedReferences.length === 0 && findings.length === 0 && deployability.passed,
    loaded
  };
}
const DIGEST_FILES = [
  { rank: 0, kind: "compose", pattern: /(^|\/)(docker-)?compose(\.[\w-]+)?\.ya?ml$/i, maxChars: 6e3 },
  { rank: 1, kind: "dockerfile", pattern: /(^|\/)(Dockerfile(\.[\w-]+)?|[\w-]+\.Dockerfile|Containerfile)$/, maxChars: 4e3 },
  {
    rank: 2,
    kind: "manifest",
    pattern: /(^|\/)(package\.json|requirements(-[\w-]+)?\.txt|pyproject\.toml|Pipfile|setup\.cfg|go\.mod|Gemfile|pom\.xml|build\.gradle(\.kts)?|settings\.gradle(\.kts)?|composer\.json|Cargo\.toml|[\w.-]+\.csproj|mix\.exs|Procfile|app\.ya?ml|serverless\.ya?ml|fly\.toml|render\.ya?ml|vercel\.json|netlify\.toml|nginx\.conf)$/,
    maxChars: 4e3
  },
  {
    rank: 3,
    kind: "build-config",
    pattern: /(^|\/)((vite|next|nuxt|astro|svelte|remix|gatsby)\.config\.(js|cjs|mjs|ts)|angular\.json|hugo\.(toml|ya?ml|json)|_config\.ya?ml|schema\.prisma|\.nvmrc|\.python-version|\.tool-versions|runtime\.txt)$/,
    maxChars: 2e3
  },
  { rank: 4, kind: "readme", pattern: /^README(\.[a-z]+)?$/i, maxChars: 3e3 }
];
const NEVER = /(^|\/)(\.env(\.[\w.-]+)?|[\w.-]+\.env|\.npmrc|\.pypirc|id_[a-z0-9]+|[\w.-]+\.(pem|key|p12|pfx)|package-lock\.json|yarn\.lock|pnpm-lock\.yaml)$/i;
function listRepository(root, maxFiles) {
  const collect = () => {
    const files = [];
    const sink = (dirSlash, name) => {
      if (files.length < maxFiles) files.push({ path: dirSlash + name });
    };
    return { files, sink };
  };
  const tracked = collect();
  if (streamTrackedFiles(root, tracked.sink, inSkippedDir)) return tracked.files;
  const walked = collect();
  walkTree(root, walked.sink, { maxFiles });
  return walked.files;
}
const byPath = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function depth(path) {
  return path.split("/").length - 1;
}
function treeSummary(files, maxEntries, maxChars) {
  const sorted = [...files].sort((a, b) => depth(a.path) - depth(b.path) || byPath(a.path, b.path));
  const shown = [];
  let used = 0;
  for (const f of sorted) {
    if (shown.length >= maxEntries || used + f.path.length + 1 > maxChars) break;
    shown.push(f.path);
    used += f.path.length + 1;
  }
  const lines = [...shown].sort(byPath);
  const rest = files.length - shown.length;
  if (rest > 0) {
    const dirs = /* @__PURE__ */ new Map();
    const shownSet = new Set(shown);
    for (const f of files) {
      if (shownSet.has(f.path)) continue;
      const top = f.path.includes("/") ? f.path.split("/")[0] + "/" : ".";
      dirs.set(top, (dirs.get(top) ?? 0) + 1);
    }
    const where = [...dirs.entries()].sort((a, b) => b[1] - a[1] || byPath(a[0], b[0])).slice(0, 15).map(([d, n]) => `${d} (${n})`).join(", ");
    lines.push(`\u2026 and ${rest} more files in: ${where}`);
  }
  return lines.join("\n");
}
function isExcluded(path, exclude) {
  return exclude.some((d) => path === d || path.startsWith(d + "/"));
}
function buildRepositoryDigest(root, opts) {
  const exclude = opts.exclude ?? [];
  const files = listRepository(root, opts.maxFiles ?? 5e4).filter((f) => !isExcluded(f.path, exclude));
  const treeBudget = Math.floor(opts.maxChars * 0.25);
  const treeRedacted = redact(treeSummary(files, opts.maxTreeEntries ?? 400, treeBudget), { known: opts.knownSecrets });
  const tree = treeRedacted.text;
  const parts = [`## File tree (${files.length} files)`, tree, ""];
  let used = parts.join("\n").length;
  const candidates = files.filter((f) => !NEVER.test(f.path)).map((f) => ({ f, row: DIGEST_FILES.find((r) => r.pattern.test(f.path)) })).filter((c) => c.row !== void 0).sort((a, b) => a.row.rank - b.row.rank || depth(a.f.path) - depth(b.f.path) || byPath(a.f.path, b.f.path));
  const included = [];
  const omitted = [];
  let redactions = redactionTotal(treeRedacted.counts);
  for (const { f, row } of candidates) {
    let content;
    try {
      content = readTextBoundedSync(join(root, f.path));
    } catch {
      omitted.push(f.path);
      continue;
    }
    if (content.includes("\0")) continue;
    const truncated = content.length > row.maxChars;
    const body = truncated ? content.slice(0, row.maxChars) : content;
    const r = redact(body, { file: f.path, known: opts.knownSecrets });
    const block = `### ${f.path}${truncated ? ` (first ${row.maxChars} of ${content.length} characters)` : ""}
${r.text}
`;
    if (used + block.length > opts.maxChars) {
      omitted.push(f.path);
      continue;
    }
    redactions += redactionTotal(r.counts);
    parts.push(block);
    included.push(f.path);
    used += block.length + 1;
  }
  if (omitted.length)
    parts.push(`(${omitted.length} more build/run files left out to stay within the size budget: ${omitted.slice(0, 20).join(", ")})`);
  const text = parts.join("\n");
  return { text, files: included, omitted, totalFiles: files.length, redactions, chars: text.length };
}
const WIRING_SOURCES = [
  "datastore-url",
  "datastore-host",
  "datastore-port",
  "datastore-user",
  "datastore-password",
  "datastore-name",
  "unit-address",
  "generated-secret",
  "literal"
];
const WiringProposalSchema = object$1({
  /** The unit (service) whose container gets the variable. */
  unit: string().min(1).max(64),
  variable: string().min(1).max(128),
  source: _enum(WIRING_SOURCES),
  /** datastore-*: which datastore (postgresql, redis?). */
  store: string().max(32).optional(),
  /** unit-address: the other unit. */
  target: string().max(64).optional(),
  /** literal: the value (never a secret). */
  value: string().max(200).optional(),
  reason: string().min(1).max(500)
});
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
const SECRET_VALUE = /:\/\/[^/\s:@]+:[^@\s]+@|-----BEGIN|\b(AKIA|ASIA)[A-Z0-9]{16}\b|\b(sk|pk|rk|ghp|gho|xox[abp])[-_][A-Za-z0-9_-]{10,}|^[A-Za-z0-9+/_=-]{32,}$/;
const UNSAFE_VALUE = /\$\{|\$\(|`|<%|{{/;
const hasControl = (v) => [...v].some((ch) => ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127);
const ALLOWED_BY_CARRIES = {
  "database-url": /* @__PURE__ */ new Set(["datastore-url"]),
  "database-host": /* @__PURE__ */ new Set(["datastore-host"]),
  "database-port": /* @__PURE__ */ new Set(["datastore-port"]),
  "database-user": /* @__PURE__ */ new Set(["datastore-user"]),
  "database-password": /* @__PURE__ */ new Set(["datastore-password"]),
  "database-name": /* @__PURE__ */ new Set(["datastore-name"]),
  "cache-url": /* @__PURE__ */ new Set(["datastore-url"]),
  "cache-host": /* @__PURE__ */ new Set(["datastore-host"]),
  "mongodb-url": /* @__PURE__ */ new Set(["datastore-url"]),
  "service-address": /* @__PURE__ */ new Set(["unit-address"]),
  secret: /* @__PURE__ */ new Set(["generated-secret"])
};
const storesOf = (components) => new Set(components.flatMap((c) => DATASTORE_SERVES[c.kind] ?? []));
function checkWiringProposal(p, components, contract) {
  const service = components.find((c) => c.kind === "ecs-fargate-service" && c.service === p.unit && c.wiring);
  const current = service?.wiring?.env.find((e) => e.name === p.variable);
  const keep = current ? `the rules' wiring of ${p.variable} (${current.from}) stays` : `${p.variable} stays unset`;
  if (!service) return { rejection: `no deployed unit is called "${p.unit.slice(0, 64)}"`, correction: "nothing is changed" };
  if (!ENV_NAME.test(p.variable))
    return { rejection: `"${p.variable.slice(0, 40)}" is not an environment variable name`, correction: "nothing is changed" };
  const secretName = SECRET_NAME.test(p.variable);
  const required = contract?.units.find((u) => u.name === p.unit || u.name === service.service)?.env.find((e) => e.name === p.variable);
  if (required) {
    const allowed = ALLOWED_BY_CARRIES[required.carries];
    if (allowed && !allowed.has(p.source))
      return {
        rejection: `conflicts with the run contract: ${p.variable} carries ${required.carries} (${required.evidence[0]?.file ?? "code"}), which ${p.source} does not give`,
        correction: keep
      };
  }
  const store = p.store && WIRED_STORES.includes(p.store) ? p.store : void 0;
  const needStore = () => !store ? `"${(p.store ?? "").slice(0, 32)}" is not a datastore Inframate wires` : !storesOf(components).has(store) ? `no ${store} is generated` : null;
  switch (p.source) {
    case "literal": {
      const v = p.value ?? "";
      if (secretName || SECRET_VALUE.test(v) || required?.carries === "secret" || required?.carries === "database-password")
        return {
          rejection: `a secret never goes into plain environment: ${p.variable} would be a literal in the task definition`,
          correction: current ? `${keep} (Secrets Manager)` : `${p.variable} stays unset; a secret comes from generated-secret or a datastore's password`
        };
      if (UNSAFE_VALUE.test(v) || hasControl(v))
        return { rejection: `the value of ${p.variable} holds control characters or template syntax`, correction: keep };
      return { env: { name: p.variable, from: "literal", value: v } };
    }
    case "generated-secret":
      return { env: { name: p.variable, from: "app-secret", length: 64 } };
    case "unit-address": {
      const other = components.find((c) => c.kind === "ecs-fargate-service" && c.service === p.target && c.service !== p.unit);
      const w = other?.wiring;
      if (!other || !w || w.role === "worker" || w.protocol === "none")
        return { rejection: `no reachable unit is called "${(p.target ?? "").slice(0, 64)}"`, correction: keep };
      return {
        env: {
          name: p.variable,
          from: "service",
          unit: other.service,
          port: other.parameters.containerPort,
          scheme: ""
        }
      };
    }
    case "datastore-url": {
      const missing = needStore();
      if (missing) return { rejection: missing, correction: keep };
      if (store === "redis") return { env: { name: p.variable, from: "datastore", store, field: "cache-url" } };
      if (store === "opensearch" || store === "elasticsearch")
        return { env: { name: p.variable, from: "datastore", store, field: "search-url" } };
      if (store === "sqlserver") return { rejection: "SQL Server has no URL form", correction: keep };
      return { env: { name: p.variable, from: "datastore-secret", store, key: "url" } };
    }
    case "datastore-password": {
      const missing = needStore();
      if (missing) return { rejection: missing, correction: keep };
      return { env: { name: p.variable, from: "datastore-secret", store, key: "password" } };
    }
    default: {
      const missing = needStore();
      if (missing) return { rejection: missing, correction: keep };
      const field = { "datastore-host": "host", "datastore-port": "port", "datastore-user": "user", "datastore-name": "name" }[p.source];
      return { env: { name: p.variable, from: "datastore", store, field } };
    }
  }
}
function applyWiring(components, unit, env) {
  const service = components.find((c) => c.kind === "ecs-fargate-service" && c.service === unit && c.wiring);
  if (!service?.wiring) return `the unit "${unit}" is gone`;
  const next = { ...service.wiring, env: [...service.wiring.env.filter((e) => e.name !== env.name), env] };
  const parsed = serviceWiringSchema.safeParse(next);
  if (!parsed.success) return `the wiring of ${unit} would not be valid: ${parsed.error.issues[0]?.message ?? "invalid"}`;
  return components.map((c) => c === service ? { ...c, wiring: parsed.data } : c);
}
function wiringDigest(components) {
  const out = {};
  for (const c of components) {
    if (c.kind !== "ecs-fargate-service" || !c.wiring || !c.service) continue;
    out[c.service] = c.wiring.env.map((e) => {
      switch (e.from) {
        case "literal":
          return `${e.name} \u2190 literal "${e.value.slice(0, 60)}"`;
        case "datastore":
          return `${e.name} \u2190 ${e.store} ${e.field}`;
        case "datastore-secret":
          return `${e.name} \u2190 ${e.store} connection secret, key ${e.key}`;
        case "app-secret":
          return `${e.name} \u2190 generated secret`;
        case "service":
          return `${e.name} \u2190 address of ${e.unit}:${e.port}`;
        default:
          return `${e.name} \u2190 ${e.from}`;
      }
    });
  }
  return out;
}
const ADDABLE_KINDS = ["sqs-queue", "sns-topic", "elasticache-redis", "dynamodb-table", "secrets"];
const SECURITY_RATCHETS = [
  { parameter: "flowLogs", rule: "never-disable", why: "VPC flow logs are the network audit trail" },
  { parameter: "scanOnPush", rule: "never-disable", why: "image scanning finds vulnerable images before they run" },
  { parameter: "waf", rule: "never-disable", why: "the web application firewall filters attacks" },
  { parameter: "deletionProtection", rule: "never-disable", why: "deletion protection guards against losing data" },
  { parameter: "pointInTimeRecovery", rule: "never-disable", why: "point-in-time recovery restores deleted or corrupted data" },
  { parameter: "alarms", rule: "never-disable", why: "alarms are how failures get noticed" },
  { parameter: "backupRetentionDays", rule: "never-decrease", why: "shorter backup retention loses recovery points" },
  { parameter: "snapshotRetentionDays", rule: "never-decrease", why: "shorter snapshot retention loses recovery points" },
  { parameter: "logRetentionDays", rule: "never-decrease", why: "shorter log retention loses audit history" },
  { parameter: "recoveryWindowDays", rule: "never-decrease", why: "a shorter recovery window makes deleted secrets unrecoverable sooner" },
  {
    parameter: "imageTagMutability",
    rule: "keep-value",
    value: "IMMUTABLE",
    why: "immutable tags stop an image being replaced under a deployed tag"
  }
];
const ADDED_COMPONENT_FLOORS = [
  {
    kind: "dynamodb-table",
    parameter: "pointInTimeRecovery",
    atLeast: true,
    why: "point-in-time recovery restores deleted or corrupted data"
  },
  {
    kind: "elasticache-redis",
    parameter: "snapshotRetentionDays",
    atLeast: 1,
    why: "without snapshots a failed cache node loses its data"
  },
  { kind: "secrets", parameter: "recoveryWindowDays", atLeast: 7, why: "a recovery window lets a deleted secret be restored" }
];
const BUDGET_GUARD_FACTOR = 2;
const MAX_ADJUSTMENTS = 20;
const RefinementReplySchema = object$1({
  adjustments: array(
    object$1({
      action: _enum(["set", "add"]),
      /** set: the key of a baseline component; add: the kind to add. */
      target: string().min(1).max(120),
      /** add: the service the new component belongs to, if any. */
      service: string().max(64).optional(),
      changes: array(object$1({ parameter: string().min(1).max(64), value: union$1([string().max(200), number(), boolean()]) })).max(30),
      reason: string().min(1).max(500)
    })
  ).max(MAX_ADJUSTMENTS),
  /** Wiring changes: set variable X of unit U from a closed set of sources (refine-wiring.ts). */
  wiring: array(WiringProposalSchema).max(MAX_ADJUSTMENTS).optional(),
  summary: string().max(2e3)
});
const DEFAULT_PROMPT_TOKEN_BUDGET = 24e3;
const MIN_DIGEST_CHARS = 2e3;
const REFINE_SYSTEM = [
  "You are the architecture reviewer of Inframate. Inframate's deterministic rules produced a baseline AWS architecture for a repository.",
  "Propose small adjustments that make it fit the repository and its requirements better, and explain them.",
  "",
  "What you may do:",
  '- "set": change parameters of one baseline component (target = its key from the baseline list). Only parameters of that kind, values within the catalog schema.',
  `- "add": add one component of a kind in [${ADDABLE_KINDS.join(", ")}] (target = the kind; changes = every required parameter).`,
  `- "wiring": set one environment variable of a unit (a deployed service) from a source in [${WIRING_SOURCES.join(", ")}]: datastore-* with "store" (a generated datastore), unit-address with "target" (another unit), generated-secret, or literal with "value" (never a secret; use generated-secret or a datastore password source instead).`,
  "What you may not do:",
  "- write Terraform or any code (templates do that), remove components, or change anything outside the catalog;",
  "- weaken security or data protection: never disable flow logs, image scanning, WAF, deletion protection, point-in-time recovery or alarms, never shorten backup, snapshot or log retention. Public access, SSH and encryption are not adjustable.",
  "Prefer no adjustment to a speculative one: an empty list is a good answer when the baseline fits. Each reason is one sentence grounded in the data.",
  "",
  UNTRUSTED_DATA_RULES,
  "",
  'Reply with one JSON object matching the schema: {"adjustments": [...], "summary": "..."}.'
].join("\n");
function catalogFor(baseline) {
  const kinds = /* @__PURE__ */ new Set([...baseline.map((c) => c.kind), ...ADDABLE_KINDS]);
  const out = {};
  for (const k of COMPONENT_KINDS) if (kinds.has(k)) out[k] = jsonSchemaOf(componentParameterSchemas[k]);
  return out;
}
const COMPACT_SERVICES = 20;
function compactProfile(p, compact, exclude) {
  const services = compact ? p.services.slice(0, COMPACT_SERVICES).map((s) => ({ name: s.name, path: s.path, frameworks: s.frameworks, datastores: s.datastores, port: s.port })) : p.services;
  const iac = Object.fromEntries(
    Object.entries(p.iac).map(([k, files]) => [k, files.filter((f) => !isExcluded(f, exclude))])
  );
  const ownTerraformOnly = p.iac.terraform.length > 0 && iac.terraform.length === 0;
  return {
    languages: p.languages.map((l) => l.name).filter((name) => !(ownTerraformOnly && name === "hcl")),
    frameworks: p.frameworks,
    datastores: p.datastores,
    messaging: p.messaging ?? [],
    packageManagers: p.packageManagers,
    services: services.filter((s) => !isExcluded(s.path, exclude)),
    ...compact && p.services.length > COMPACT_SERVICES ? { moreServices: p.services.length - COMPACT_SERVICES } : {},
    docker: compact ? { dockerfiles: p.docker.dockerfiles.length, compose: p.docker.compose } : p.docker,
    iac
  };
}
function compactRequirements(r) {
  const { warnings: _warnings, ...rest } = r;
  return rest;
}
function fixedPart(input, compact) {
  const baseline = input.baseline.map((c) => ({
    key: componentKey(c),
    kind: c.kind,
    service: c.service,
    parameters: c.parameters,
    ...compact ? {} : { rationale: c.rationale }
  }));
  return [
    "## Baseline components (from the rules)",
    JSON.stringify(baseline),
    "",
    ...Object.keys(wiringDigest(input.baseline)).length ? ["## Wiring of each unit (variable \u2190 source)", JSON.stringify(wiringDigest(input.baseline)), ""] : [],
    "## Parameter catalog (JSON schema of the parameters of each kind)",
    JSON.stringify(catalogFor(input.baseline)),
    "",
    "## Requirements (parsed from inframate.md)",
    fenceUntrusted("requirements", JSON.stringify(compactRequirements(input.requirements))).text,
    "",
    "## Repository profile (detected)",
    fenceUntrusted("profile", JSON.stringify(compactProfile(input.profile, compact, input.exclude ?? []))).text,
    ""
  ].join("\n");
}
const EMPTY_DIGEST = {
  text: "(left out: the prompt budget is spent)",
  files: [],
  omitted: [],
  totalFiles: 0,
  redactions: 0,
  chars: 0
};
function buildRefinePrompt(input, opts = {}) {
  const budget = opts.promptTokenBudget ?? DEFAULT_PROMPT_TOKEN_BUDGET;
  const budgetChars = budget * CHARS_PER_TOKEN;
  const schemaChars = JSON.stringify(jsonSchemaOf(RefinementReplySchema)).length;
  const overhead = REFINE_SYSTEM.length + schemaChars + 400;
  let fixed = fixedPart(input, false);
  if (overhead + fixed.length > budgetChars * 0.6) fixed = fixedPart(input, true);
  const left = budgetChars - overhead - fixed.length;
  const overBudget = left < MIN_DIGEST_CHARS;
  const digest = opts.digest ?? (overBudget ? EMPTY_DIGEST : buildRepositoryDigest(input.dir, { maxChars: left, knownSecrets: opts.knownSecrets, exclude: input.exclude }));
  const user = [fixed, "## Repository digest (tree and build/run files)", fenceUntrusted("repository", digest.text).text].join("\n");
  const chars = REFINE_SYSTEM.length + user.length + schemaChars;
  return {
    system: REFINE_SYSTEM,
    user,
    digest,
    stats: {
      chars,
      estimatedTokens: estimateTokens(REFINE_SYSTEM) + estimateTokens(user) + Math.ceil(schemaChars / CHARS_PER_TOKEN),
      tokenBudget: budget,
      overBudget,
      digestFiles: digest.files.length,
      digestOmitted: digest.omitted.length,
      redactions: digest.redactions
    }
  };
}
function coerce(value, like) {
  if (typeof like === "number" && typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  if (typeof like === "boolean" && typeof value === "string" && /^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
  if (typeof like === "string" && typeof value === "number") return String(value);
  return value;
}
function guessScalar(value) {
  if (typeof value !== "string") return value;
  if (/^(true|false)$/i.test(value)) return value.toLowerCase() === "true";
  if (value.trim() !== "" && Number.isFinite(Number(value))) return Number(value);
  return value;
}
function ratchetViolation(parameter, before, after) {
  const r = SECURITY_RATCHETS.find((x) => x.parameter === parameter);
  if (!r || before === void 0) return null;
  if (r.rule === "never-disable" && before === true && after === false) return `would disable ${parameter} (${r.why})`;
  if (r.rule === "never-decrease" && typeof before === "number" && typeof after === "number" && after < before) {
    return `would lower ${parameter} from ${before} to ${after} (${r.why})`;
  }
  if (r.rule === "keep-value" && before === r.value && after !== r.value)
    return `would change ${parameter} from ${String(before)} (${r.why})`;
  return null;
}
function pickKeys(params, corrections) {
  const out = {};
  for (const c of corrections) {
    const key = c.split(" ")[0];
    out[key] = params[key];
  }
  return out;
}
function zodMessage(error) {
  return error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(parameters)"}: ${i.message}`).join("; ");
}
function check(adj, current) {
  const changes = {};
  for (const c of adj.changes) changes[c.parameter] = c.value;
  const record = { action: adj.action, target: adj.target, changes, reason: adj.reason, status: "applied" };
  const reject = (why) => ({ ...record, status: "rejected", rejection: why });
  if (adj.action === "set") {
    const idx = current.findIndex((c) => componentKey(c) === adj.target);
    if (idx < 0) return reject(`no baseline component has the key "${adj.target}"`);
    const comp = current[idx];
    const before = comp.parameters;
    const next = { ...before };
    for (const c of adj.changes) {
      if (!(c.parameter in before) && !(c.parameter in componentParameterSchemas[comp.kind].shape)) {
        return reject(`"${c.parameter}" is not a parameter of ${comp.kind}`);
      }
      next[c.parameter] = coerce(c.value, before[c.parameter]);
      const violation = ratchetViolation(c.parameter, before[c.parameter], next[c.parameter]);
      if (violation) return reject(violation);
    }
    const parsed2 = componentParameterSchemas[comp.kind].safeParse(next);
    if (!parsed2.success) return reject(`invalid parameters for ${comp.kind}: ${zodMessage(parsed2.error)}`);
    const changed = Object.fromEntries(Object.keys(changes).map((k) => [k, next[k]]));
    return {
      record: { ...record, changes: changed },
      // Applied as a delta, so that re-applying on a different base (after another adjustment was
      // rejected) carries only this adjustment's changes; the result is re-checked there.
      apply: (cs) => {
        const target = cs.find((c) => componentKey(c) === adj.target);
        if (!target) return `the component "${adj.target}" is gone`;
        const merged = componentParameterSchemas[target.kind].safeParse({ ...target.parameters, ...changed });
        if (!merged.success)
          return `invalid parameters for ${target.kind} combined with the other adjustments: ${zodMessage(merged.error)}`;
        const rationale = `${target.rationale} AI adjustment: ${adj.reason}`.slice(0, 500);
        return cs.map((c) => c === target ? { ...c, parameters: merged.data, rationale } : c);
      }
    };
  }
  const kind = adj.target;
  if (!ADDABLE_KINDS.includes(kind))
    return reject(`components of kind "${adj.target}" cannot be added by the AI (allowed: ${ADDABLE_KINDS.join(", ")})`);
  const params = {};
  for (const c of adj.changes) params[c.parameter] = guessScalar(c.value);
  const corrections = [];
  for (const f of ADDED_COMPONENT_FLOORS.filter((x) => x.kind === kind)) {
    const v = params[f.parameter];
    const below = f.atLeast === true ? v !== true : typeof v !== "number" || v < f.atLeast;
    if (below) {
      params[f.parameter] = f.atLeast;
      corrections.push(`${f.parameter} set to ${String(f.atLeast)} (was ${v === void 0 ? "missing" : JSON.stringify(v)}): ${f.why}`);
    }
  }
  const parsed = componentParameterSchemas[kind].safeParse(params);
  if (!parsed.success) return reject(`invalid parameters for ${kind}: ${zodMessage(parsed.error)}`);
  const service = adj.service && current.some((c) => c.service === adj.service) ? adj.service : void 0;
  const added = { kind, service, parameters: parsed.data, rationale: `AI addition: ${adj.reason}`.slice(0, 500) };
  if (current.some((c) => componentKey(c) === componentKey(added)))
    return reject(`a component with the key "${componentKey(added)}" already exists`);
  return {
    record: {
      ...record,
      target: kind,
      changes: { ...record.changes, ...pickKeys(parsed.data, corrections) },
      ...corrections.length ? { corrections } : {}
    },
    apply: (cs) => [...cs, added]
  };
}
function createModuleGate(step, base2, opts) {
  return async (components) => {
    const rendered = await step("refine.gate.render", () => renderModule({ ...base2, components }), {
      dependency: "local",
      fallback: () => null,
      strategy: "reject-adjustment"
    });
    if (!rendered) return { ok: false, problems: ["the templates could not render the adjusted components"] };
    const v = await step(
      "refine.gate.validate",
      () => validateModule(opts.outDir, rendered.files, {
        schema: opts.schema,
        ...opts.contract ? { contract: opts.contract, enforceContract: true } : {}
      }),
      {
        dependency: "local",
        fallback: () => null,
        strategy: "reject-adjustment"
      }
    );
    if (!v) return { ok: false, problems: ["the adjusted module could not be validated"] };
    const priced = await step("refine.gate.cost", () => estimateCosts(v.loaded, { region: base2.region }).totalMonthlyCost, {
      dependency: "local",
      fallback: () => void 0,
      strategy: "skip-budget-guard"
    });
    const problems = [
      ...v.parseErrors.map((e) => `${e.file}: ${e.message}`),
      ...v.schemaErrors.map((e) => `${e.address}: ${e.message}`),
      ...v.unresolvedReferences.map((r) => `${r.address}: unresolved reference ${r.reference}`),
      ...v.findings.map((f) => `${f.ruleId} on ${f.resource} (${f.severity})`),
      ...v.deployability.failures.map((f) => `${f.rule} on ${f.resource}: ${f.message}`)
    ];
    const naming = awsNamingProblems(v.loaded.resources);
    problems.push(...naming);
    return { ok: v.passed && naming.length === 0, problems, ...typeof priced === "number" ? { monthlyCost: priced } : {} };
  };
}
const NAME_RULES = [
  {
    type: "aws_elasticache_replication_group",
    attribute: "replication_group_id",
    pattern: /^[a-z][a-z0-9-]{0,39}$/i,
    rule: 'ElastiCache ids are 1\u201340 letters, digits and hyphens, starting with a letter (no "_")'
  },
  {
    type: "aws_elasticache_subnet_group",
    attribute: "name",
    pattern: /^[a-z0-9-]{1,255}$/i,
    rule: 'ElastiCache subnet group names are letters, digits and hyphens (no "_")'
  }
];
function awsNamingProblems(resources) {
  const problems = [];
  const sgNames = /* @__PURE__ */ new Map();
  for (const r of resources) {
    for (const rule of NAME_RULES) {
      const v = r.type === rule.type ? r.attributes[rule.attribute] : void 0;
      if (typeof v === "string" && !rule.pattern.test(v)) problems.push(`${r.address}: ${rule.attribute} "${v}": ${rule.rule}`);
    }
    const name = r.type === "aws_security_group" ? r.attributes.name : void 0;
    if (typeof name === "string") {
      const other = sgNames.get(name);
      if (other) problems.push(`${r.address}: security group name "${name}" is already used by ${other} (names are unique per VPC)`);
      else sgNames.set(name, r.address);
    }
  }
  return problems;
}
async function runGate(gate, components) {
  try {
    return await gate(components);
  } catch (error) {
    return { ok: false, problems: [`the validation gate failed: ${error?.message ?? String(error)}`] };
  }
}
function rulesResult(input, notes, extra = {}) {
  return { source: "rules", components: input.baseline, adjustments: [], summary: null, notes, prompt: null, ...extra };
}
async function refineRecommendation(input, deps) {
  if (!deps.llm.enabled) return rulesResult(input, ["AI refinement not used: no LLM provider is configured; the rules result stands."]);
  if (input.baseline.length === 0) return rulesResult(input, ["AI refinement skipped: the rules recommended no components."]);
  const prompt = await deps.step(
    "refine.build-prompt",
    () => buildRefinePrompt(input, { promptTokenBudget: deps.promptTokenBudget, knownSecrets: deps.knownSecrets }),
    {
      dependency: "fs",
      fallback: () => null,
      strategy: "rules-result"
    }
  );
  if (!prompt) return rulesResult(input, ["AI refinement skipped: the repository digest could not be built; the rules result stands."]);
  if (prompt.stats.overBudget) {
    return rulesResult(
      input,
      [
        `AI refinement skipped: ${input.baseline.length} components do not fit the prompt budget of ${prompt.stats.tokenBudget} tokens; the rules result stands.`
      ],
      { prompt: prompt.stats }
    );
  }
  const reply = await deps.llm.generateStructured({
    task: "refine-recommendation",
    system: prompt.system,
    user: prompt.user,
    schema: RefinementReplySchema,
    maxOutputTokens: 4096
  });
  if (!reply) {
    const why = deps.llm.metrics().notes.at(-1) ?? "the model gave no usable answer";
    return rulesResult(input, [`AI refinement not applied: ${why}`], { prompt: prompt.stats });
  }
  const records = [];
  const steps = [];
  let working = input.baseline;
  for (const adj of reply.value.adjustments) {
    const r = check(adj, working);
    const next = "apply" in r ? r.apply(working) : null;
    if ("apply" in r && typeof next !== "string" && next) {
      steps.push(r);
      records.push(r.record);
      working = next;
    } else if ("apply" in r) records.push({ ...r.record, status: "rejected", rejection: String(next) });
    else records.push(r);
  }
  for (const w of reply.value.wiring ?? []) {
    const c = checkWiringProposal(w, working, input.contract);
    const record = {
      action: "wire",
      // Names as proposed can be injection text: recorded in a neutral form.
      target: `${w.unit.replace(/[^\w.-]/g, "_").slice(0, 64)}.${w.variable.replace(/[^\w]/g, "_").slice(0, 64)}`,
      changes: {
        source: w.source,
        ...w.store !== void 0 ? { store: w.store } : {},
        ...w.target !== void 0 ? { target: w.target } : {},
        // A literal is echoed only when the check accepted it (no secret name or credential-looking
        // value, no template syntax): then it is what the task definition will hold anyway.
        ...c.env?.from === "literal" ? { value: c.env.value } : {}
      },
      reason: w.reason,
      status: "applied"
    };
    if (!c.env) {
      records.push({ ...record, status: "rejected", rejection: c.rejection, ...c.correction ? { corrections: [c.correction] } : {} });
      continue;
    }
    const env = c.env;
    const apply = (cs) => applyWiring(cs, w.unit, env);
    const next = apply(working);
    if (typeof next === "string") {
      records.push({ ...record, status: "rejected", rejection: next });
      continue;
    }
    const step = { record, apply };
    steps.push(step);
    records.push(record);
    working = next;
  }
  const notes = [];
  if (steps.length === 0) {
    return {
      source: "rules",
      components: input.baseline,
      adjustments: records,
      summary: reply.value.summary,
      notes: ["The AI proposed no applicable adjustment; the rules result stands."],
      prompt: prompt.stats
    };
  }
  let baselineVerdict;
  const budget = input.requirements.budgetMonthly;
  const judge = async (cs) => {
    const v = await runGate(deps.gate, cs);
    if (v.ok && budget !== void 0 && v.monthlyCost !== void 0 && v.monthlyCost > BUDGET_GUARD_FACTOR * budget) {
      baselineVerdict ??= await runGate(deps.gate, input.baseline);
      const before = baselineVerdict.monthlyCost ?? 0;
      if (v.monthlyCost > before) {
        return {
          ok: false,
          problems: [
            `the estimate would rise to $${v.monthlyCost.toFixed(2)}/month, more than ${BUDGET_GUARD_FACTOR}\xD7 the $${budget}/month budget (rules: $${before.toFixed(2)})`
          ]
        };
      }
    }
    if (v.ok) return v;
    baselineVerdict ??= await runGate(deps.gate, input.baseline);
    const base2 = baselineVerdict;
    const added = base2.ok ? v.problems : v.problems.filter((p) => !base2.problems.includes(p));
    return added.length === 0 ? { ok: true, problems: [] } : { ok: false, problems: added };
  };
  const together = await judge(working);
  if (!together.ok) {
    notes.push(
      `The adjusted architecture failed validation (${together.problems.slice(0, 3).join("; ")}); adjustments were re-checked one at a time.`
    );
    let accepted = input.baseline;
    for (const s of steps) {
      const candidate = s.apply(accepted);
      const verdict = typeof candidate === "string" ? { ok: false, problems: [candidate] } : await judge(candidate);
      if (verdict.ok && typeof candidate !== "string") accepted = candidate;
      else {
        s.record.status = "rejected";
        s.record.rejection = `fails the validation gate: ${verdict.problems.slice(0, 3).join("; ")}`;
      }
    }
    working = accepted;
  }
  const applied = records.filter((r) => r.status === "applied").length;
  const rejected = records.length - applied;
  if (rejected) notes.push(`${rejected} AI adjustment(s) rejected; see recommendation.adjustments.`);
  return {
    source: applied > 0 ? "ai" : "rules",
    components: applied > 0 ? working : input.baseline,
    adjustments: records,
    summary: reply.value.summary,
    notes,
    prompt: prompt.stats
  };
}
async function refineStage(ctx, llm, input) {
  const { requirements: req, recommendation: rec } = input;
  const knownSecrets = Object.values(ctx.settings.ai.keys).filter((k) => Boolean(k));
  const project = awsName(req.appName ?? (ctx.settings.dir.split(/[\\/]/).pop() || "app"), 20);
  const gate = createModuleGate(
    ctx.step,
    { project, environment: req.environment, region: req.region, tags: req.tags, serviceDatastores: rec.serviceDatastores },
    { outDir: ctx.settings.out, ...input.runContract ? { contract: input.runContract } : {} }
  );
  const out = relative(ctx.settings.dir, ctx.settings.out).split(sep).join("/");
  const exclude = out && !out.startsWith("..") && !isAbsolute(out) ? [out] : [];
  const refineInput = {
    dir: ctx.settings.dir,
    exclude,
    profile: input.profile,
    requirements: req,
    baseline: rec.components,
    ...input.runContract ? { contract: input.runContract } : {}
  };
  let result;
  try {
    result = await refineRecommendation(refineInput, { llm, step: ctx.step, gate, knownSecrets });
  } catch (error) {
    if (error instanceof GaveUpError) throw error;
    await ctx.step(
      "recommend.refine",
      () => {
        throw error;
      },
      { dependency: "local", attempts: 1, fallback: () => null, strategy: "rules-result" }
    );
    result = rulesResult(refineInput, [`AI refinement failed (${error?.message ?? String(error)}); the rules result stands.`]);
  }
  if (llm.enabled) {
    rec.source = result.source;
    rec.components = result.components;
    rec.adjustments = result.adjustments;
    rec.aiSummary = result.summary;
    rec.notes.push(...result.notes);
  }
  return result;
}
export { CATALOG as C, DATASTORE_SERVES as D, EMBEDDED_STORES as E, HTTP_METHODS as H, LOG_RETENTION_DAYS as L, OWN_SECRET as O, RefinementReplySchema as R, SHORT_NAME as S, THIRD_PARTY_SETTING as T, WIRED_STORES as W, REFINE_SYSTEM as a, isDeployablePath as b, isSkippedDir as c, dirOf as d, dirExclusion as e, inSkippedDir as f, SECRET_NAME as g, appSecretName as h, isWithin as i, joinPath as j, lambdaFunctionSchema as k, languageOf as l, componentSchema as m, nameExclusion as n, loadProviderSchema as o, packageRoot as p, schemaLabel as q, renderModule as r, streamTrackedFiles as s, requirements as t, exampleEntries as u, validateModule as v, walkTree as w, envFileEntries as x, shareWalks as y, refineStage as z };
