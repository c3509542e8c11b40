// Brings the database up to date: migrations, then the content of content/, then (on an empty
// embedded database) the demo teacher and class. Used by `npm start`, `npm run dev` and the tests.
import { createDb } from "@/lib/db";
import { env } from "@/lib/env";
import { migrate } from "@/prisma/tooling/migrate";
import { formatProblems, loadContent } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { findDemo, seedDemo } from "@/lib/classrooms/demo";

export async function prepareDatabase(options: { quiet?: boolean } = {}) {
  const log = options.quiet ? () => {} : (line: string) => console.log(line);
  const config = env();
  const content = loadContent();
  if (content.problems.length > 0) {
    throw new Error(`The content in content/ is invalid; fix it and start again:\n${formatProblems(content.problems)}`);
  }
  const applied = await migrate(config.databaseUrl);
  log(
    `database (${config.databaseKind}): ${applied.length ? `applied ${applied.join(", ")}` : "migrations up to date"}`,
  );
  const database = createDb(config.databaseUrl);
  try {
    const sync = await syncContent(database, content.units);
    log(`content: ${content.units.length} unit(s), ${sync.unitsChanged} loaded, ${sync.unitsUnchanged} unchanged`);
    let demo = null;
    if (config.databaseKind === "sqlite" && config.SEED_DEMO === "1") {
      demo = (await seedDemo(database)) ?? (await findDemo(database));
    }
    return { demo };
  } finally {
    await database.$disconnect();
  }
}

if (require.main === module) {
  prepareDatabase().then(
    ({ demo }) => {
      if (demo) console.log(`demo teacher: ${demo.email} / ${demo.password}; demo class join code: ${demo.joinCode}`);
    },
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
