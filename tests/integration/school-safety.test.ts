import { NextRequest } from "next/server";
import { createTestDb, type TestDb } from "@/tests/support/test-database";
import { jsonRequest, sessionTokenFrom } from "@/tests/support/requests";
import { newClass, teacherToken } from "@/tests/support/classrooms";
import { POST as joinRoute } from "@/app/api/classes/join/route";
import { POST as signIn } from "@/app/api/auth/signin/route";
import { POST as signUp } from "@/app/api/auth/signup/route";
import { POST as signOut } from "@/app/api/auth/signout/route";
import { POST as signOutEverywhere } from "@/app/api/auth/signout-everywhere/route";
import { POST as startAttempt } from "@/app/api/attempts/route";
import { POST as answer } from "@/app/api/attempts/[attempt]/answers/route";
import { GET as listClasses } from "@/app/api/classes/route";
import { hashToken, IDLE_LIMIT_MS } from "@/lib/accounts/sessions";
import { contentUnits as getUnits } from "@/tests/support/content";
import { syncContent } from "@/lib/content/sync";
import { NEW_CODE_COOKIE, NEW_CODE_HEADER } from "@/lib/http/new-code-cookie";
import { proxy } from "@/proxy";

// Issue 15's rules for a real school: one shared address, shared computers, strangers.

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await syncContent(t.db, getUnits());
});
afterAll(() => t.cleanup());

const UNIT = "northern-kosovo-2023";
const SCHOOL = { "x-forwarded-for": "203.0.113.7" };
const PASSWORD = "correct horse battery";

function typo(code: string, i: number): string {
  // A real code with one character mistyped: a different, unused code of the right shape.
  const swap = code[i % code.length] === "A" ? "C" : "A";
  return code.slice(0, i % code.length) + swap + code.slice((i % code.length) + 1);
}

describe("a school behind one address", () => {
  it("lets 60 students join three classes with 40 typos among them, every one of them getting in", async () => {
    const teacher = await teacherToken("school@example.org");
    const classes = [await newClass(teacher, "7A"), await newClass(teacher, "7B"), await newClass(teacher, "7C")];
    let typos = 0;
    for (let i = 0; i < 60; i++) {
      const code = classes[i % 3]!.joinCode;
      if (i < 40) {
        const wrong = await joinRoute(
          jsonRequest("/api/classes/join", { body: { code: typo(code, i), displayName: `S${i}` }, headers: SCHOOL }),
        );
        expect(wrong.status).toBe(404);
        typos++;
      }
      const right = await joinRoute(
        jsonRequest("/api/classes/join", { body: { code, displayName: `S${i}` }, headers: SCHOOL }),
      );
      expect(right.status).toBe(201);
    }
    expect(typos).toBe(40);
    expect(await t.db.enrollment.count({ where: { classroomId: { in: classes.map((c) => c.id) } } })).toBe(60);
  });
});

