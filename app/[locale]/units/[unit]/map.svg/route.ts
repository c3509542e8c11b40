import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requestLocale } from "@/lib/http/locale";
import { slug } from "@/lib/content/schema";
import { findUnit } from "@/lib/timeline/lookup";
import { db } from "@/lib/db";
import { unitMapSvg } from "@/lib/timeline/map-svg";

const querySchema = z.strictObject({
  view: z.enum(["full", "thumb"]).default("full"),
  place: slug.optional(),
  /** The content version, so that browsers may keep the image for long. */
  v: z.string().max(64).optional(),
});

const text = (status: number, message: string) =>
  new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

export async function GET(req: Request, { params }: { params: Promise<{ locale: string; unit: string }> }) {
  const locale = requestLocale(req);
  const unit = await findUnit(db(), (await params).unit, locale);
  if (!unit) return text(404, "There is no such unit.");
  const query = querySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!query.success)
    return text(
      400,
      `The map's address is not valid: ${query.error.issues.map((i) => `${i.path.join(".") || "query"}: ${i.message}`).join("; ")}`,
    );
  const t = await getTranslations({ locale, namespace: "timeline.map" });
  const result = unitMapSvg(unit, query.data, {
    title: (title, place) => (place ? t("svgTitleHighlight", { unit: title, place }) : t("svgTitle", { unit: title })),
    distance: (place, km) => t("distance", { place, km }),
  });
  if (!result.ok)
    return text(
      404,
      result.reason === "no-map" ? "This unit has no map." : `The unit has no place "${query.data.place}".`,
    );
  return new Response(result.svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": "public, max-age=86400",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
