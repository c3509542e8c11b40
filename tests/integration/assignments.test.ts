import { createTestDb, type TestDb } from "@/tests/support/test-database";
import { jsonRequest } from "@/tests/support/requests";
import { finishedAttempt, joinAs, newClass, teacherToken } from "@/tests/support/classrooms";
import { GET as listAssignments, POST as createAssignmentRoute } from "@/app/api/classes/[id]/assignments/route";
import { GET as oneAssignment } from "@/app/api/classes/[id]/assignments/[assignmentId]/route";
import { POST as editRoute } from "@/app/api/classes/[id]/assignments/[assignmentId]/edit/route";
import { POST as withdrawRoute } from "@/app/api/classes/[id]/assignments/[assignmentId]/withdraw/route";
import { POST as removeStudent } from "@/app/api/classes/[id]/students/[enrollmentId]/remove/route";
import { GET as myAssignments } from "@/app/api/me/assignments/route";
import { GET as responsesCsv } from "@/app/[locale]/teacher/classes/[id]/responses.csv/route";
import { createAssignment } from "@/lib/assignments/assignments";
import { fetchHeatMap } from "@/lib/reports/heat-map";
import { hashToken } from "@/lib/accounts/sessions";
import { syncContent } from "@/lib/content/sync";
import { contentUnits as getUnits } from "@/tests/support/content";

// The assignment rules end to end through the route handlers, on SQLite and (with
// TEST_DATABASE_URL) PostgreSQL: which attempts count, and how the class's counts come out.

const UNIT = "northern-kosovo-2023";
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

let t: TestDb;
let teacher: string;
let teacherId: string;
let otherTeacher: string;
let classA: { id: string; joinCode: string };

beforeAll(async () => {
  t = await createTestDb();
  await syncContent(t.db, getUnits());
  teacher = await teacherToken("assigner@example.org", "Ms Assigner");
  otherTeacher = await teacherToken("other@example.org", "Mr Other");
  teacherId = (await t.db.session.findFirstOrThrow({ where: { tokenHash: hashToken(teacher) } })).userId;
  classA = await newClass(teacher, "History 9B");
});
afterAll(() => t.cleanup());

const classParams = () => ({ params: Promise.resolve({ id: classA.id }) });
const assignmentParams = (assignmentId: string) => ({ params: Promise.resolve({ id: classA.id, assignmentId }) });
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

function post(token: string | undefined, body: unknown) {
  return createAssignmentRoute(
    jsonRequest(`/api/classes/${classA.id}/assignments`, { cookie: token, body }),
    classParams(),
  );
}

function form(path: string, token: string, fields: Record<string, string>): Request {
  return new Request(new URL(path, "http://localhost:3000"), {
    method: "POST",
    headers: {
      host: "localhost:3000",
      origin: "http://localhost:3000",
      "content-type": "application/x-www-form-urlencoded",
      cookie: `eventline_session=${token}`,
    },
    body: new URLSearchParams(fields).toString(),
  });
}

type Listed = { id: string; unit: string; mode: string; dueAt: string; counts: Record<string, number> };

async function listed(): Promise<Listed[]> {
  const res = await listAssignments(
    jsonRequest(`/api/classes/${classA.id}/assignments`, { cookie: teacher }),
    classParams(),
  );
  expect(res.status).toBe(200);
  return ((await res.json()) as { assignments: Listed[] }).assignments;
}

async function mine(
  token: string,
): Promise<{ id: string; status: string; dueAt: string; unit: string; mode: string }[]> {
  const res = await myAssignments(jsonRequest("/api/me/assignments", { cookie: token }));
  expect(res.status).toBe(200);
  return (
    (await res.json()) as { assignments: { id: string; status: string; dueAt: string; unit: string; mode: string }[] }
  ).assignments;
}

async function clearAssignments() {
  await t.db.assignment.updateMany({
    where: { classroomId: classA.id, withdrawnAt: null },
    data: { withdrawnAt: new Date() },
  });
}

