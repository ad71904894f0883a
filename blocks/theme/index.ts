export * from "./tokens.ts";
export * from "./fonts.ts";
export * from "./contrast.ts";
export * from "./css.ts";
export * from "./parseTheme.ts";
export { defaultTheme } from "./defaultTheme.ts";
