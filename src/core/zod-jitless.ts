// Imported first by both entry points, before any zod schema exists. zod 4 compiles each object schema
// into a function (`new Function`) when it is built and first used: worth it for a server parsing
// millions of values, a loss for a command that parses each schema a handful of times (a third of
// `analyze`'s schema time was compilation). jitless gives the same results by the interpreted path.
// zod reads its configuration from this global, shared by every copy of zod (z.config() writes it
// too), so setting it here does not load zod for commands that never use it.
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(holder.__zod_globalConfig ??= {}).jitless = true;

export {};
