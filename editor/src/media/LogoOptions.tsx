import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import type { FontFamily, ThemeColors } from "../../../blocks/theme/index.ts";
import { toProblem } from "../api/errors.ts";
import { useTRPC } from "../api/trpc.ts";
import { Button } from "../ui/Button.tsx";
import { Notice } from "../ui/Notice.tsx";
import { Skeleton } from "../ui/Skeleton.tsx";
import { useToast } from "../ui/Toast.tsx";
import { message } from "../i18n/message.ts";
import type { MediaItem } from "./api.ts";
import "./media.css";

export type Brand = {
  name: string;
  colors: ThemeColors;
  fonts: { heading: FontFamily; body: FontFamily };
};

/** The designs' names, by the variant the server sends (its `label` is English). */
const VARIANT_NAMES: Readonly<Record<string, MessageDescriptor>> = {
  wordmark: message({ id: "media.logo.variant.wordmark", defaultMessage: "Wordmark" }),
  accent: message({ id: "media.logo.variant.accent", defaultMessage: "Wordmark with accent" }),
  badge: message({ id: "media.logo.variant.badge", defaultMessage: "Badge" }),
  monogram: message({ id: "media.logo.variant.monogram", defaultMessage: "Monogram and name" }),
  stacked: message({ id: "media.logo.variant.stacked", defaultMessage: "Stacked" }),
};

/**
 * Logo designs made from the brand's name, fonts and palette (drawn by the server), to choose
 * from in the create-site wizard or the theme editor. With a site, the chosen one can be added to
 * its media library (PNG in every size, plus the SVG); `onSaved` then does what the screen needs
 * with it (the button stays busy until it is done, and its error shows here).
 */
export function LogoOptions({
  brand,
  siteId,
  canSave = false,
  saveLabel,
  onSaved,
}: {
  brand: Brand;
  siteId?: string;
  canSave?: boolean;
  saveLabel?: string;
  onSaved?: (item: MediaItem) => void | Promise<void>;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const toast = useToast();
  const name = useId();
  const intl = useIntl();
  const options = useQuery({
    ...trpc.media.logoOptions.queryOptions(brand),
    enabled: brand.name.trim() !== "",
    staleTime: Infinity,
  });
  const [chosen, setChosen] = useState<string | null>(null);
  const save = useMutation(
    trpc.media.saveLogo.mutationOptions({
      onSuccess: async ({ media }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.media.list.pathKey() });
        toast.show({
          title: intl.formatMessage({
            id: "media.logo.added",
            defaultMessage: "Logo added to the media library",
          }),
          tone: "success",
        });
        await onSaved?.(media);
      },
    }),
  );

  if (brand.name.trim() === "")
    return (
      <p className="logo-options__hint">
        <FormattedMessage
          id="media.logo.needName"
          defaultMessage="Name the site to see logo ideas."
        />
      </p>
    );
  if (options.isPending) {
    return (
      <div className="logo-options" aria-busy="true">
        {Array.from({ length: 3 }, (_, i) => (
          <Skeleton key={i} height={72} />
        ))}
      </div>
    );
  }
  if (options.isError) {
    return (
      <Notice
        tone="danger"
        title={intl.formatMessage({
          id: "media.logo.failed",
          defaultMessage: "No logo ideas right now",
        })}
      >
        {toProblem(options.error).message}
      </Notice>
    );
  }
  const variant = chosen ?? options.data.logos[0]?.variant ?? null;
  return (
    <div className="logo-options">
      <div
        role="radiogroup"
        aria-label={intl.formatMessage({
          id: "media.logo.designs",
          defaultMessage: "Logo designs",
        })}
        className="logo-options__list"
      >
        {options.data.logos.map((logo) => (
          <label
            key={logo.variant}
            className="logo-option"
            data-checked={logo.variant === variant || undefined}
          >
            <input
              type="radio"
              name={name}
              className="visually-hidden"
              checked={logo.variant === variant}
              onChange={() => setChosen(logo.variant)}
            />
            <img src={logo.dataUrl} alt="" width={logo.width} height={logo.height} />
            <span className="logo-option__label">
              {VARIANT_NAMES[logo.variant]
                ? intl.formatMessage(VARIANT_NAMES[logo.variant]!)
                : logo.label}
            </span>
          </label>
        ))}
      </div>
      {siteId && canSave && variant ? (
        <Button
          size="sm"
          variant="primary"
          loading={save.isPending}
          onClick={() =>
            save.mutate({
              siteId,
              brand,
              variant: variant as (typeof options.data.logos)[number]["variant"],
            })
          }
        >
          {saveLabel ??
            intl.formatMessage({ id: "media.logo.save", defaultMessage: "Add to media library" })}
        </Button>
      ) : null}
      {save.isError ? (
        <p className="field__error" role="alert">
          {toProblem(save.error).message}
        </p>
      ) : null}
    </div>
  );
}
