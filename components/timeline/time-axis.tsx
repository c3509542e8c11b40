import type { Category, Era, TimelineEvent } from "@/lib/content/schema";
import { buildAxis, type Axis } from "@/lib/timeline/axis";
import { categories, categoryLabel } from "@/components/timeline/category-badge";
import type { Speech } from "@/components/timeline/translate";

type HrefFor = (event: Pick<TimelineEvent, "id">) => string;

const WIDTH = 720;
const STACK = 14;
const BAND_ROW = 16;

// Colour tells categories apart at a glance; the shape says the same for anyone who cannot see
// the colour (and in print), and the legend names both. Colours: the .mk-<category> classes.
const shapes: Record<Category, string> = {
  clash: "M0-7L7 0 0 7-7 0z",
  diplomacy: "M-6 0a6 6 0 1 0 12 0a6 6 0 1 0-12 0",
  military: "M-5.5-5.5h11v11h-11z",
  statement: "M0-7L7 6H-7z",
  investigation: "M-3.5-6h7L7 0l-3.5 6h-7L-7 0z",
  // A ring: the one hollow mark, for what happened long before.
  background: "M-4.5 0a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0-9 0",
};

/** A marker's shape, centred on (0, 0), about 12 units across. */
function MarkerShape({ category, at }: { category: Category; at?: string }) {
  return (
    <g className={`mk mk-${category}`} transform={at}>
      <path d={shapes[category]} />
    </g>
  );
}

function AxisDrawing({ axis, hrefFor, id, t }: { axis: Axis; hrefFor: HrefFor; id: string; t: Speech["t"] }) {
  const bandRows = axis.bandLabels.length ? Math.max(...axis.bandLabels.map((l) => l.y)) + 1 : 0;
  const top = bandRows * BAND_ROW + 10;
  const stackHeight = axis.markers.length ? (axis.maxLevel + 1) * STACK : 60;
  const baseline = top + stackHeight + 4;
  const height = baseline + (axis.breakLabels.length ? 44 : 28);

  return (
    <svg
      id={id}
      viewBox={`0 0 ${WIDTH} ${height}`}
      className="block h-auto w-full min-w-[600px] overflow-visible text-stone-800 dark:text-stone-200"
      role="group"
      aria-labelledby={`${id}-label`}
      // The markers are the Tab stop, not the drawing around them.
      tabIndex={-1}
    >
      {axis.bands.map((band) => (
        <rect
          key={band.id}
          x={band.x0}
          y={0}
          width={(band.x1 - band.x0).toFixed(1)}
          height={baseline}
          className={band.shade ? "fill-sky-100/70 dark:fill-sky-900/40" : "fill-amber-100/60 dark:fill-amber-900/30"}
        />
      ))}
      {axis.bandLabels.map((label) => (
        <text
          key={label.text}
          x={label.x}
          y={label.y * BAND_ROW + 13}
          textAnchor="middle"
          className="fill-current text-[12px] font-semibold"
        >
          {label.text}
        </text>
      ))}
      <g className="stroke-stone-500 dark:stroke-stone-400" strokeWidth={2}>
        {axis.scale.segments.map((s) => (
          <line key={s.startDay} x1={s.x0} x2={s.x1} y1={baseline} y2={baseline} />
        ))}
      </g>
      {axis.scale.breaks.map((b) => (
        // Two slanted strokes: the usual sign for a break in scale.
        <path
          key={b.x0}
          d={`M${(b.x0 + 5).toFixed(1)} ${baseline + 7}l6 -14M${(b.x0 + 13).toFixed(1)} ${baseline + 7}l6 -14`}
          className="stroke-stone-500 dark:stroke-stone-400"
          strokeWidth={2}
          fill="none"
        />
      ))}
      {axis.dateLabels.map((label) => (
        <text
          key={`${label.x}-${label.text}`}
          x={label.x}
          y={baseline + 20}
          textAnchor="middle"
          className="fill-current text-[12px]"
        >
          {label.text}
        </text>
      ))}
      {axis.breakLabels.map((label) => (
        <text
          key={`${label.x}-${label.text}`}
          x={label.x}
          y={baseline + 36}
          textAnchor="middle"
          className="fill-stone-600 text-[11px] italic dark:fill-stone-300"
        >
          {label.text}
        </text>
      ))}
      {axis.markers.map((m, i) => {
        const at = `translate(${m.x.toFixed(1)} ${baseline - 8 - m.level * STACK})`;
        return (
          <a
            key={m.event.id}
            href={hrefFor(m.event)}
            data-marker=""
            aria-label={t("axis.marker", {
              date: m.dateLabel,
              category: categoryLabel(t, m.event.category),
              title: m.event.title,
            })}
            tabIndex={i === 0 ? 0 : -1}
          >
            <circle r={9} className="ring" transform={at} />
            <MarkerShape category={m.event.category} at={at} />
          </a>
        );
      })}
      {axis.bins.map((bin, i) => {
        const h = Math.max(6, (bin.count / axis.maxBinCount) * (stackHeight - 4));
        return (
          <a
            key={bin.key}
            href={hrefFor({ id: bin.firstEventId })}
            data-marker=""
            aria-label={t("axis.bin", { month: bin.label, count: bin.count })}
            tabIndex={i === 0 && axis.markers.length === 0 ? 0 : -1}
          >
            <rect
              x={(bin.x - 7).toFixed(1)}
              y={(baseline - h - 2).toFixed(1)}
              width={14}
              height={(h + 4).toFixed(1)}
              rx={2}
              className="ring"
            />
            <rect
              x={(bin.x - 4).toFixed(1)}
              y={(baseline - h).toFixed(1)}
              width={8}
              height={h.toFixed(1)}
              className="fill-blue-700 dark:fill-blue-400"
            />
          </a>
        );
      })}
    </svg>
  );
}

