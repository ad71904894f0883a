import { FormattedMessage, useIntl, type MessageDescriptor } from "react-intl";
import type { ResponsiveField } from "../../../../blocks/fields/types.ts";
import { message } from "../../i18n/message.ts";
import { valueAt } from "../../../../blocks/style/responsive.ts";
import { useEditor, useUi } from "../state/hooks.ts";
import type { Device } from "../state/uiStore.ts";
import type { FieldProps, NestedFieldProps } from "./FieldFrame.tsx";

type PerScreen = { desktop?: unknown; tablet?: unknown; mobile?: unknown };

const SCREENS: Array<{ device: Device; label: MessageDescriptor }> = [
  { device: "desktop", label: message({ id: "editor.device.desktop", defaultMessage: "Desktop" }) },
  { device: "tablet", label: message({ id: "editor.device.tablet", defaultMessage: "Tablet" }) },
  { device: "mobile", label: message({ id: "editor.device.mobile", defaultMessage: "Mobile" }) },
];

function isPerScreen(value: unknown): value is PerScreen {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A value that may differ per screen size. One input while it is the same everywhere; with
 * "Different on each screen size", one per screen, the one of the previewed device first and
 * marked. Unset screens inherit from the larger one, as on the storefront.
 */
export function ResponsiveControl({
  field,
  value,
  onChange,
  context,
  label,
  NestedField,
}: FieldProps<ResponsiveField> & NestedFieldProps) {
  const intl = useIntl();
  const session = useEditor();
  const device = useUi((state) => state.device);
  const perScreen = isPerScreen(value);
  const name = label ?? field.label;
  const shown = valueAt(value as never, device);

  return (
    <fieldset className="prop-field prop-field--group responsive-control">
      <legend className="prop-field__legend">
        <span className="prop-field__head">
          <span className="prop-field__label">{name}</span>
        </span>
      </legend>
      <label className="switch switch--small">
        <input
          type="checkbox"
          role="switch"
          className="switch__input"
          checked={perScreen}
          onChange={(event) => {
            if (event.target.checked) {
              const all = valueAt(value as never, "desktop");
              onChange({
                desktop: all,
                tablet: valueAt(value as never, "tablet") ?? all,
                mobile: valueAt(value as never, "mobile") ?? all,
              });
            } else {
              onChange(shown ?? valueAt(value as never, "desktop"));
            }
          }}
        />
        <span className="switch__track" aria-hidden="true" />
        <span className="switch__label">
          <FormattedMessage
            id="editor.responsive.perScreen"
            defaultMessage="Different on each screen size"
          />
        </span>
      </label>
      {perScreen ? (
        SCREENS.map(({ device: screen, label: screenLabel }) => (
          <div
            key={screen}
            className="responsive-control__screen"
            data-current={screen === device || undefined}
          >
            <NestedField
              field={field.field}
              label={intl.formatMessage(
                {
                  id: "editor.responsive.screen",
                  defaultMessage: "{screen}{previewing, select, yes { (previewing)} other {}}",
                },
                {
                  screen: intl.formatMessage(screenLabel),
                  previewing: screen === device ? "yes" : "no",
                },
              )}
              value={(value as PerScreen)[screen] ?? valueAt(value as never, screen)}
              context={context}
              onChange={(next) => onChange({ ...(value as PerScreen), [screen]: next })}
            />
          </div>
        ))
      ) : (
        <NestedField
          field={field.field}
          label={intl.formatMessage(
            { id: "editor.responsive.all", defaultMessage: "{name} (all screens)" },
            { name },
          )}
          value={shown}
          context={context}
          onChange={onChange}
        />
      )}
      {perScreen ? (
        <p className="prop-field__help">
          <FormattedMessage
            id="editor.responsive.preview"
            defaultMessage="Preview another size with the <button>{device, select, desktop {mobile} other {desktop}} view</button>."
            values={{
              device: device === "desktop" ? "desktop" : "other",
              button: (chunks) => (
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    session.ui.set({ device: device === "desktop" ? "mobile" : "desktop" })
                  }
                >
                  {chunks}
                </button>
              ),
            }}
          />
        </p>
      ) : null}
    </fieldset>
  );
}
