const PALETTE = [
  ["#e4e0ff", "#3c2eaa"],
  ["#d1f4e0", "#05603a"],
  ["#fde2cc", "#93370d"],
  ["#d6ecff", "#1849a9"],
  ["#fcdcec", "#9e165f"],
  ["#fef0c7", "#93370d"],
  ["#dff4f5", "#0e5d63"],
  ["#ece8f9", "#5c3aa0"],
] as const;

export function initials(name: string): string {
  const words = name
    .trim()
    .split(/[\s@._-]+/)
    .filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0] ?? "?"];
  return letters
    .map((word) => Array.from(word ?? "?")[0] ?? "?")
    .join("")
    .toUpperCase();
}

function hash(text: string): number {
  let value = 0;
  for (const char of text) value = (value * 31 + char.charCodeAt(0)) >>> 0;
  return value;
}

/** Initials on a colour picked from the person's id, so everyone keeps their colour. */
export function Avatar({
  name,
  colorKey,
  size = "md",
}: {
  name: string;
  colorKey?: string;
  size?: "sm" | "md" | "lg";
}) {
  const [background, color] = PALETTE[hash(colorKey ?? name) % PALETTE.length] ?? PALETTE[0];
  return (
    <span className={`avatar avatar--${size}`} style={{ background, color }} aria-hidden="true">
      {initials(name)}
    </span>
  );
}
