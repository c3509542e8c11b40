import { jsonRequest } from "@/tests/support/requests";
import { createTestDb, type TestDb } from "@/tests/support/test-database";
import { finishedAttempt, joinAs, newClass, teacherToken } from "@/tests/support/classrooms";
import { GET as listClasses, POST as createClass } from "@/app/api/classes/route";
import { POST as renameClass } from "@/app/api/classes/[id]/rename/route";
import { POST as archiveClass } from "@/app/api/classes/[id]/archive/route";
import { POST as regenerateCode } from "@/app/api/classes/[id]/join-code/route";
import { GET as scores } from "@/app/api/classes/[id]/scores/route";
import { GET as items } from "@/app/api/classes/[id]/items/route";
import { POST as renameStudent } from "@/app/api/classes/[id]/students/[enrollmentId]/rename/route";
import { POST as removeStudent } from "@/app/api/classes/[id]/students/[enrollmentId]/remove/route";
import { GET as scoresCsv } from "@/app/[locale]/teacher/classes/[id]/scores.csv/route";
import { POST as createLive } from "@/app/api/live/route";
import { POST as joinLive } from "@/app/api/live/[id]/join/route";
import { GET as streamLive } from "@/app/api/live/[id]/stream/route";
import { POST as nextLive } from "@/app/api/live/[id]/next/route";
import { POST as revealLive } from "@/app/api/live/[id]/reveal/route";
import { POST as endLive } from "@/app/api/live/[id]/end/route";
import { POST as answerLive } from "@/app/api/live/[id]/answers/route";
import { joinLiveAs, startLive } from "@/tests/support/live";
import { liveHub } from "@/lib/live/hub";
import { GET as listAssignments, POST as createAssignment } from "@/app/api/classes/[id]/assignments/route";
import { GET as oneAssignment } from "@/app/api/classes/[id]/assignments/[assignmentId]/route";
import { POST as editAssignment } from "@/app/api/classes/[id]/assignments/[assignmentId]/edit/route";
import { POST as withdrawAssignment } from "@/app/api/classes/[id]/assignments/[assignmentId]/withdraw/route";
import { GET as myAssignments } from "@/app/api/me/assignments/route";
import { GET as responsesCsv } from "@/app/[locale]/teacher/classes/[id]/responses.csv/route";
import { syncContent } from "@/lib/content/sync";
import { contentUnits as getUnits } from "@/tests/support/content";

// Every teacher and class route handler × every kind of caller. Class A belongs to teacher A and
// has student A (and a "Target" student the roster routes act on); class B belongs to teacher B
// and has student B. Callers other than teacher A must get the status below and change nothing.

type Actor = "anonymous" | "studentA" | "studentB" | "teacherB" | "teacherA";
const ACTORS: Actor[] = ["anonymous", "studentA", "studentB", "teacherB", "teacherA"];
const UNIT = "northern-kosovo-2023";

let t: TestDb;
const tokens: Partial<Record<Actor, string>> = {};
let classA: { id: string; joinCode: string; name: string };
let targetEnrollment: string;
let studentBEnrollment: string;
let assignmentA: string;
let withdrawTarget: string;
const DUE = new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString();

beforeAll(async () => {
  t = await createTestDb();
  await syncContent(t.db, getUnits());
  tokens.teacherA = await teacherToken("a@example.org", "Teacher A");
  tokens.teacherB = await teacherToken("b@example.org", "Teacher B");
  classA = { ...(await newClass(tokens.teacherA, "Secret class A")), name: "Secret class A" };
  const classB = await newClass(tokens.teacherB, "Class B");
  const a = await joinAs(classA.joinCode, "Student A");
  const b = await joinAs(classB.joinCode, "Student B");
  tokens.studentA = a.token;
  tokens.studentB = b.token;
  studentBEnrollment = b.enrollmentId;
  const target = await joinAs(classA.joinCode, "Target");
  targetEnrollment = target.enrollmentId;
  await finishedAttempt(t.db, target.userId, UNIT, [
    { question: "faq-cause", choice: "protest-at-town-hall", correct: false },
  ]);
  const assign = async () => {
    const res = await createAssignment(
      req(`/api/classes/${classA.id}/assignments`, tokens.teacherA, { unit: UNIT, mode: "unit", dueAt: DUE }),
      classParams(),
    );
    return ((await res.json()) as { id: string }).id;
  };
  assignmentA = await assign();
  withdrawTarget = await assign();
});
afterAll(async () => {
  await liveHub().bus.close();
  await t.cleanup();
});

