import { isAppLanguage, type AppLanguage } from "../../../domain/app-languages.ts";
import type { SessionUser } from "../../auth/sessions.ts";

export type PublicUser = {
  id: string;
  email: string;
  name: string;
  /** The app's language the person chose ("en", "fr"); null follows the browser. */
  locale: AppLanguage | null;
  createdAt: string;
};

export function publicUser(user: SessionUser): PublicUser {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: isAppLanguage(user.locale) ? user.locale : null,
    createdAt: user.createdAt.toISOString(),
  };
}
