import { useId, useState } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { shared } from "../i18n/messages.ts";
import type { ImageField } from "../../../../blocks/fields/types.ts";
import { safeImageUrl } from "../../../../blocks/url.ts";
import { Button } from "../../ui/Button.tsx";
import { pickImageFrom, useEditorExtensions, type ImageValue } from "../extensions.ts";
import { describedBy, FieldFrame, type FieldProps } from "./FieldFrame.tsx";

/** An image address, the same in every language. */
const IMAGE_EXAMPLE = "https://…/photo.jpg";

function asImage(value: unknown): ImageValue {
  const raw = (typeof value === "object" && value !== null ? value : {}) as Partial<ImageValue>;
  return {
    src: typeof raw.src === "string" ? raw.src : "",
    alt: typeof raw.alt === "string" ? raw.alt : "",
    decorative: raw.decorative === true,
    ...(typeof raw.width === "number" ? { width: raw.width } : {}),
    ...(typeof raw.height === "number" ? { height: raw.height } : {}),
  };
}

/**
 * An image: the media library when an extension provides one (`pickImage`), an image address
 * otherwise; always the text that describes it for people who cannot see it.
 */
export function ImageControl({ field, value, onChange, label }: FieldProps<ImageField>) {
  const intl = useIntl();
  const pickImage = pickImageFrom(useEditorExtensions());
  const id = useId();
  const image = asImage(value);
  const shown = image.src ? safeImageUrl(image.src) : null;
  const [picking, setPicking] = useState(false);
  const name = label ?? field.label;
  const set = (patch: Partial<ImageValue>) => {
    const next: ImageValue = { ...image, ...patch };
    // A new address means new dimensions; the old ones would distort it.
    if (patch.src !== undefined && patch.src !== image.src) {
      delete next.width;
      delete next.height;
    }
    onChange(next);
  };
  const badAddress = image.src !== "" && shown === null;

  return (
    <FieldFrame id={`${id}-src`} label={name} help={field.help} as="legend">
      <div className="image-control">
        <div className="image-control__preview" data-empty={!shown || undefined}>
          {shown ? (
            <img src={shown} alt="" />
          ) : (
            <span>
              <FormattedMessage id="editor.image.none" defaultMessage="No image yet" />
            </span>
          )}
        </div>
        <div className="image-control__actions">
          {pickImage ? (
            <Button
              size="sm"
              loading={picking}
              onClick={async () => {
                setPicking(true);
                try {
                  const chosen = await pickImage({ current: image, label: name });
                  if (chosen) onChange(chosen);
                } finally {
                  setPicking(false);
                }
              }}
            >
              {shown ? (
                <FormattedMessage id="editor.image.replace" defaultMessage="Replace image" />
              ) : (
                <FormattedMessage id="editor.image.choose" defaultMessage="Choose image" />
              )}
            </Button>
          ) : null}
          {image.src ? (
            <Button size="sm" variant="ghost" onClick={() => set({ src: "" })}>
              {intl.formatMessage(shared.remove)}
            </Button>
          ) : null}
        </div>
      </div>
      <label className="prop-field__sublabel" htmlFor={`${id}-src`}>
        <FormattedMessage id="editor.image.address" defaultMessage="Image address" />
      </label>
      <input
        id={`${id}-src`}
        className="input"
        type="url"
        inputMode="url"
        placeholder={IMAGE_EXAMPLE}
        value={image.src}
        data-doc-field=""
        aria-invalid={badAddress || undefined}
        aria-describedby={badAddress ? `${id}-src-error` : undefined}
        onChange={(event) => set({ src: event.target.value.trim() })}
      />
      {badAddress ? (
        <p id={`${id}-src-error`} className="prop-field__error" role="alert">
          <FormattedMessage
            id="editor.image.badAddress"
            defaultMessage="Use an address starting with {https} (or a file from your media library)."
            values={{ https: "https://" }}
          />
        </p>
      ) : null}
      <label className="switch switch--small">
        <input
          type="checkbox"
          role="switch"
          className="switch__input"
          checked={image.decorative}
          onChange={(event) => set({ decorative: event.target.checked })}
        />
        <span className="switch__track" aria-hidden="true" />
        <span className="switch__label">
          <FormattedMessage
            id="editor.image.decorative"
            defaultMessage="Decorative only (screen readers skip it)"
          />
        </span>
      </label>
      {image.decorative ? null : (
        <>
          <label className="prop-field__sublabel" htmlFor={`${id}-alt`}>
            <FormattedMessage id="editor.image.alt" defaultMessage="Description" />
          </label>
          <input
            id={`${id}-alt`}
            className="input"
            value={image.alt}
            maxLength={300}
            placeholder={intl.formatMessage({
              id: "editor.image.altPlaceholder",
              defaultMessage: "What the image shows, for people who can’t see it",
            })}
            data-doc-field=""
            aria-describedby={describedBy(`${id}-alt`, { help: image.src && !image.alt.trim() })}
            onChange={(event) => set({ alt: event.target.value })}
          />
          {image.src && !image.alt.trim() ? (
            <p id={`${id}-alt-help`} className="prop-field__help">
              <FormattedMessage
                id="editor.image.altHelp"
                defaultMessage="Add a short description: shoppers using screen readers and search engines rely on it."
              />
            </p>
          ) : null}
        </>
      )}
    </FieldFrame>
  );
}
