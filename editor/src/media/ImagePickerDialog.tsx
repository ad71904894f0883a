import { FormattedMessage, useIntl } from "react-intl";
import { useState } from "react";
import { Button } from "../ui/Button.tsx";
import { Dialog, DialogBody, DialogFooter } from "../ui/Dialog.tsx";
import { imageValueOf, type MediaItem } from "./api.ts";
import { MediaLibrary } from "./MediaLibrary.tsx";
import type { ImageValue } from "../editor/extensions.ts";

export type ImagePickerDialogProps = {
  siteId: string;
  /** The field's label, for the title ("Hero image"). */
  label: string;
  /** The image the field holds now: it starts selected when it is from the library. */
  current: ImageValue;
  canEdit: boolean;
  onClose: (chosen: ImageValue | null) => void;
};

/**
 * The media library as a picker for an image field: upload or find an image, describe it, and
 * use it. The field gets the image's address, its size, and its description (which the field's
 * own description box can still change).
 */
export function ImagePickerDialog({
  siteId,
  label,
  current,
  canEdit,
  onClose,
}: ImagePickerDialogProps) {
  const [selection, setSelection] = useState<MediaItem | null>(null);
  const intl = useIntl();
  const currentId = /^\/media\/[0-9a-f-]{36}\/([0-9a-f-]{36})\//.exec(current.src)?.[1] ?? null;
  const use = (item: MediaItem) => {
    const value = imageValueOf(item);
    // Keep what the merchant wrote in the field when the library has no description yet.
    onClose({
      ...value,
      alt: value.alt || current.alt,
      decorative: current.decorative && !value.alt,
    });
  };
  return (
    <Dialog
      open
      onClose={() => onClose(null)}
      title={intl.formatMessage(
        { id: "media.picker.title", defaultMessage: "Choose {field}" },
        { field: label.toLowerCase() },
      )}
      size="md"
    >
      <DialogBody>
        <div className="media-picker">
          <MediaLibrary
            siteId={siteId}
            canEdit={canEdit}
            selectedId={currentId}
            onSelect={setSelection}
            onChoose={use}
          />
        </div>
      </DialogBody>
      <DialogFooter>
        <Button variant="ghost" onClick={() => onClose(null)}>
          <FormattedMessage id="media.picker.cancel" defaultMessage="Cancel" />
        </Button>
        <Button
          variant="primary"
          disabled={selection?.status !== "ready"}
          onClick={() => selection && use(selection)}
        >
          <FormattedMessage id="media.picker.use" defaultMessage="Use image" />
        </Button>
      </DialogFooter>
    </Dialog>
  );
}
