// A second app process for the unit store test: reads a unit through getUnit every 20 ms, as a
// page would, and prints the version number it gets whenever it changes. Run with tsx.
import "./server-only-shim";
import { getUnit } from "@/lib/content/store";
import { db } from "@/lib/db";

const slug = process.argv[2] ?? "";
let shown: number | undefined;

async function tick(): Promise<void> {
  const unit = await getUnit(db(), slug);
  if (unit && unit.version.number !== shown) {
    shown = unit.version.number;
    console.log(`version ${shown}`);
  }
}

setInterval(() => void tick().catch((error: unknown) => console.error(error)), 20);
process.on("SIGTERM", () => process.exit(0));
