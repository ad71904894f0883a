import { useState, type ReactNode } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Button } from "./Button.tsx";
import { CheckIcon } from "./icons.tsx";
import { useToast } from "./Toast.tsx";

/**
 * A link to hand over once (a preview link, an invitation): shown in a read-only box, selected
 * on focus, with a copy button. Where the clipboard is refused, the box is there to copy from.
 */
export function CopyLink({
  url,
  label,
  describedBy,
  children,
}: {
  url: string;
  /** The box's accessible name ("Preview link"). */
  label: string;
  describedBy?: string;
  /** More buttons after "Copy link" ("Done"). */
  children?: ReactNode;
}) {
  const toast = useToast();
  const intl = useIntl();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      toast.show({
        title: intl.formatMessage({ id: "app.copyLink.copied", defaultMessage: "Link copied" }),
      });
    } catch {
      toast.show({
        title: intl.formatMessage({
          id: "app.copyLink.fromBox",
          defaultMessage: "Copy the link from the box",
        }),
        tone: "info",
      });
    }
  };
  return (
    <div className="copy-link">
      <input
        className="copy-link__url"
        readOnly
        value={url}
        aria-label={label}
        aria-describedby={describedBy}
        onFocus={(event) => event.currentTarget.select()}
      />
      <Button
        variant="primary"
        icon={copied ? <CheckIcon size={14} /> : undefined}
        onClick={() => void copy()}
      >
        {copied ? (
          <FormattedMessage id="app.copyLink.done" defaultMessage="Copied" />
        ) : (
          <FormattedMessage id="app.copyLink.copy" defaultMessage="Copy link" />
        )}
      </Button>
      {children}
    </div>
  );
}