type Route = {
  name: string;
  call: (token: string | undefined) => Promise<Response>;
  owner: number;
};
const classParams = () => ({ params: Promise.resolve({ id: classA.id }) });
const assignmentParams = (id: () => string) => () => ({
  params: Promise.resolve({ id: classA.id, assignmentId: id() }),
});
const studentParams = () => ({ params: Promise.resolve({ id: classA.id, enrollmentId: targetEnrollment }) });
const req = (url: string, token: string | undefined, body?: unknown) =>
  jsonRequest(url, { cookie: token, body, method: body ? "POST" : "GET" });

const routes: Route[] = [
  {
    name: "GET /api/classes/[id]/scores",
    owner: 200,
    call: (tk) => scores(req(`/api/classes/${classA.id}/scores`, tk), classParams()),
  },
  {
    name: "GET /api/classes/[id]/items",
    owner: 200,
    call: (tk) => items(req(`/api/classes/${classA.id}/items?unit=${UNIT}`, tk), classParams()),
  },
  {
    name: "GET /teacher/classes/[id]/scores.csv",
    owner: 200,
    call: (tk) => scoresCsv(req(`/teacher/classes/${classA.id}/scores.csv`, tk), classParams()),
  },
  {
    name: "POST /api/classes/[id]/rename",
    owner: 200,
    call: (tk) => renameClass(req("/x", tk, { name: "Secret class A" }), classParams()),
  },
  {
    name: "POST /api/classes/[id]/join-code",
    owner: 200,
    call: (tk) => regenerateCode(req("/x", tk, {}), classParams()),
  },
  {
    name: "POST /api/classes/[id]/archive",
    owner: 200,
    call: (tk) => archiveClass(req("/x", tk, { archived: false }), classParams()),
  },
  {
    name: "POST /api/classes/[id]/students/[enrollmentId]/rename",
    owner: 200,
    call: (tk) => renameStudent(req("/x", tk, { displayName: "Target" }), studentParams()),
  },
  {
    name: "GET /teacher/classes/[id]/responses.csv",
    owner: 200,
    call: (tk) => responsesCsv(req(`/teacher/classes/${classA.id}/responses.csv`, tk), classParams()),
  },
  {
    name: "GET /api/classes/[id]/assignments",
    owner: 200,
    call: (tk) => listAssignments(req(`/api/classes/${classA.id}/assignments`, tk), classParams()),
  },
  {
    name: "POST /api/classes/[id]/assignments",
    owner: 201,
    call: (tk) => createAssignment(req("/x", tk, { unit: UNIT, mode: "faq", dueAt: DUE }), classParams()),
  },
  {
    name: "GET /api/classes/[id]/assignments/[assignmentId]",
    owner: 200,
    call: (tk) => oneAssignment(req("/x", tk), assignmentParams(() => assignmentA)()),
  },
  {
    name: "POST /api/classes/[id]/assignments/[assignmentId]/edit",
    owner: 200,
    call: (tk) => editAssignment(req("/x", tk, { dueAt: DUE }), assignmentParams(() => assignmentA)()),
  },
  {
    name: "POST /api/classes/[id]/students/[enrollmentId]/remove",
    owner: 200,
    call: (tk) => removeStudent(req("/x", tk, {}), studentParams()),
  },
  {
    name: "POST /api/classes/[id]/assignments/[assignmentId]/withdraw",
    owner: 200,
    call: (tk) => withdrawAssignment(req("/x", tk, {}), assignmentParams(() => withdrawTarget)()),
  },
];

const expected = (actor: Actor, owner: number) =>
  ({ anonymous: 401, studentA: 403, studentB: 403, teacherB: 404, teacherA: owner })[actor];

async function snapshot() {
  const c = await t.db.classroom.findUniqueOrThrow({ where: { id: classA.id } });
  const e = await t.db.enrollment.findUniqueOrThrow({ where: { id: targetEnrollment } });
  const assignments = await t.db.assignment.findMany({
    where: { classroomId: classA.id },
    orderBy: { id: "asc" },
    select: { id: true, dueAt: true, opensAt: true, withdrawnAt: true },
  });
  return {
    name: c.name,
    code: c.joinCode,
    archivedAt: c.archivedAt,
    student: e.displayName,
    removedAt: e.removedAt,
    assignments,
  };
}

describe.each(routes)("$name", (route) => {
  it.each(ACTORS)("as %s", async (actor) => {
    const before = await snapshot();
    const res = await route.call(tokens[actor]);
    expect(res.status).toBe(expected(actor, route.owner));
    const body = await res.text();
    if (actor !== "teacherA") {
      expect(body).not.toContain("Secret class A");
      expect(body).not.toContain("Target");
      expect(body).not.toContain(classA.joinCode);
      expect(await snapshot()).toEqual(before);
    }
  });
});

