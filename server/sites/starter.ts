import { randomUUID } from "node:crypto";
import {
  CURRENT_SCHEMA_VERSION,
  ZSiteDoc,
  type Block,
  type SiteDoc,
} from "../../blocks/doc/schema.ts";
import { getBlockDefinition } from "../../blocks/registry.ts";
import { defaultTheme } from "../../blocks/theme/index.ts";

const id = () => randomUUID().replaceAll("-", "").slice(0, 16);

function block(type: string, props: Record<string, unknown> = {}): Block {
  const definition = getBlockDefinition(type);
  if (!definition) throw new Error(`starter uses unknown block type ${type}`);
  return {
    id: id(),
    type,
    props: { ...(definition.defaultProps as Record<string, unknown>), ...props },
  };
}

/**
 * The document a new, empty site starts from: a home page with a header, a hero in the site's name
 * and a footer, on the default theme. The AI wizard replaces it with a whole store.
 */
export function starterSiteDoc(name: string): SiteDoc {
  const doc: SiteDoc = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    theme: defaultTheme,
    settings: { name, locale: "en", currency: "USD", social: [] },
    nav: [{ id: id(), label: "Home", href: "/" }],
    pages: [
      {
        id: id(),
        slug: "",
        title: "Home",
        seo: { title: name },
        blocks: [
          block("header"),
          block("hero", { heading: `Welcome to ${name}`.slice(0, 160) }),
          block("footer"),
        ],
      },
    ],
  };
  return ZSiteDoc.parse(doc);
}
