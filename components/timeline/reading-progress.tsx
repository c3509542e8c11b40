"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef } from "react";
import { ReadingProgressBar } from "@/components/timeline/progress-bar";
import { fetchReads, postReads, readsQueryKey, type Reads } from "@/components/timeline/reads-api";

/** An event counts as read once it has been in the middle of the screen this long. */
const READ_AFTER_MS = 1000;
const SEND_EVERY_MS = 2000;
const MAX_BATCH = 200;

type Props = {
  unit: string;
  total: number;
  initialRead: string[];
  /** Watch the events on the page ([data-event-id]) and record those that stay in view. */
  track?: boolean;
  /** The event whose page this is: opening it records it as read. */
  openedEventId?: string;
};

/**
 * The unit's reading progress, which also records reading. The server renders it with the
 * learner's count, so without JavaScript the page simply shows that count.
 */
export function ReadingProgress({ unit, total, initialRead, track = false, openedEventId }: Props) {
  const queryClient = useQueryClient();
  const key = readsQueryKey(unit);
  const { data } = useQuery({
    queryKey: key,
    queryFn: () => fetchReads(unit),
    initialData: { read: initialRead, total },
    staleTime: Infinity,
  });

  const mutation = useMutation({
    mutationFn: (eventIds: string[]) => postReads(unit, eventIds),
    onMutate: async (eventIds) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Reads>(key);
      queryClient.setQueryData<Reads>(key, (old) =>
        old ? { ...old, read: [...new Set([...old.read, ...eventIds])] } : old,
      );
      return { previous };
    },
    onError: (_error, _ids, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (reads) => queryClient.setQueryData<Reads>(key, { read: reads.read, total: reads.total }),
  });

  const readIds = useRef(new Set(data.read));
  useEffect(() => {
    readIds.current = new Set(data.read);
  }, [data.read]);

  const pending = useRef(new Set<string>());
  const sending = useRef(false);
  const { mutate } = mutation;

  // One request at a time: the first may create the guest learner whose cookie the next ones carry.
  const flush = useCallback(() => {
    if (sending.current || pending.current.size === 0) return;
    const batch = [...pending.current].slice(0, MAX_BATCH);
    batch.forEach((id) => pending.current.delete(id));
    sending.current = true;
    mutate(batch, {
      onSettled: () => {
        sending.current = false;
      },
    });
  }, [mutate]);

  const markRead = useCallback((eventId: string) => {
    if (!readIds.current.has(eventId)) pending.current.add(eventId);
  }, []);

  useEffect(() => {
    const timer = window.setInterval(flush, SEND_EVERY_MS);
    // Whatever is still waiting when the page goes away is sent with keepalive, which outlives it.
    const sendNow = () => {
      if (pending.current.size === 0) return;
      const batch = [...pending.current].slice(0, MAX_BATCH);
      pending.current.clear();
      postReads(unit, batch, { keepalive: true }).catch(() => {});
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") sendNow();
    };
    window.addEventListener("pagehide", sendNow);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener("pagehide", sendNow);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [flush, unit]);

  const openedSent = useRef(false);
  useEffect(() => {
    if (!openedEventId || openedSent.current) return;
    openedSent.current = true;
    markRead(openedEventId);
    flush();
  }, [openedEventId, markRead, flush]);

  useEffect(() => {
    if (!track || typeof IntersectionObserver === "undefined") return;
    const timers = new Map<Element, number>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const eventId = (entry.target as HTMLElement).dataset.eventId;
          if (!eventId) continue;
          if (entry.isIntersecting && !timers.has(entry.target)) {
            const timer = window.setTimeout(() => {
              markRead(eventId);
              observer.unobserve(entry.target);
              timers.delete(entry.target);
            }, READ_AFTER_MS);
            timers.set(entry.target, timer);
          } else if (!entry.isIntersecting) {
            window.clearTimeout(timers.get(entry.target));
            timers.delete(entry.target);
          }
        }
      },
      // The middle band of the screen: an event that only peeks in at an edge is not being read.
      { rootMargin: "-20% 0px -20% 0px" },
    );
    document.querySelectorAll<HTMLElement>("[data-event-id]").forEach((element) => {
      if (!readIds.current.has(element.dataset.eventId ?? "")) observer.observe(element);
    });
    return () => {
      observer.disconnect();
      timers.forEach((timer) => window.clearTimeout(timer));
    };
  }, [track, markRead]);

  return (
    <div role="status" aria-live="polite">
      <ReadingProgressBar read={data.read.length} total={data.total} />
    </div>
  );
}