type Props = Speech & { events: readonly TimelineEvent[]; eras: readonly Era[]; hrefFor: HrefFor; id?: string };

/**
 * The unit on a time axis drawn by the server: markers by category, eras as bands, breaks in
 * scale at long gaps. It is one Tab stop; the arrow keys move along it (AxisKeyboard, which the
 * page places beside it).
 */
export function TimeAxis({ events, eras, hrefFor, id = "time-axis", t, locale }: Props) {
  if (events.length === 0) return null;
  const axis = buildAxis(events, eras, {
    width: WIDTH,
    padding: 16,
    breakWidth: 24,
    minSegmentWidth: 24,
    gapDays: 30,
    locale,
  });
  const present = categories.filter((c) => events.some((e) => e.category === c));
  const span = { count: events.length, start: axis.startLabel, end: axis.endLabel };
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="later no-print rounded-lg border border-stone-200 p-3 sm:p-4 dark:border-stone-700"
    >
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {t("axis.heading")}
      </h2>
      <p id={`${id}-label`} className="mt-1 text-sm text-stone-700 dark:text-stone-300">
        {t(axis.markers.length > 0 ? "axis.markers" : "axis.bars", span)}
        {axis.scale.breaks.length > 0 && ` ${t("axis.breaks")}`}{" "}
        <span className="hidden sm:inline">{t("axis.keys")}</span>
      </p>
      <div className="mt-2 overflow-x-auto pb-1">
        <AxisDrawing axis={axis} hrefFor={hrefFor} id={id} t={t} />
      </div>
      {/* Screen readers hear the marker's own name; this line, filled in by AxisKeyboard, is for the eyes. */}
      <p aria-hidden="true" className="mt-1 min-h-6 text-sm font-medium" data-axis-caption="" />
      {axis.markers.length > 0 && (
        <ul aria-label={t("axis.legend")} className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {present.map((c) => (
            <li key={c} className="inline-flex items-center gap-1.5">
              <svg viewBox="-8 -8 16 16" className="h-4 w-4 overflow-visible" aria-hidden="true">
                <MarkerShape category={c} />
              </svg>
              {categoryLabel(t, c)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
