import { FormattedMessage, useIntl } from "react-intl";
import { useQuery } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { useParams } from "react-router";
import { useTRPC } from "../api/trpc.ts";
import type { EditorExtension, ImageValue, PickImageRequest } from "../editor/extensions.ts";
import { can } from "../../../domain/permissions.ts";
import { Button } from "../ui/Button.tsx";
import { Dialog, DialogBody } from "../ui/Dialog.tsx";
import { useEditor, useSettings, useTheme } from "../editor/state/hooks.ts";
import { createPickerBridge } from "../editor/pickerBridge.ts";
import { ImagePickerDialog } from "./ImagePickerDialog.tsx";
import { LogoOptions } from "./LogoOptions.tsx";
import { MediaLibrary } from "./MediaLibrary.tsx";
import { brandOf, useSetSiteLogo } from "./siteLogo.ts";
import { message } from "../i18n/message.ts";

/** `pickImage` is a plain function the editor's image fields call; the dialog lives in React. */
const imagePicker = createPickerBridge<PickImageRequest, ImageValue>();
export const pickImage = imagePicker.pick;

export function MediaPickerProvider({ children }: { children: ReactNode }) {
  const { siteId = "" } = useParams();
  const trpc = useTRPC();
  const site = useQuery({ ...trpc.sites.get.queryOptions({ siteId }), enabled: siteId !== "" });
  const { pending, finish } = imagePicker.usePending();

  return (
    <>
      {children}
      {pending && siteId ? (
        <ImagePickerDialog
          siteId={siteId}
          label={pending.request.label}
          current={pending.request.current}
          canEdit={site.data ? can(site.data.site.role, "media.upload") : false}
          onClose={finish}
        />
      ) : null}
    </>
  );
}

/** A "Media" button in the editor's top bar: the whole library in a dialog, without leaving. */
function MediaTopBarItem() {
  const { siteId = "" } = useParams();
  const trpc = useTRPC();
  const site = useQuery({ ...trpc.sites.get.queryOptions({ siteId }), enabled: siteId !== "" });
  const [open, setOpen] = useState(false);
  const intl = useIntl();
  return (
    <>
      <Button size="sm" variant="ghost" onClick={() => setOpen(true)}>
        <FormattedMessage id="media.editor.button" defaultMessage="Media" />
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={intl.formatMessage({ id: "media.editor.dialog", defaultMessage: "Media library" })}
      >
        <DialogBody>
          <div className="media-picker">
            <MediaLibrary
              siteId={siteId}
              canEdit={site.data ? can(site.data.site.role, "media.upload") : false}
            />
          </div>
        </DialogBody>
      </Dialog>
    </>
  );
}

/** Logo ideas from the site's name and current theme, in the right panel. */
function LogoTab() {
  const session = useEditor();
  const theme = useTheme();
  const settings = useSettings();
  const setSiteLogo = useSetSiteLogo(session.site.id);
  const intl = useIntl();
  return (
    <div className="panel-section">
      <p className="logo-options__hint">
        <FormattedMessage
          id="media.editor.logoHelp"
          defaultMessage="Logos drawn from your site’s name, fonts and colours. The one you use is added to the media library and shown in every header that has no logo of its own."
        />
      </p>
      <LogoOptions
        brand={brandOf(settings, theme)}
        siteId={session.site.id}
        canSave={can(session.site.role, "media.saveLogo")}
        saveLabel={intl.formatMessage({
          id: "media.editor.useLogo",
          defaultMessage: "Use as logo",
        })}
        onSaved={(media) => setSiteLogo(session, media)}
      />
    </div>
  );
}

/**
 * The media library in the visual editor: image fields get "Choose image", the top bar "Media",
 * and the right panel a "Logo" tab.
 */
export const mediaExtension: EditorExtension = {
  id: "media",
  pickImage,
  Provider: MediaPickerProvider,
  topBarItems: [{ id: "media", Item: MediaTopBarItem }],
  rightPanelTabs: [
    {
      id: "logo",
      label: message({ id: "media.tab.logo", defaultMessage: "Logo" }),
      order: 40,
      Panel: LogoTab,
    },
  ],
};
