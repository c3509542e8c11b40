import fs from "node:fs";
import path from "node:path";
import type { Metadata } from "next";

// Each floor page lists, as static HTML, the same events as the product page it stands beside in
// the Lighthouse table. bench/lighthouse.ts writes pages.json before building this app.

type FloorEvent = { id: string; date: string; category: string; title: string; summary: string; sources: string[] };
type FloorPage = { title: string; summary: string; events: FloorEvent[] };

function pages(): Record<string, FloorPage> {
  return JSON.parse(fs.readFileSync(path.join(process.cwd(), "pages.json"), "utf8"));
}

export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(pages()).map((page) => ({ page }));
}

export async function generateMetadata({ params }: { params: Promise<{ page: string }> }): Promise<Metadata> {
  return { title: pages()[(await params).page]?.title ?? "Floor" };
}

export default async function FloorPage({ params }: { params: Promise<{ page: string }> }) {
  const page = pages()[(await params).page];
  if (!page) return null;
  return (
    <>
      <h1>{page.title}</h1>
      <p>{page.summary}</p>
      <ol>
        {page.events.map((event) => (
          <li key={event.id}>
            <h2>{event.title}</h2>
            <p>
              <time dateTime={event.date}>{event.date}</time> · {event.category}
            </p>
            <p>{event.summary}</p>
            {event.sources.length > 0 && (
              <ul>
                {event.sources.map((source) => (
                  <li key={source}>{source}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
