import { FormattedMessage, useIntl } from "react-intl";
import { useEffect, useId, useRef } from "react";
import { useNavigate } from "react-router";
import { editOrigin } from "../../../collab/doc/origin.ts";
import { useCurrentUser } from "../api/session.ts";
import type { MediaItem } from "../media/api.ts";
import { LogoOptions } from "../media/LogoOptions.tsx";
import { useSetSiteLogo } from "../media/siteLogo.ts";
import { ButtonLink } from "../ui/Button.tsx";
import { Notice } from "../ui/Notice.tsx";
import { useStoreDocument } from "./storeDocument.ts";

/** How long the wizard waits for the server to have the new logo before it says it failed. */
const SAVE_TIMEOUT_MS = 10_000;

/**
 * The wizard's last step, once the store exists: logo designs drawn from the brand the generation
 * chose. Using one adds it to the media library, makes it the site's logo and opens the editor;
 * skipping opens the editor as the store is.
 */
export function LogoStep({ siteId }: { siteId: string }) {
  const titleId = useId();
  const intl = useIntl();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const store = useStoreDocument(siteId);
  const setSiteLogo = useSetSiteLogo(siteId);
  const editorPath = `/sites/${siteId}/editor`;
  // Skipped while the chosen logo was still being set: it finishes, without a second navigation.
  const left = useRef(false);
  useEffect(() => {
    left.current = false;
    return () => {
      left.current = true;
    };
  }, []);

  const applyChosenLogo = async (media: MediaItem) => {
    if (store.status !== "open") return;
    const { connection } = store;
    await setSiteLogo(
      { ydoc: connection.ydoc, origin: editOrigin({ kind: "user", userId: user.id }) },
      media,
    );
    if (!(await connection.whenSaved(SAVE_TIMEOUT_MS))) {
      throw new Error(
        intl.formatMessage({
          id: "ai.logo.notSaved",
          defaultMessage:
            "The logo is in your media library, but your store did not receive it. Check your connection and try again.",
        }),
      );
    }
    if (!left.current) void navigate(editorPath);
  };

  return (
    <section className="ai-logo" aria-labelledby={titleId}>
      <h3 id={titleId}>
        <FormattedMessage id="ai.logo.title" defaultMessage="Pick a logo" />
      </h3>
      <p className="ai-muted">
        <FormattedMessage
          id="ai.logo.help"
          defaultMessage="Drawn from your store’s name, colours and fonts. The one you use goes into your media library and your header; the editor’s Logo tab has them all later too."
        />
      </p>
      {store.status === "open" ? (
        <LogoOptions
          brand={store.brand}
          siteId={siteId}
          canSave
          saveLabel={intl.formatMessage({ id: "ai.logo.use", defaultMessage: "Use this logo" })}
          onSaved={applyChosenLogo}
        />
      ) : store.status === "opening" ? (
        <p className="ai-muted" aria-busy="true">
          <FormattedMessage
            id="ai.logo.opening"
            defaultMessage="Reading your store’s colours and fonts…"
          />
        </p>
      ) : (
        <Notice tone="info">
          <FormattedMessage
            id="ai.logo.unavailable"
            defaultMessage="Logo ideas are not available right now. You can make one in the editor’s Logo tab."
          />
        </Notice>
      )}
      <div className="ai-wizard__actions ai-wizard__actions--start">
        <ButtonLink to={editorPath}>
          <FormattedMessage id="ai.logo.skip" defaultMessage="Skip: open the editor" />
        </ButtonLink>
      </div>
    </section>
  );
}