describe("creating an assignment", () => {
  it("answers 201 with the assignment, and the class lists it with everyone not started", async () => {
    await clearAssignments();
    await joinAs(classA.joinCode, "Ana");
    const dueAt = inDays(3);
    const res = await post(teacher, { unit: UNIT, mode: "unit", dueAt });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; unit: string; mode: string; dueAt: string };
    expect(body).toMatchObject({ unit: UNIT, mode: "unit", dueAt: new Date(dueAt).toISOString() });
    expect(body.id).toMatch(/^[a-z0-9]+$/);
    const list = await listed();
    expect(list.map((a) => a.id)).toEqual([body.id]);
    const roster = await t.db.enrollment.count({ where: { classroomId: classA.id, removedAt: null } });
    expect(list[0]!.counts).toEqual({ notStarted: roster, inProgress: 0, submitted: 0, late: 0 });
  });

  it("reads a wall-clock due time in the teacher's time zone", async () => {
    const next = new Date(Date.now() + 30 * DAY);
    const local = `${next.toISOString().slice(0, 10)}T14:00`;
    const res = await post(teacher, { unit: UNIT, mode: "faq", dueAt: local, timeZone: "Asia/Tokyo" });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { dueAt: string; timeZone: string };
    expect(body.dueAt).toBe(`${next.toISOString().slice(0, 10)}T05:00:00.000Z`);
    expect(body.timeZone).toBe("Asia/Tokyo");
  });

  it.each([
    ["an unreadable date", { unit: UNIT, mode: "unit", dueAt: "next Friday" }, "dueAt"],
    ["an impossible date", { unit: UNIT, mode: "unit", dueAt: "2031-02-31T10:00" }, "dueAt"],
    ["a due date in the past", { unit: UNIT, mode: "unit", dueAt: "2020-01-01T10:00:00Z" }, "dueAt"],
    ["an unknown unit", { unit: "no-such-unit", mode: "unit", dueAt: inDays(2) }, "unit"],
    ["an opening after the due time", { unit: UNIT, mode: "unit", dueAt: inDays(2), opensAt: inDays(3) }, "opensAt"],
    ["an unknown time zone", { unit: UNIT, mode: "unit", dueAt: inDays(2), timeZone: "Mars/Olympus" }, "timeZone"],
  ])("refuses %s with 422 naming the field, and creates nothing", async (_name, body, field) => {
    const before = await t.db.assignment.count();
    const res = await post(teacher, body);
    expect(res.status).toBe(422);
    const json = (await res.json()) as { error: string; issues: { path: string }[] };
    expect(json.issues.map((i) => i.path)).toContain(field);
    // The field is named in words a person reads too, not only in the issue's path.
    expect(`${json.error} ${json.issues.map((i) => (i as { message?: string }).message).join(" ")}`).toMatch(
      new RegExp(`\\b${field}\\b`),
    );
    expect(await t.db.assignment.count()).toBe(before);
  });

  it("is refused to another teacher (404), a student (403) and an anonymous visitor (401)", async () => {
    const student = await joinAs(classA.joinCode, "Nosy");
    const before = await t.db.assignment.count();
    expect((await post(otherTeacher, { unit: UNIT, mode: "unit", dueAt: inDays(1) })).status).toBe(404);
    expect((await post(student.token, { unit: UNIT, mode: "unit", dueAt: inDays(1) })).status).toBe(403);
    expect((await post(undefined, { unit: UNIT, mode: "unit", dueAt: inDays(1) })).status).toBe(401);
    expect(await t.db.assignment.count()).toBe(before);
    await removeStudent(jsonRequest("/x", { cookie: teacher, body: {} }), {
      params: Promise.resolve({ id: classA.id, enrollmentId: student.enrollmentId }),
    });
  });

  it("works from an HTML form: success goes to the assignment's page, a problem back to the form naming the field", async () => {
    const path = `/api/classes/${classA.id}/assignments`;
    const local = inDays(5).slice(0, 16);
    const ok = await createAssignmentRoute(
      form(path, teacher, { unit: UNIT, mode: "faq", dueAt: local, opensAt: "", timeZone: "Europe/Belgrade" }),
      classParams(),
    );
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toMatch(new RegExp(`^/teacher/classes/${classA.id}/assignments/[a-z0-9]+$`));

    const before = await t.db.assignment.count();
    const past = await createAssignmentRoute(
      form(path, teacher, { unit: UNIT, mode: "faq", dueAt: "2020-01-01T10:00", timeZone: "UTC" }),
      classParams(),
    );
    expect(past.headers.get("location")).toBe(`/teacher/classes/${classA.id}?error=due-in-past`);
    const unreadable = await createAssignmentRoute(
      form(path, teacher, { unit: UNIT, mode: "faq", dueAt: "soon" }),
      classParams(),
    );
    expect(unreadable.headers.get("location")).toBe(`/teacher/classes/${classA.id}?error=dueAt`);
    const unknown = await createAssignmentRoute(
      form(path, teacher, { unit: "atlantis", mode: "faq", dueAt: local }),
      classParams(),
    );
    expect(unknown.headers.get("location")).toBe(`/teacher/classes/${classA.id}?error=unknown-unit`);
    expect(await t.db.assignment.count()).toBe(before);
  });
});

