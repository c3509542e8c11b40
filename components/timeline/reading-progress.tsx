"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useSyncExternalStore } from "react";
import { phraseKey, type PhraseValues, type Phrases } from "@/components/timeline/phrases";
import { ReadingProgressBar } from "@/components/timeline/progress-bar";
import { postReads, saveReads, useReads } from "@/components/timeline/reads-api";

/** An event counts as read once it has been in the middle of the screen this long. */
const READ_AFTER_MS = 1000;
const SEND_EVERY_MS = 2000;
const MAX_BATCH = 200;

/** Other parts of the page ask for events to be recorded as read with this window event. */
const MARK_READ_EVENT = "eventline:mark-read";
function requestMarkRead(eventIds: string[]) {
  window.dispatchEvent(new CustomEvent<string[]>(MARK_READ_EVENT, { detail: eventIds }));
}

/** "timeline.progress" sentences: the server's where it wrote them (see phrases.ts), else formatted here. */
function usePhrases(phrases: Phrases) {
  const t = useTranslations("timeline.progress");
  return (message: string, values?: PhraseValues) => phrases[phraseKey(message, values)] ?? t(message, values);
}

type Props = {
  unit: string;
  /** The sentences of the counts the page starts with, written by the server. */
  phrases: Phrases;
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
export function ReadingProgress({ unit, total, initialRead, track = false, openedEventId, phrases }: Props) {
  const t = usePhrases(phrases);
  const data = useReads(unit, { read: initialRead, total });

  const readIds = useRef(new Set(data.read));
  useEffect(() => {
    readIds.current = new Set(data.read);
    // The cards' "Read" ticks follow the count.
    document.querySelectorAll<HTMLElement>("[data-event-id]").forEach((element) => {
      element.toggleAttribute("data-read", readIds.current.has(element.dataset.eventId ?? ""));
    });
  }, [data.read]);

  const pending = useRef(new Set<string>());
  const sending = useRef(false);

  // One request at a time: the first may create the guest learner whose cookie the next ones carry.
  const flush = useCallback(() => {
    if (sending.current || pending.current.size === 0) return;
    const batch = [...pending.current].slice(0, MAX_BATCH);
    batch.forEach((id) => pending.current.delete(id));
    sending.current = true;
    void saveReads(unit, batch).finally(() => {
      sending.current = false;
    });
  }, [unit]);

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

  useEffect(() => {
    const onRequest = (event: Event) => {
      const ids = (event as CustomEvent<string[]>).detail;
      if (!Array.isArray(ids)) return;
      ids.forEach(markRead);
      flush();
    };
    window.addEventListener(MARK_READ_EVENT, onRequest);
    return () => window.removeEventListener(MARK_READ_EVENT, onRequest);
  }, [markRead, flush]);

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
    // The last events of a page can never scroll up into the middle band. Events that have been
    // on screen at all are remembered, and reaching the end of the page counts them as read.
    const seen = new Set<string>();
    const seenObserver = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const eventId = (entry.target as HTMLElement).dataset.eventId;
        if (entry.isIntersecting && eventId) seen.add(eventId);
      }
    });
    let endTimer: number | undefined;
    const endObserver = new IntersectionObserver((entries) => {
      const atEnd = entries.some((e) => e.isIntersecting);
      window.clearTimeout(endTimer);
      if (atEnd) {
        endTimer = window.setTimeout(() => {
          seen.forEach(markRead);
          flush();
        }, READ_AFTER_MS);
      }
    });
    document.querySelectorAll<HTMLElement>("[data-event-id]").forEach((element) => {
      if (!readIds.current.has(element.dataset.eventId ?? "")) {
        observer.observe(element);
        seenObserver.observe(element);
      }
    });
    const end = document.getElementById("timeline-end");
    if (end) endObserver.observe(end);
    return () => {
      observer.disconnect();
      seenObserver.disconnect();
      endObserver.disconnect();
      window.clearTimeout(endTimer);
      timers.forEach((timer) => window.clearTimeout(timer));
    };
  }, [track, markRead, flush]);

  return (
    <div role="status" aria-live="polite">
      <ReadingProgressBar
        read={data.read.length}
        total={data.total}
        text={t("read", { read: data.read.length, total: data.total })}
      />
    </div>
  );
}

type UnreadProps = {
  unit: string;
  /** The sentences of the counts the page starts with, written by the server. */
  phrases: Phrases;
  total: number;
  initialRead: string[];
  /** How many events this page shows. */
  pageSize: number;
  /** The page's unread events as the server saw them: how many, and the first ones' titles, so the list reads without JavaScript. */
  initialUnread: { count: number; shown: { id: string; title: string }[] };
};

const SHOWN = 8;
const noSubscription = () => () => {};

/** "Still unread on this page": links to the events not read yet, and a way to mark them all read. */
/** The events of the page, in order, from its cards. */
const cardIds = () =>
  [...document.querySelectorAll<HTMLElement>("[data-event-id]")].map((card) => card.dataset.eventId ?? "");

export function UnreadEvents({ unit, total, initialRead, pageSize, initialUnread, phrases }: UnreadProps) {
  const t = usePhrases(phrases);
  const data = useReads(unit, { read: initialRead, total });
  // In the browser the events and their titles come from the cards on the page rather than from
  // props, to keep the page light; the server (and hydration) use what it was given.
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const titleOf = (id: string) =>
    document.querySelector(`[data-event-id="${CSS.escape(id)}"] [data-event-title]`)?.textContent ?? id;

  const read = new Set(data.read);
  const unread = inBrowser ? cardIds().filter((id) => !read.has(id)) : null;
  const unreadCount = unread?.length ?? initialUnread.count;
  const shown = unread ? unread.slice(0, SHOWN).map((id) => ({ id, title: titleOf(id) })) : initialUnread.shown;
  const more = unreadCount - shown.length;

  return (
    <section
      id="unread"
      aria-labelledby="unread-heading"
      className="scroll-mt-20 rounded-lg border border-stone-200 p-3 sm:p-4 dark:border-stone-700"
    >
      <div id="timeline-end" />
      <h2 id="unread-heading" className="text-lg font-semibold">
        {t("unreadHeading")}
      </h2>
      {unreadCount === 0 ? (
        <p className="mt-1">{t("allRead")}</p>
      ) : (
        <>
          <p className="mt-1">{t("unreadCount", { unread: unreadCount, total: pageSize })}</p>
          <ul className="mt-1 list-disc pl-5">
            {shown.map((e) => (
              <li key={e.id}>
                <a href={`#event-${e.id}`} className="inline-flex min-h-6 items-center underline underline-offset-2">
                  {e.title}
                </a>
              </li>
            ))}
          </ul>
          {more > 0 && <p className="mt-1 text-sm">{t("more", { count: more })}</p>}
          {unread && (
            <button
              type="button"
              onClick={() => requestMarkRead(unread)}
              className="mt-2 inline-flex min-h-11 cursor-pointer items-center rounded border border-stone-400 px-3 font-semibold hover:bg-stone-100 dark:border-stone-500 dark:hover:bg-stone-800"
            >
              {t("markRead", { count: unreadCount })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
