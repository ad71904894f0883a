export * from "./tokens";
export * from "./fonts";
export * from "./contrast";
export * from "./css";
export * from "./parseTheme";
export { defaultTheme } from "./defaultTheme";
