import type { Theme } from "./tokens.ts";

/** A calm, readable starting point: deep green, warm neutrals, Fraunces headings over Inter. */
export const defaultTheme: Theme = {
  colors: {
    primary: "#1f4d3a",
    onPrimary: "#ffffff",
    secondary: "#efe6d8",
    onSecondary: "#1c1917",
    accent: "#b4411a",
    onAccent: "#ffffff",
    background: "#fcfbf8",
    surface: "#f3efe7",
    text: "#1c1917",
    muted: "#57534e",
  },
  fonts: { heading: "Fraunces", body: "Inter", headingWeight: 600 },
  radius: 8,
  spacing: 8,
  buttonStyle: "solid",
  buttonShape: "rounded",
};
