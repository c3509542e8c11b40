import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { contentUnit as getUnit } from "@/tests/support/content";
import { glossaryEntries } from "@/lib/timeline/glossary";
import { actorsInEvents, unitLookup } from "@/lib/timeline/lookup";
import { AboutUnit, ArticleCorrections, UnitGlossary } from "@/components/timeline/about-unit";
import { TimeAxis } from "@/components/timeline/time-axis";
import { TimelineFiltersPanel } from "@/components/timeline/timeline-filters";
import { TimelineList } from "@/components/timeline/timeline-list";
import { renderMarkup } from "@/components/ui/static-markup";
import { speech } from "@/tests/support/speech";

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", "#x27": "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => entities[e]!);

/** The same markup whatever the quoting and escaping: attributes as JSON strings, text decoded. */
function canonical(html: string): string {
  return html
    .split(/(<[^>]+>)/)
    .map((part) =>
      part.startsWith("<")
        ? part.replace(/\s([\w:-]+)(?:=(?:"([^"]*)"|'([^']*)'))?/g, (_, name: string, dq?: string, sq?: string) => ` ${name.toLowerCase()}=${JSON.stringify(decode(dq ?? sq ?? ""))}`)
        : JSON.stringify(decode(part)),
    )
    .join("");
}

const unit = getUnit("northern-kosovo-2023")!;
const lookup = unitLookup(unit);
const glossary = glossaryEntries(unit.meta.glossary);

const sp = speech("sr-Latn");

const trees: [string, ReactNode][] = [
  ["the timeline's cards", <TimelineList key="l" {...sp} events={unit.events} lookup={lookup} glossary={glossary} read={new Set([unit.events[0]!.id])} eventHref={(e) => `/e/${e.id}?a=1&b='2'`} />],
  ["the time axis", <TimeAxis key="a" {...sp} events={unit.events} eras={unit.eras} hrefFor={(e) => `#${e.id}`} />],
  ["the filters", <TimelineFiltersPanel key="f" {...sp} unit={unit.meta.slug} events={unit.events} actors={actorsInEvents(unit)} groups={unit.actorGroups} filters={{ actor: actorsInEvents(unit)[0]!.id }} shown={3} />],
  ["the corrections, glossary and about", <><ArticleCorrections {...sp} unit={unit} lookup={lookup} /><UnitGlossary t={sp.t} entries={glossary} /><AboutUnit {...sp} unit={unit} /></>],
];

describe("StaticMarkup's renderer", () => {
  it.each(trees)("renders %s as react-dom/server does", async (_, tree) => {
    const ours = await renderMarkup(tree);
    expect(canonical(ours)).toBe(canonical(renderToStaticMarkup(tree)));
    expect(ours.length).toBeGreaterThan(500);
  });

  it("escapes text and attribute values", async () => {
    const html = await renderMarkup(
      <p title={`it's <b> & "q"`} data-x="">
        {"<script>alert('x')</script> & more"}
      </p>,
    );
    expect(html).toBe(`<p title='it&#39;s &lt;b> &amp; "q"' data-x=''>&lt;script&gt;alert('x')&lt;/script&gt; &amp; more</p>`);
  });

  it("renders async server components and refuses what it cannot render faithfully", async () => {
    async function Later({ word }: { word: string }) {
      await Promise.resolve();
      return <em>{word}</em>;
    }
    expect(await renderMarkup(<div><Later word="then" /></div>)).toBe("<div><em>then</em></div>");
    await expect(renderMarkup(<div style={{ color: "red" }} />)).rejects.toThrow(/style/);
    await expect(renderMarkup(<input autoFocus />)).rejects.toThrow(/autoFocus/);
  });
});
