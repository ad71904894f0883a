import type { z } from "zod";
import type { SessionUser } from "../../auth/sessions.ts";
import { notFound, said } from "../../errors.ts";
import { LOGO_LABELS } from "../../media/generated/logo.ts";
import type { Context } from "../../trpc.ts";
import type {
  ZCreatePlaceholdersInput,
  ZListMediaInput,
  ZLogoOptionsInput,
  ZMediaRef,
  ZSaveLogoInput,
  ZUpdateAltInput,
} from "./media.schema.ts";

type AuthedContext = Context & { user: SessionUser };
type SiteContext = AuthedContext & { site: { id: string; name: string } };

const NO_SUCH_IMAGE = said("app.error.noSuchImage", "No such image in this site's library.");

export async function listMediaHandler({
  ctx,
  input,
}: {
  ctx: SiteContext;
  input: z.infer<typeof ZListMediaInput>;
}) {
  return ctx.deps.media.list(ctx.site.id, input);
}

async function found(ctx: SiteContext, mediaId: string) {
  const item = await ctx.deps.media.get(ctx.site.id, mediaId);
  if (!item) throw notFound(NO_SUCH_IMAGE);
  return item;
}

export async function getMediaHandler({
  ctx,
  input,
}: {
  ctx: SiteContext;
  input: z.infer<typeof ZMediaRef>;
}) {
  return { media: await found(ctx, input.mediaId) };
}

export async function updateAltHandler({
  ctx,
  input,
}: {
  ctx: SiteContext;
  input: z.infer<typeof ZUpdateAltInput>;
}) {
  const media = await ctx.deps.media.setAlt(ctx.site.id, input.mediaId, input.alt);
  if (!media) throw notFound(NO_SUCH_IMAGE);
  return { media };
}

export async function usesHandler({
  ctx,
  input,
}: {
  ctx: SiteContext;
  input: z.infer<typeof ZMediaRef>;
}) {
  await found(ctx, input.mediaId);
  return { uses: await ctx.deps.media.uses(ctx.site.id, input.mediaId) };
}

export async function deleteMediaHandler({
  ctx,
  input,
}: {
  ctx: SiteContext;
  input: z.infer<typeof ZMediaRef>;
}) {
  // An image still in use is refused by the library (MediaInUseError, a CONFLICT).
  const removed = await ctx.deps.media.remove(ctx.site.id, input.mediaId);
  if (!removed) throw notFound(NO_SUCH_IMAGE);
  return { deleted: true as const };
}

export async function logoOptionsHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.infer<typeof ZLogoOptionsInput>;
}) {
  const logos = await ctx.deps.media.generated.logoOptions(input);
  return {
    logos: logos.map((logo) => ({
      variant: logo.variant,
      label: LOGO_LABELS[logo.variant],
      width: logo.width,
      height: logo.height,
      // Our own SVG (text as paths, no scripts), shown through <img>.
      dataUrl: `data:image/svg+xml;base64,${Buffer.from(logo.svg).toString("base64")}`,
    })),
  };
}

export async function saveLogoHandler({
  ctx,
  input,
}: {
  ctx: SiteContext;
  input: z.infer<typeof ZSaveLogoInput>;
}) {
  const media = await ctx.deps.media.generated.saveLogo(
    ctx.site.id,
    ctx.user.id,
    input.brand,
    input.variant,
  );
  return { media };
}

export async function createPlaceholdersHandler({
  ctx,
  input,
}: {
  ctx: SiteContext;
  input: z.infer<typeof ZCreatePlaceholdersInput>;
}) {
  const { doc } = await ctx.deps.siteDocuments.draft(ctx.site.id);
  const items = await ctx.deps.media.generated.createPlaceholders(
    ctx.site.id,
    ctx.user.id,
    doc.theme.colors,
    input.shapes,
    input.seed,
  );
  return { items };
}