describe("which attempts count", () => {
  it("on time, late, in progress, not started, started before the assignment, removed student, withdrawn", async () => {
    await clearAssignments();
    const onTime = await joinAs(classA.joinCode, "On Time");
    const late = await joinAs(classA.joinCode, "Late");
    const working = await joinAs(classA.joinCode, "Working");
    const early = await joinAs(classA.joinCode, "Early Bird");
    const removed = await joinAs(classA.joinCode, "Removed");
    const otherMode = await joinAs(classA.joinCode, "Other Mode");

    // Work done before the assignment existed never counts.
    await finishedAttempt(t.db, early.userId, UNIT, [{ question: "faq-cause", choice: "x", correct: true }], {
      finishedAt: new Date(Date.now() - 3 * DAY),
    });

    // Made two days ago, due one hour ago: a late hand-in is possible to set up honestly.
    const created = await createAssignment(
      t.db,
      teacherId,
      classA.id,
      { unit: UNIT, mode: "unit", dueAt: new Date(Date.now() - HOUR), opensAt: null, timeZone: "UTC" },
      new Date(Date.now() - 2 * DAY),
    );
    if (!created.ok) throw new Error(created.reason);
    const id = created.assignment.id;

    await finishedAttempt(t.db, onTime.userId, UNIT, [{ question: "faq-cause", choice: "x", correct: true }], {
      finishedAt: new Date(Date.now() - 2 * HOUR),
    });
    await finishedAttempt(t.db, late.userId, UNIT, [{ question: "faq-cause", choice: "x", correct: false }], {
      finishedAt: new Date(Date.now() - 10 * 60_000),
    });
    await finishedAttempt(t.db, otherMode.userId, UNIT, [{ question: "faq-cause", choice: "x", correct: true }], {
      mode: "faq",
      finishedAt: new Date(Date.now() - 2 * HOUR),
    });
    await finishedAttempt(t.db, removed.userId, UNIT, [{ question: "faq-cause", choice: "x", correct: true }], {
      finishedAt: new Date(Date.now() - 2 * HOUR),
    });
    await t.db.attempt.create({
      data: {
        userId: working.userId,
        unitId: UNIT,
        unitVersionId: `${UNIT}@1`,
        mode: "unit",
        seed: "t",
        plan: "[]",
        questionCount: 10,
        answeredCount: 4,
        startedAt: new Date(Date.now() - DAY),
      },
    });
    await removeStudent(jsonRequest("/x", { cookie: teacher, body: {} }), {
      params: Promise.resolve({ id: classA.id, enrollmentId: removed.enrollmentId }),
    });

    const res = await oneAssignment(
      jsonRequest(`/api/classes/${classA.id}/assignments/${id}`, { cookie: teacher }),
      assignmentParams(id),
    );
    expect(res.status).toBe(200);
    const detail = (await res.json()) as {
      students: { displayName: string; status: string; answered: number | null }[];
      counts: Record<string, number>;
    };
    const state = Object.fromEntries(detail.students.map((s) => [s.displayName, s.status]));
    expect(state).toMatchObject({
      "On Time": "submitted",
      Late: "late",
      Working: "in-progress",
      "Early Bird": "not-started",
      "Other Mode": "not-started",
    });
    expect(state).not.toHaveProperty("Removed");
    expect(detail.students.find((s) => s.displayName === "Working")?.answered).toBe(4);

    const roster = await t.db.enrollment.count({ where: { classroomId: classA.id, removedAt: null } });
    const counts = (await listed()).find((a) => a.id === id)!.counts;
    expect(counts).toEqual({ submitted: 1, late: 1, inProgress: 1, notStarted: roster - 3 });
    expect(detail.counts).toEqual(counts);

    expect((await mine(onTime.token)).find((a) => a.id === id)?.status).toBe("submitted");
    expect((await mine(late.token)).find((a) => a.id === id)?.status).toBe("late");
    expect((await mine(working.token)).find((a) => a.id === id)?.status).toBe("in-progress");
    expect((await mine(early.token)).find((a) => a.id === id)?.status).toBe("not-started");
    expect(await mine(removed.token)).toEqual([]);

    // The heat map: each student's best answer per question in the attempts that count.
    const map = (await fetchHeatMap(t.db, classA.id, id, "difficulty"))!;
    expect(map.questions[0]).toMatchObject({ slug: "faq-cause", answered: 2, right: 1, shareRight: 0.5 });
    const cell = (name: string) => map.students.find((s) => s.displayName === name)!.cells[0];
    expect([cell("On Time"), cell("Late"), cell("Early Bird"), cell("Working"), cell("Other Mode")]).toEqual([
      "right",
      "wrong",
      "not-yet",
      "not-yet",
      "not-yet",
    ]);
    expect(map.students.some((s) => s.displayName === "Removed")).toBe(false);
    expect(await fetchHeatMap(t.db, classA.id, "nosuchassignment1")).toBeNull();

    // The answers export names the assignment an attempt counts for, and can keep to one assignment.
    const csv = async (query: string) =>
      new TextDecoder()
        .decode(await (await responsesCsv(jsonRequest(`/x${query}`, { cookie: teacher }), classParams())).arrayBuffer())
        .split("\r\n");
    const all = await csv("");
    expect(all.find((l) => l.startsWith("On Time,"))).toContain("Northern Kosovo");
    expect(all.find((l) => l.startsWith("Early Bird,"))!.split(",")[1]).toBe("");
    const only = await csv(`?assignment=${id}`);
    expect(only.filter((l) => /^(On Time|Late),/.test(l))).toHaveLength(2);
    expect(only.some((l) => /^(Early Bird|Other Mode|Removed),/.test(l))).toBe(false);

    // A student who handed in on time and practises again is still "submitted".
    await t.db.attempt.create({
      data: {
        userId: onTime.userId,
        unitId: UNIT,
        unitVersionId: `${UNIT}@1`,
        mode: "unit",
        seed: "t",
        plan: "[]",
        questionCount: 10,
      },
    });
    expect((await mine(onTime.token)).find((a) => a.id === id)?.status).toBe("submitted");

    const withdrawn = await withdrawRoute(jsonRequest("/x", { cookie: teacher, body: {} }), assignmentParams(id));
    expect(withdrawn.status).toBe(200);
    expect((await listed()).map((a) => a.id)).not.toContain(id);
    expect(await mine(onTime.token)).toEqual([]);
    expect((await withdrawRoute(jsonRequest("/x", { cookie: teacher, body: {} }), assignmentParams(id))).status).toBe(
      404,
    );
  });

  it("an assignment that opens later is not shown to students yet, and attempts before it opens do not count", async () => {
    await clearAssignments();
    const student = await joinAs(classA.joinCode, "Patient");
    const res = await post(teacher, { unit: UNIT, mode: "faq", dueAt: inDays(4), opensAt: inDays(1) });
    expect(res.status).toBe(201);
    expect(await mine(student.token)).toEqual([]);
    const { id } = (await res.json()) as { id: string };
    await finishedAttempt(t.db, student.userId, UNIT, [{ question: "faq-cause", choice: "x", correct: true }], {
      mode: "faq",
    });
    expect((await listed()).find((a) => a.id === id)?.counts.submitted).toBe(0);
  });
});

