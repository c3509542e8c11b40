import { jsonRequest, sessionTokenFrom } from "@/tests/support/requests";
import { createTestDb, type TestDb } from "@/tests/support/test-database";
import { finishedAttempt, joinAs, newClass, teacherToken } from "@/tests/support/classrooms";
import { GET as listClasses } from "@/app/api/classes/route";
import { POST as join } from "@/app/api/classes/join/route";
import { POST as rename } from "@/app/api/classes/[id]/rename/route";
import { POST as archive } from "@/app/api/classes/[id]/archive/route";
import { POST as regenerate } from "@/app/api/classes/[id]/join-code/route";
import { POST as renameStudent } from "@/app/api/classes/[id]/students/[enrollmentId]/rename/route";
import { POST as removeStudent } from "@/app/api/classes/[id]/students/[enrollmentId]/remove/route";
import { GET as scores } from "@/app/api/classes/[id]/scores/route";
import { POST as startAttempt } from "@/app/api/attempts/route";
import { hashToken } from "@/lib/accounts/sessions";
import { syncContent } from "@/lib/content/sync";
import { contentUnits as getUnits } from "@/tests/support/content";
import type { ScoreTable } from "@/lib/reports/score-table";

let t: TestDb;
let teacher: string;
let cls: { id: string; joinCode: string };
const UNIT = "northern-kosovo-2023";
function p(id: string): { params: Promise<{ id: string }> };
function p(id: string, enrollmentId: string): { params: Promise<{ id: string; enrollmentId: string }> };
function p(id: string, enrollmentId?: string) {
  return { params: Promise.resolve(enrollmentId ? { id, enrollmentId } : { id }) };
}

beforeAll(async () => {
  t = await createTestDb();
  await syncContent(t.db, getUnits());
  teacher = await teacherToken("t@example.org");
  cls = await newClass(teacher, "Civics 10B");
});
afterAll(() => t.cleanup());

describe("a teacher's classes", () => {
  it("creates, lists, renames and archives a class", async () => {
    const c = await newClass(teacher, "  History   9A ");
    expect(c.joinCode).toMatch(/^[A-Z0-9]{10}$/);
    let list = (await (await listClasses(jsonRequest("/api/classes", { cookie: teacher }))).json()).classes;
    expect(list.find((x: { id: string }) => x.id === c.id).name).toBe("History 9A");

    expect(
      (
        await rename(
          jsonRequest(`/api/classes/${c.id}/rename`, { body: { name: "History 9B" }, cookie: teacher }),
          p(c.id),
        )
      ).status,
    ).toBe(200);
    expect(
      (await rename(jsonRequest(`/api/classes/${c.id}/rename`, { body: { name: "" }, cookie: teacher }), p(c.id)))
        .status,
    ).toBe(422);
    expect(
      (
        await archive(
          jsonRequest(`/api/classes/${c.id}/archive`, { body: { archived: true }, cookie: teacher }),
          p(c.id),
        )
      ).status,
    ).toBe(200);
    list = (await (await listClasses(jsonRequest("/api/classes", { cookie: teacher }))).json()).classes;
    const stored = list.find((x: { id: string }) => x.id === c.id);
    expect(stored.name).toBe("History 9B");
    expect(stored.archivedAt).not.toBeNull();
  });

  it("regenerates the join code: the old one stops working", async () => {
    const c = await newClass(teacher, "Regen");
    const res = await regenerate(jsonRequest(`/api/classes/${c.id}/join-code`, { body: {}, cookie: teacher }), p(c.id));
    const { joinCode } = (await res.json()) as { joinCode: string };
    expect(joinCode).not.toBe(c.joinCode);
    expect(
      (await join(jsonRequest("/api/classes/join", { body: { code: c.joinCode, displayName: "Old" } }))).status,
    ).toBe(404);
    expect(
      (await join(jsonRequest("/api/classes/join", { body: { code: joinCode, displayName: "New" } }))).status,
    ).toBe(201);
  });
});

