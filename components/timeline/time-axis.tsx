import type { Category, Era, TimelineEvent } from "@/lib/content/schema";
import { buildAxis, type Axis } from "@/lib/timeline/axis";
import { categoryLabels } from "@/components/timeline/category-badge";
import { AxisKeyboard } from "@/components/timeline/axis-keyboard";

type HrefFor = (event: Pick<TimelineEvent, "id">) => string;

const WIDTH = 720;
const STACK = 15;
const BAND_ROW = 16;

// Colour tells categories apart at a glance; the shape says the same for anyone who cannot see
// the colour (and in print), and the legend names both.
export const categoryFill: Record<Category, string> = {
  clash: "fill-red-700 dark:fill-red-400",
  diplomacy: "fill-blue-700 dark:fill-blue-400",
  military: "fill-green-700 dark:fill-green-400",
  statement: "fill-amber-600 dark:fill-amber-300",
  investigation: "fill-violet-700 dark:fill-violet-400",
  background: "fill-stone-500 dark:fill-stone-400",
};

/** A marker's shape, centred on (0, 0), about 12 units across. */
export function MarkerShape({ category, className }: { category: Category; className?: string }) {
  const cls = `${categoryFill[category]} stroke-white dark:stroke-stone-950 ${className ?? ""}`;
  switch (category) {
    case "clash":
      return <path className={cls} strokeWidth={1.5} d="M0-7L7 0 0 7-7 0z" />;
    case "military":
      return <rect className={cls} strokeWidth={1.5} x={-5.5} y={-5.5} width={11} height={11} />;
    case "statement":
      return <path className={cls} strokeWidth={1.5} d="M0-7L7 6H-7z" />;
    case "investigation":
      return <path className={cls} strokeWidth={1.5} d="M-3.5-6h7L7 0l-3.5 6h-7L-7 0z" />;
    case "background":
      // A ring: the one hollow mark, for what happened long before.
      return <circle className={`fill-none stroke-stone-600 dark:stroke-stone-300 ${className ?? ""}`} strokeWidth={3} r={4.5} />;
    default:
      return <circle className={cls} strokeWidth={1.5} r={6} />;
  }
}

function AxisDrawing({ axis, hrefFor, id }: { axis: Axis; hrefFor: HrefFor; id: string }) {
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
    >
      {axis.bands.map((band) => (
        <rect
          key={band.id}
          x={band.x0}
          y={0}
          width={band.x1 - band.x0}
          height={baseline}
          className={band.shade ? "fill-sky-100/70 dark:fill-sky-900/40" : "fill-amber-100/60 dark:fill-amber-900/30"}
        />
      ))}
      {axis.bandLabels.map((label) => (
        <text key={label.text} x={label.x} y={label.y * BAND_ROW + 13} textAnchor="middle" className="fill-current text-[12px] font-semibold">
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
          d={`M${b.x0 + 8} ${baseline + 7}l6 -14M${b.x0 + 16} ${baseline + 7}l6 -14`}
          className="stroke-stone-500 dark:stroke-stone-400"
          strokeWidth={2}
          fill="none"
        />
      ))}
      {axis.dateLabels.map((label) => (
        <text key={`${label.x}-${label.text}`} x={label.x} y={baseline + 20} textAnchor="middle" className="fill-current text-[12px]">
          {label.text}
        </text>
      ))}
      {axis.breakLabels.map((label) => (
        <text key={`${label.x}-${label.text}`} x={label.x} y={baseline + 36} textAnchor="middle" className="fill-stone-600 text-[11px] italic dark:fill-stone-300">
          {label.text}
        </text>
      ))}
      {axis.markers.map((m, i) => (
        <a
          key={m.event.id}
          href={hrefFor(m.event)}
          data-marker=""
          data-title={`${m.dateLabel}: ${m.event.title}`}
          aria-label={`${m.dateLabel}, ${categoryLabels[m.event.category]}: ${m.event.title}`}
          tabIndex={i === 0 ? 0 : -1}
          className="group outline-none"
        >
          <title>{`${m.dateLabel}: ${m.event.title}`}</title>
          <g transform={`translate(${m.x.toFixed(1)} ${baseline - 8 - m.level * STACK})`}>
            <circle r={9} className="fill-transparent stroke-transparent group-hover:stroke-stone-900 group-focus-visible:stroke-blue-600 dark:group-hover:stroke-white" strokeWidth={2.5} />
            <MarkerShape category={m.event.category} />
          </g>
        </a>
      ))}
      {axis.bins.map((bin, i) => {
        const h = Math.max(6, (bin.count / axis.maxBinCount) * (stackHeight - 4));
        return (
          <a
            key={bin.key}
            href={hrefFor({ id: bin.firstEventId })}
            data-marker=""
            data-title={`${bin.label}: ${bin.count} ${bin.count === 1 ? "event" : "events"}`}
            aria-label={`${bin.label}: ${bin.count} ${bin.count === 1 ? "event" : "events"}`}
            tabIndex={i === 0 && axis.markers.length === 0 ? 0 : -1}
            className="group outline-none"
          >
            <rect
              x={bin.x - 5}
              y={baseline - h}
              width={10}
              height={h}
              className="fill-blue-700 group-hover:fill-blue-900 group-focus-visible:stroke-blue-600 dark:fill-blue-400"
              strokeWidth={3}
            />
          </a>
        );
      })}
    </svg>
  );
}

type Props = { events: readonly TimelineEvent[]; eras: readonly Era[]; hrefFor: HrefFor; id?: string };

/**
 * The unit on a time axis drawn by the server: markers by category, eras as bands, breaks in
 * scale at long gaps. It is one Tab stop; the arrow keys move along it (see AxisKeyboard).
 */
export function TimeAxis({ events, eras, hrefFor, id = "time-axis" }: Props) {
  if (events.length === 0) return null;
  const axis = buildAxis(events, eras, { width: WIDTH, padding: 16, breakWidth: 30, minSegmentWidth: 30, gapDays: 30 });
  const present = (Object.keys(categoryLabels) as Category[]).filter((c) => events.some((e) => e.category === c));
  return (
    <section aria-labelledby={`${id}-heading`} className="no-print rounded-lg border border-stone-200 p-3 sm:p-4 dark:border-stone-700">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        The events on a time axis
      </h2>
      <p id={`${id}-label`} className="mt-1 text-sm text-stone-700 dark:text-stone-300">
        {axis.markers.length > 0
          ? `${events.length} events from ${axis.startLabel} to ${axis.endLabel}; each mark is an event.`
          : `${events.length} events from ${axis.startLabel} to ${axis.endLabel}; each bar is a month, as tall as its number of events.`}
        {axis.scale.breaks.length > 0 && " Slanted strokes mark long gaps left out of the scale."}{" "}
        <span className="hidden sm:inline">Tab to the axis, then move along it with the arrow keys.</span>
      </p>
      <div className="mt-2 overflow-x-auto pb-1">
        <AxisDrawing axis={axis} hrefFor={hrefFor} id={id} />
      </div>
      <AxisKeyboard axisId={id} />
      {axis.markers.length > 0 && (
        <ul aria-label="Legend" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {present.map((c) => (
            <li key={c} className="inline-flex items-center gap-1.5">
              <svg viewBox="-8 -8 16 16" className="h-4 w-4" aria-hidden="true">
                <MarkerShape category={c} />
              </svg>
              {categoryLabels[c]}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