describe("editing", () => {
  it("moves the due time, and refuses a past one or another teacher", async () => {
    await clearAssignments();
    const created = (await (await post(teacher, { unit: UNIT, mode: "unit", dueAt: inDays(2) })).json()) as {
      id: string;
    };
    const newDue = inDays(6);
    const edit = (token: string, body: unknown) =>
      editRoute(jsonRequest("/x", { cookie: token, body }), assignmentParams(created.id));
    const ok = await edit(teacher, { dueAt: newDue });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { dueAt: string }).dueAt).toBe(new Date(newDue).toISOString());
    const past = await edit(teacher, { dueAt: "2001-01-01T00:00:00Z" });
    expect(past.status).toBe(422);
    expect(((await past.json()) as { error: string }).error).toContain("dueAt");
    expect((await edit(otherTeacher, { dueAt: inDays(9) })).status).toBe(404);
    const stored = await t.db.assignment.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.dueAt.toISOString()).toBe(new Date(newDue).toISOString());
  });
});

describe("GET /api/me/assignments", () => {
  it("is for signed-in students: anonymous 401, a teacher 403", async () => {
    expect((await myAssignments(jsonRequest("/api/me/assignments"))).status).toBe(401);
    expect((await myAssignments(jsonRequest("/api/me/assignments", { cookie: teacher }))).status).toBe(403);
  });

  it("lists the soonest due first, with the unit, mode and due time", async () => {
    await clearAssignments();
    const student = await joinAs(classA.joinCode, "Sorted");
    const later = (await (await post(teacher, { unit: UNIT, mode: "unit", dueAt: inDays(7) })).json()) as {
      id: string;
    };
    const sooner = (await (await post(teacher, { unit: UNIT, mode: "faq", dueAt: inDays(1) })).json()) as {
      id: string;
    };
    const list = await mine(student.token);
    expect(list.map((a) => a.id)).toEqual([sooner.id, later.id]);
    expect(list[0]).toMatchObject({ unit: UNIT, mode: "faq", status: "not-started" });
  });
});
