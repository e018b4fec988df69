// Prisma's query compilers (WebAssembly glue, one per database) ship without types; lib/db/plan-cache.ts needs their class.
declare module "@prisma/client/runtime/query_compiler_bg.*.mjs" {
  export class QueryCompiler {
    compile(query: string): unknown;
  }
}
