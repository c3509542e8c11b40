"use client";

import { useEffect, useSyncExternalStore } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { TIME_ZONE_COOKIE } from "@/lib/assignments/time";

// The teacher's time zone comes from their browser. The server renders times in the zone the
// cookie names (UTC before the first visit); this component keeps the cookie right and re-renders
// the page once when the browser's zone differs. Forms send the zone with the times typed in it,
// so without JavaScript they still work, in the zone shown next to them.

const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

function useBrowserZone(serverZone: string): string {
  return useSyncExternalStore(subscribe, browserZone, () => serverZone);
}

export function TimeZoneSync({ serverZone }: { serverZone: string | null }) {
  const router = useRouter();
  useEffect(() => {
    const zone = browserZone();
    if (zone === serverZone) return;
    document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
    router.refresh();
  }, [serverZone, router]);
  return null;
}

export function TimeZoneField({ serverZone, describedBy }: { serverZone: string; describedBy: string }) {
  const zone = useBrowserZone(serverZone);
  const t = useTranslations("assignments.fields");
  return (
    <>
      <input type="hidden" name="timeZone" value={zone} />
      <p id={describedBy} className="text-sm text-stone-700 dark:text-stone-300">
        {t.rich("zoneNote", { zone, strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
    </>
  );
}
