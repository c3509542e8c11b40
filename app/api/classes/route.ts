import { createClass, listClasses } from "@/lib/classrooms/classrooms";
import { createClassSchema } from "@/lib/classrooms/schemas";
import { db } from "@/lib/db";
import { teacherRoute } from "@/lib/http/handler";
import { reply } from "@/lib/http/respond";
import { routes } from "@/lib/routes";

export const GET = teacherRoute({
  async run({ teacher }) {
    return reply.json({ classes: await listClasses(db(), teacher.id) });
  },
});

export const POST = teacherRoute({
  body: createClassSchema,
  back: routes.teacher(),
  async run({ teacher, body }) {
    const created = await createClass(db(), teacher.id, body.name);
    return reply.done(created, routes.teacherClass(created.id), 201);
  },
});
