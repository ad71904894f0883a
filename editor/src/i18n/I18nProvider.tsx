import type { ReactNode } from "react";
import { IntlProvider } from "react-intl";
import { useCatalogue } from "./catalogue.ts";
import { PSEUDO_LANGUAGE } from "./languages.ts";

/**
 * react-intl around the app, in the catalogue's language. A key the language lacks falls back
 * to its English `defaultMessage`; in development that is reported in the console, so a missing
 * translation is seen, not silently English.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const { language, messages } = useCatalogue();
  return (
    <IntlProvider
      locale={language === PSEUDO_LANGUAGE ? "en" : language}
      defaultLocale="en"
      messages={messages}
      onError={(error) => {
        if (error.code === "MISSING_TRANSLATION" && language === "en") return;
        if (import.meta.env.DEV) console.warn(`[i18n] ${error.message}`);
      }}
    >
      {children}
    </IntlProvider>
  );
}