describe("listing and creating classes", () => {
  it.each(ACTORS)("GET /api/classes as %s shows only the caller's own classes", async (actor) => {
    const res = await listClasses(req("/api/classes", tokens[actor]));
    expect(res.status).toBe(actor === "teacherB" ? 200 : expected(actor, 200));
    const body = await res.text();
    if (actor === "teacherA") expect(body).toContain("Secret class A");
    else expect(body).not.toContain("Secret class A");
  });

  it.each(ACTORS)("POST /api/classes as %s", async (actor) => {
    const before = await t.db.classroom.count();
    const res = await createClass(req("/api/classes", tokens[actor], { name: `By ${actor}` }));
    expect(res.status).toBe(actor === "teacherB" ? 201 : expected(actor, 201));
    expect(await t.db.classroom.count()).toBe(before + (actor === "teacherA" || actor === "teacherB" ? 1 : 0));
  });
});

describe("a student's own assignments", () => {
  it.each(ACTORS)("GET /api/me/assignments as %s", async (actor) => {
    const res = await myAssignments(req("/api/me/assignments", tokens[actor]));
    const status = { anonymous: 401, studentA: 200, studentB: 200, teacherA: 403, teacherB: 403 }[actor];
    expect(res.status).toBe(status);
    const body = await res.text();
    if (actor === "studentA") expect(body).toContain(assignmentA);
    else expect(body).not.toContain(assignmentA);
  });
});

describe("no cross-class access through a teacher's own class id", () => {
  it("teacher A cannot act on class B's student through class A", async () => {
    const params = { params: Promise.resolve({ id: classA.id, enrollmentId: studentBEnrollment }) };
    expect((await renameStudent(req("/x", tokens.teacherA, { displayName: "X" }), params)).status).toBe(404);
    expect((await removeStudent(req("/x", tokens.teacherA, {}), params)).status).toBe(404);
    const e = await t.db.enrollment.findUniqueOrThrow({ where: { id: studentBEnrollment } });
    expect(e).toMatchObject({ displayName: "Student B", removedAt: null });
  });

  it("a malformed class id is a 404, and a cross-site POST a 403", async () => {
    const bad = { params: Promise.resolve({ id: "../../etc" }) };
    expect((await scores(req("/x", tokens.teacherA), bad)).status).toBe(404);
    const crossSite = jsonRequest("/x", {
      cookie: tokens.teacherA,
      body: { name: "Pwned" },
      origin: "https://evil.example",
    });
    expect((await renameClass(crossSite, classParams())).status).toBe(403);
    expect((await t.db.classroom.findUniqueOrThrow({ where: { id: classA.id } })).name).toBe("Secret class A");
  });

  it("an HTML form from an anonymous visitor is sent to sign in, and from a student to /teacher", async () => {
    const form = (token?: string) =>
      new Request("http://localhost:3000/x", {
        method: "POST",
        headers: {
          host: "localhost:3000",
          "content-type": "application/x-www-form-urlencoded",
          ...(token ? { cookie: `eventline_session=${token}` } : {}),
        },
        body: "name=Pwned",
      });
    const anon = await renameClass(form(), classParams());
    expect(anon.status).toBe(303);
    expect(anon.headers.get("location")).toBe(`/signin?next=${encodeURIComponent(`/teacher/classes/${classA.id}`)}`);
    const student = await renameClass(form(tokens.studentA), classParams());
    expect(student.headers.get("location")).toBe("/teacher");
    expect((await t.db.classroom.findUniqueOrThrow({ where: { id: classA.id } })).name).toBe("Secret class A");
  });
});

