import { getBlockDefinition } from "../../../../blocks/registry.ts";

/** A block type's own icon (its definition's SVG path data), decorative. */
export function BlockIcon({ type, size = 16 }: { type: string; size?: number }) {
  const path = getBlockDefinition(type)?.icon ?? "M4 4h16v16H4z";
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className="block-icon"
    >
      <path d={path} />
    </svg>
  );
}
