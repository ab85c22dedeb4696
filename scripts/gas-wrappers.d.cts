// Types of gas-wrappers.cjs for the TypeScript tests (the scripts are plain JavaScript, not type-checked).

/**
 * The top-level Apps Script wrapper of every exported function of `entryFile`, each below its JSDoc, calling
 * `globalName.NAME`. Throws one Error, one line per problem, when any export cannot become such a function.
 */
export declare function globalWrappers(entryFile: string, globalName: string): string;