// The live session routes: the session belongs to teacher A's class A; "seated" is a device that
// joined it. Steps are the session's teacher's only; the stream is for its teacher and its seated
// devices; an answer is a seated device's only. Routes run in this order, teacher A last in each,
// so that next, answer, reveal and end each find the session in a state where they succeed.
describe("live session routes", () => {
  type LiveActor = Actor | "seated";
  const LIVE_ACTORS: LiveActor[] = ["anonymous", "studentA", "studentB", "teacherB", "seated", "teacherA"];
  let live: { id: string; code: string };
  let seated: string;
  let currentQuestion = "";
  const liveParams = (id: string) => ({ params: Promise.resolve({ id }) });
  const token = (actor: LiveActor) => (actor === "seated" ? seated : tokens[actor]);

  beforeAll(async () => {
    live = await startLive(tokens.teacherA!, { classId: classA.id, unit: UNIT, mode: "faq" });
    seated = (await joinLiveAs(live.code, "Seated Sam")).token;
  });

  async function liveSnapshot() {
    const s = await t.db.liveSession.findUniqueOrThrow({ where: { id: live.id } });
    const seats = await t.db.liveParticipant.count({ where: { sessionId: live.id } });
    const answers = await t.db.response.count({ where: { attempt: { liveSeat: { sessionId: live.id } } } });
    return { status: s.status, index: s.questionIndex, version: s.version, seats, answers };
  }

  type LiveRoute = {
    name: string;
    expected: Record<LiveActor, number>;
    call: (tk: string | undefined) => Promise<Response>;
  };
  const step = (route: typeof nextLive, name: string) => (tk: string | undefined) =>
    route(req(`/api/live/${live.id}/${name}`, tk, {}), liveParams(live.id));
  const teacherOnly = { anonymous: 401, studentA: 403, studentB: 403, teacherB: 404, seated: 403, teacherA: 200 };
  const liveRoutes: LiveRoute[] = [
    {
      name: "GET /api/live/[id]/stream",
      expected: { anonymous: 401, studentA: 404, studentB: 404, teacherB: 404, seated: 200, teacherA: 200 },
      call: (tk) => streamLive(req(`/api/live/${live.id}/stream`, tk), liveParams(live.id)),
    },
    { name: "POST /api/live/[id]/next", expected: teacherOnly, call: step(nextLive, "next") },
    {
      name: "POST /api/live/[id]/answers",
      expected: { anonymous: 401, studentA: 403, studentB: 403, teacherB: 403, seated: 201, teacherA: 403 },
      call: async (tk) => {
        if (!currentQuestion) {
          const row = await t.db.liveSession.findUniqueOrThrow({ where: { id: live.id } });
          currentQuestion = (JSON.parse(row.plan) as { question: string }[])[row.questionIndex]!.question;
        }
        return answerLive(
          req(`/api/live/${live.id}/answers`, tk, { questionId: currentQuestion, answer: "protest-at-town-hall" }),
          liveParams(live.id),
        );
      },
    },
    { name: "POST /api/live/[id]/reveal", expected: teacherOnly, call: step(revealLive, "reveal") },
    { name: "POST /api/live/[id]/end", expected: teacherOnly, call: step(endLive, "end") },
  ];

  describe.each(liveRoutes)("$name", (route) => {
    it.each(LIVE_ACTORS)("as %s", async (actor) => {
      const before = await liveSnapshot();
      const res = await route.call(token(actor));
      expect(res.status).toBe(route.expected[actor]);
      if (res.headers.get("content-type")?.startsWith("text/event-stream")) {
        // Read the first message (the current state) and hang up.
        const reader = res.body!.getReader();
        const first = new TextDecoder().decode((await reader.read()).value);
        await reader.cancel();
        expect(first).not.toContain("Secret class A");
      } else {
        const body = await res.text();
        expect(body).not.toContain("Secret class A");
        expect(body).not.toContain(live.code);
      }
      if (res.status >= 400) expect(await liveSnapshot()).toEqual(before);
    });
  });

  it.each(LIVE_ACTORS)("POST /api/live as %s starts a session only for a teacher's own class", async (actor) => {
    const before = await t.db.liveSession.count();
    const res = await createLive(req("/api/live", token(actor), { classId: classA.id, unit: UNIT, mode: "faq" }));
    const expected = { anonymous: 401, studentA: 403, studentB: 403, teacherB: 404, seated: 401, teacherA: 201 }[actor];
    expect(res.status).toBe(expected);
    expect(await t.db.liveSession.count()).toBe(before + (expected === 201 ? 1 : 0));
  });

  it("teachers cannot take a seat, and an unknown code seats nobody", async () => {
    const open = await startLive(tokens.teacherA!);
    for (const actor of ["teacherA", "teacherB"] as const) {
      const res = await joinLive(req(`/api/live/${open.code}/join`, tokens[actor], {}), liveParams(open.code));
      expect(res.status).toBe(403);
    }
    const unknown = await joinLive(
      req("/api/live/QQQQQQ/join", undefined, { displayName: "Mallory" }),
      liveParams("QQQQQQ"),
    );
    expect(unknown.status).toBe(404);
    expect(await t.db.liveParticipant.count({ where: { sessionId: open.id } })).toBe(0);
  });
});