describe("joining a class", () => {
  it("accepts the code in any case and spacing and gives a personal sign-in code", async () => {
    const code = `${cls.joinCode.slice(0, 3).toLowerCase()} ${cls.joinCode.slice(3)}`;
    const res = await join(jsonRequest("/api/classes/join", { body: { code, displayName: "  Ana  " } }));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.className).toBe("Civics 10B");
    expect(body.signInCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(sessionTokenFrom(res)).toBeDefined();
    expect(await t.db.enrollment.count({ where: { classroomId: cls.id, displayName: "Ana" } })).toBe(1);
  });

  it("refuses a wrong code and an archived class with clear messages, changing nothing", async () => {
    const before = await t.db.user.count();
    const wrong = await join(jsonRequest("/api/classes/join", { body: { code: "ACDEF-GHJKM", displayName: "Bo" } }));
    expect(wrong.status).toBe(404);
    expect((await wrong.json()).error).toMatch(/No class has this code/);
    const archived = await newClass(teacher, "Old class");
    await archive(jsonRequest("/x", { body: { archived: true }, cookie: teacher }), p(archived.id));
    const res = await join(jsonRequest("/api/classes/join", { body: { code: archived.joinCode, displayName: "Bo" } }));
    expect(res.status).toBe(410);
    expect((await res.json()).error).toMatch(/archived/);
    const bad = await join(
      jsonRequest("/api/classes/join", { body: { code: cls.joinCode, displayName: "x".repeat(41) } }),
    );
    expect(bad.status).toBe(422);
    expect(await t.db.user.count()).toBe(before);
  });

  it("lets a guest learner keep their user row and progress, becoming a student", async () => {
    const started = await startAttempt(jsonRequest("/api/attempts", { body: { unit: UNIT, mode: "unit" } }));
    const guestToken = sessionTokenFrom(started)!;
    expect(started.status).toBe(201);
    const guest = await t.db.session.findUniqueOrThrow({
      where: { tokenHash: hashToken(guestToken) },
      select: { userId: true },
    });
    const joined = await joinAs(cls.joinCode, "Guesty", guestToken);
    expect(joined.userId).toBe(guest.userId);
    // The sign-in is rotated: the guest's token (perhaps seen on a shared computer) no longer works.
    expect(joined.token).not.toBe(guestToken);
    expect(await t.db.session.count({ where: { tokenHash: hashToken(guestToken) } })).toBe(0);
    const user = await t.db.user.findUniqueOrThrow({ where: { id: guest.userId }, include: { attempts: true } });
    expect(user.role).toBe("student");
    expect(user.attempts).toHaveLength(1);
  });

  it("lets a student join a second class and come back after being removed", async () => {
    const other = await newClass(teacher, "Second");
    const s = await joinAs(cls.joinCode, "Cy");
    const again = await joinAs(other.joinCode, "Cy B.", s.token);
    expect(again.userId).toBe(s.userId);
    await removeStudent(jsonRequest("/x", { body: {}, cookie: teacher }), p(other.id, again.enrollmentId));
    const back = await joinAs(other.joinCode, "Cy C.", again.token);
    expect(back.enrollmentId).toBe(again.enrollmentId);
    const row = await t.db.enrollment.findUniqueOrThrow({ where: { id: back.enrollmentId } });
    expect(row.removedAt).toBeNull();
    expect(row.displayName).toBe("Cy C.");
  });

  it("slows down an address that keeps trying wrong class codes, after a budget no school reaches by typos", async () => {
    const attempt = () =>
      join(
        jsonRequest("/api/classes/join", {
          body: { code: "YYYYY-YYYYY", displayName: "Guess" },
          headers: { "x-forwarded-for": "9.9.9.9" },
        }),
      );
    for (let i = 0; i < 59; i++) expect((await attempt()).status).toBe(404);
    expect((await attempt()).status).toBe(404);
    const blocked = await attempt();
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).toBeTruthy();
    const right = await join(
      jsonRequest("/api/classes/join", {
        body: { code: cls.joinCode, displayName: "Late" },
        headers: { "x-forwarded-for": "9.9.9.9" },
      }),
    );
    expect(right.status).toBe(429);
  });

  it("does not let a teacher join as a student", async () => {
    const res = await join(
      jsonRequest("/api/classes/join", { body: { code: cls.joinCode, displayName: "T" }, cookie: teacher }),
    );
    expect(res.status).toBe(403);
  });

  it("sends a form post to the welcome page with the code in a cookie scoped to it", async () => {
    const res = await join(
      new Request("http://localhost:3000/api/classes/join", {
        method: "POST",
        headers: {
          host: "localhost:3000",
          origin: "http://localhost:3000",
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({ code: cls.joinCode, displayName: "Dee" }).toString(),
      }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/join/welcome");
    const cookies = res.headers.get("set-cookie")!;
    expect(cookies).toMatch(/eventline_new_code=[^;]+; Path=\/join\/welcome;.*?Max-Age=900; HttpOnly/i);
    expect(cookies).toMatch(/eventline_session=/);
  });

  it("sends a wrong code in a form back to /join with the error", async () => {
    const res = await join(
      new Request("http://localhost:3000/api/classes/join", {
        method: "POST",
        headers: { host: "localhost:3000", "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ code: "ACDEF-ACDEF", displayName: "Dee" }).toString(),
      }),
    );
    // Back to the form with what was typed kept, so only the code needs retyping.
    expect(res.headers.get("location")).toBe("/join?code=ACDEF-ACDEF&name=Dee&error=wrong-join-code");
  });
});

describe("the roster", () => {
  it("renames and removes students; a removed student leaves the score table", async () => {
    const c = await newClass(teacher, "Roster");
    const a = await joinAs(c.joinCode, "<b>Ann</b>");
    const b = await joinAs(c.joinCode, "Ben");
    await finishedAttempt(t.db, b.userId, UNIT, [
      { question: "faq-cause", choice: "police-patrol-ambushed", correct: true },
    ]);
    const renamed = await renameStudent(
      jsonRequest("/x", { body: { displayName: "Ann K." }, cookie: teacher }),
      p(c.id, a.enrollmentId),
    );
    expect(renamed.status).toBe(200);
    expect(
      (await removeStudent(jsonRequest("/x", { body: {}, cookie: teacher }), p(c.id, b.enrollmentId))).status,
    ).toBe(200);
    expect(
      (await removeStudent(jsonRequest("/x", { body: {}, cookie: teacher }), p(c.id, b.enrollmentId))).status,
    ).toBe(404);
    const table = (await (
      await scores(jsonRequest(`/api/classes/${c.id}/scores`, { cookie: teacher }), p(c.id))
    ).json()) as ScoreTable;
    expect(table.students.map((s) => s.displayName)).toEqual(["Ann K."]);
    // The removed student's own answers are untouched.
    expect(await t.db.attempt.count({ where: { userId: b.userId } })).toBe(1);
  });

  it("cannot rename a student of another class through this class", async () => {
    const c1 = await newClass(teacher, "One");
    const c2 = await newClass(teacher, "Two");
    const s = await joinAs(c2.joinCode, "Eve");
    const res = await renameStudent(
      jsonRequest("/x", { body: { displayName: "Hacked" }, cookie: teacher }),
      p(c1.id, s.enrollmentId),
    );
    expect(res.status).toBe(404);
    expect((await t.db.enrollment.findUniqueOrThrow({ where: { id: s.enrollmentId } })).displayName).toBe("Eve");
  });
});
