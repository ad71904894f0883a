import { Heading, headingIdFor } from "./Heading.tsx";

/**
 * The optional heading and intro many blocks start with. Returns the heading id when one was
 * printed, so the block's <section> can use it as its accessible name.
 */
export function BlockIntro({
  blockId,
  heading,
  intro,
  className,
}: {
  blockId: string;
  heading: string;
  intro?: string;
  className: string;
}) {
  const title = heading.trim();
  const text = intro?.trim() ?? "";
  if (!title && !text) return null;
  return (
    <div className={className}>
      {title ? (
        <Heading level={2} id={headingIdFor(blockId)}>
          {title}
        </Heading>
      ) : null}
      {text ? <p>{text}</p> : null}
    </div>
  );
}

export function labelledBy(blockId: string, heading: string): string | undefined {
  return heading.trim() ? headingIdFor(blockId) : undefined;
}

/** Paragraphs from plain text: blank lines separate them. */
export function Paragraphs({ text, className }: { text: string; className?: string }) {
  const parts = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {parts.map((p, i) => (
        <p key={i} className={className}>
          {p}
        </p>
      ))}
    </>
  );
}