describe("a teacher's sign-in", () => {
  it("is never stopped by a stranger's failures from other addresses", async () => {
    await teacherToken("target@example.org");
    for (let address = 0; address < 10; address++) {
      for (let i = 0; i < 6; i++) {
        await signIn(
          jsonRequest("/api/auth/signin", {
            body: { email: "target@example.org", password: "guess guess guess" },
            headers: { "x-forwarded-for": `198.51.100.${address}` },
          }),
        );
      }
    }
    const own = await signIn(
      jsonRequest("/api/auth/signin", {
        body: { email: "target@example.org", password: PASSWORD },
        headers: { "x-forwarded-for": "192.0.2.50" },
      }),
    );
    expect(own.status).toBe(200);
  });

  it("limits new accounts per address", async () => {
    await t.db.rateLimit.create({ data: { key: "sign-up:address:192.0.2.99", count: 19, windowStart: new Date() } });
    const before = await t.db.user.count();
    const res = await signUp(
      jsonRequest("/api/auth/signup", {
        body: { email: "many@example.org", password: PASSWORD, displayName: "M" },
        headers: { "x-forwarded-for": "192.0.2.99" },
      }),
    );
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBeTruthy();
    expect(await t.db.user.count()).toBe(before);
  });

  it("survives a `next` with characters a Location header cannot carry", async () => {
    const res = await signIn(
      new Request("http://localhost:3000/api/auth/signin", {
        method: "POST",
        headers: {
          host: "localhost:3000",
          "content-type": "application/x-www-form-urlencoded",
          "x-forwarded-for": "192.0.2.51",
        },
        body: new URLSearchParams({
          email: "target@example.org",
          password: PASSWORD,
          next: "/teacher/é\u2028x",
        }).toString(),
      }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/teacher");
  });
});

describe("guest learners", () => {
  it("are limited per address, and a refused start creates nothing", async () => {
    await t.db.rateLimit.create({ data: { key: "guest:address:192.0.2.77", count: 299, windowStart: new Date() } });
    const before = await t.db.user.count();
    const res = await startAttempt(
      jsonRequest("/api/attempts", { body: { unit: UNIT, mode: "faq" }, headers: { "x-forwarded-for": "192.0.2.77" } }),
    );
    expect(res.status).toBe(429);
    expect(sessionTokenFrom(res)).toBeUndefined();
    expect(await t.db.user.count()).toBe(before);
  });
});

describe("shared computers", () => {
  it("hand the new sign-in code to the welcome page once, and sign-out clears it too", async () => {
    const value = encodeURIComponent(JSON.stringify({ className: "7A", signInCode: "ACDE-FGHJ-KMNP" }));
    const res = proxy(
      new NextRequest("http://localhost:3000/join/welcome", { headers: { cookie: `${NEW_CODE_COOKIE}=${value}` } }),
    );
    expect(res.headers.get("x-middleware-request-" + NEW_CODE_HEADER)).toBeTruthy();
    expect(res.headers.get("set-cookie")).toMatch(new RegExp(`${NEW_CODE_COOKIE}=;.*Max-Age=0`, "i"));
    // A forged header never reaches the page.
    const forged = proxy(
      new NextRequest("http://localhost:3000/join/welcome", { headers: { [NEW_CODE_HEADER]: "forged" } }),
    );
    expect(forged.headers.get("x-middleware-request-" + NEW_CODE_HEADER)).toBeNull();

    const out = await signOut(jsonRequest("/api/auth/signout", { method: "POST" }));
    expect(out.headers.getSetCookie().some((c) => c.startsWith(`${NEW_CODE_COOKIE}=;`) && /Max-Age=0/i.test(c))).toBe(
      true,
    );
  });

  it("end a sign-in left unused: 12 hours for a teacher, 7 days for a student", async () => {
    expect(IDLE_LIMIT_MS.teacher).toBe(12 * 3_600_000);
    const teacher = await teacherToken("idle@example.org");
    const ok = await listClasses(jsonRequest("/api/classes", { cookie: teacher }));
    expect(ok.status).toBe(200);
    await t.db.session.update({
      where: { tokenHash: hashToken(teacher) },
      data: { lastSeenAt: new Date(Date.now() - 13 * 3_600_000) },
    });
    const idle = await listClasses(jsonRequest("/api/classes", { cookie: teacher }));
    expect(idle.status).toBe(401);
    expect(await t.db.session.count({ where: { tokenHash: hashToken(teacher) } })).toBe(0);

    const cls = await newClass(await teacherToken("idle2@example.org"), "Idle class");
    const joined = await joinRoute(
      jsonRequest("/api/classes/join", { body: { code: cls.joinCode, displayName: "Sam" }, headers: SCHOOL }),
    );
    const student = sessionTokenFrom(joined)!;
    const started = () =>
      startAttempt(jsonRequest("/api/attempts", { body: { unit: UNIT, mode: "faq" }, cookie: student }));
    await t.db.session.update({
      where: { tokenHash: hashToken(student) },
      data: { lastSeenAt: new Date(Date.now() - 6 * 24 * 3_600_000) },
    });
    const six = await started();
    expect(sessionTokenFrom(six)).toBeUndefined();
    // Use moves lastSeenAt forward, so the idle clock restarts.
    const seen = await t.db.session.findUniqueOrThrow({ where: { tokenHash: hashToken(student) } });
    expect(Date.now() - seen.lastSeenAt.getTime()).toBeLessThan(60_000);
    await t.db.session.update({
      where: { tokenHash: hashToken(student) },
      data: { lastSeenAt: new Date(Date.now() - 8 * 24 * 3_600_000) },
    });
    const eight = await started();
    // The old sign-in is gone: a new guest session is made instead.
    expect(sessionTokenFrom(eight)).toBeDefined();
    expect(await t.db.session.count({ where: { tokenHash: hashToken(student) } })).toBe(0);
  });

  it("let a teacher sign out on every device", async () => {
    const first = await teacherToken("everywhere@example.org");
    const second = sessionTokenFrom(
      await signIn(
        jsonRequest("/api/auth/signin", {
          body: { email: "everywhere@example.org", password: PASSWORD },
          headers: { "x-forwarded-for": "192.0.2.60" },
        }),
      ),
    )!;
    const res = await signOutEverywhere(jsonRequest("/api/auth/signout-everywhere", { method: "POST", cookie: first }));
    expect(res.status).toBe(200);
    expect((await res.json()).ended).toBe(2);
    for (const token of [first, second])
      expect((await listClasses(jsonRequest("/api/classes", { cookie: token }))).status).toBe(401);
  });
});

describe("short answers", () => {
  it("refuse lone surrogates and control or bidi characters, storing nothing", async () => {
    // The unit quiz draws 12 questions at random: start attempts (each a new guest) until one has a short answer.
    let token = "";
    let state: { attempt: { id: string }; questions: { id: string; type: string }[] } | undefined;
    let target: { id: string } | undefined;
    for (let i = 0; i < 30 && !target; i++) {
      const started = await startAttempt(
        jsonRequest("/api/attempts", {
          body: { unit: UNIT, mode: "unit" },
          headers: { "x-forwarded-for": "192.0.2.80" },
        }),
      );
      token = sessionTokenFrom(started)!;
      state = await started.json();
      target = state!.questions.find((q) => q.type === "short-answer");
    }
    expect(target).toBeDefined();
    if (!target || !state) return;
    for (const text of ["Banjska\uD800", "\u202EBanjska", "Ban\u0007jska"]) {
      const res = await answer(
        jsonRequest(`/api/attempts/${state.attempt.id}/answers`, {
          body: { questionId: target.id, answer: text },
          cookie: token,
        }),
        { params: Promise.resolve({ attempt: state.attempt.id }) },
      );
      expect(res.status).toBe(422);
    }
    expect(await t.db.response.count({ where: { attemptId: state.attempt.id } })).toBe(0);
  });
});
