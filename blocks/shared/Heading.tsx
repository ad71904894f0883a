import type { ReactNode } from "react";
import type { HeadingLevel } from "./props.ts";

export function Heading({
  level,
  id,
  className,
  children,
}: {
  level: HeadingLevel;
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}

/** The id a block's heading carries so its <section> can point at it with aria-labelledby. */
export function headingIdFor(blockId: string): string {
  return `${blockId}-title`;
}
