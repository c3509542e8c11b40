import { jsonRequest, sessionTokenFrom } from "@/tests/support/requests";
import { createTestDb, type TestDb } from "@/tests/support/test-database";
import { joinAs, newClass, teacherToken } from "@/tests/support/classrooms";
import { POST as signUp } from "@/app/api/auth/signup/route";
import { POST as signIn } from "@/app/api/auth/signin/route";
import { POST as signOut } from "@/app/api/auth/signout/route";
import { POST as studentSignIn } from "@/app/api/auth/student-signin/route";
import { GET as listClasses } from "@/app/api/classes/route";
import { hashToken } from "@/lib/accounts/sessions";
import { recordHit } from "@/lib/rate-limit";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.cleanup());

const PASSWORD = "correct horse battery";
const signInReq = (email: string, password: string, address: string, extra: Record<string, string> = {}) =>
  jsonRequest("/api/auth/signin", {
    body: { email, password },
    headers: { "x-forwarded-for": `${address}, 10.0.0.1`, ...extra },
  });

function formRequest(url: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return new Request(new URL(url, "http://localhost:3000"), {
    method: "POST",
    headers: {
      host: "localhost:3000",
      origin: "http://localhost:3000",
      "content-type": "application/x-www-form-urlencoded",
      ...headers,
    },
    body: new URLSearchParams(fields).toString(),
  });
}

describe("teacher sign-up", () => {
  it("creates a teacher with an argon2id hash and a hashed, httpOnly, SameSite=Lax session", async () => {
    const res = await signUp(
      jsonRequest("/api/auth/signup", { body: { email: " Ada@Example.org ", password: PASSWORD, displayName: "Ada" } }),
    );
    expect(res.status).toBe(201);
    const cookie = res.headers.get("set-cookie")!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "ada@example.org" } });
    expect(user.role).toBe("teacher");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(PASSWORD);
    const token = sessionTokenFrom(res)!;
    expect(await t.db.session.count({ where: { tokenHash: hashToken(token), userId: user.id } })).toBe(1);
    expect(await t.db.session.count({ where: { tokenHash: token } })).toBe(0);
  });

  it("sets Secure on the cookie over HTTPS", async () => {
    const res = await signUp(
      jsonRequest("/api/auth/signup", {
        body: { email: "sec@example.org", password: PASSWORD, displayName: "S" },
        headers: { "x-forwarded-proto": "https" },
      }),
    );
    expect(res.headers.get("set-cookie")).toMatch(/Secure/i);
  });

  it("refuses a short or common password and a missing name, creating nothing", async () => {
    const before = await t.db.user.count();
    const short = await signUp(
      jsonRequest("/api/auth/signup", { body: { email: "b@example.org", password: "123456789", displayName: "B" } }),
    );
    expect(short.status).toBe(422);
    expect((await short.json()).issues[0].path).toBe("password");
    const common = await signUp(
      jsonRequest("/api/auth/signup", { body: { email: "b@example.org", password: "1234567890", displayName: "B" } }),
    );
    expect(common.status).toBe(422);
    expect((await common.json()).issues[0].message).toMatch(/most common/);
    const noName = await signUp(
      jsonRequest("/api/auth/signup", { body: { email: "c@example.org", password: PASSWORD, displayName: " " } }),
    );
    expect(noName.status).toBe(422);
    expect(await t.db.user.count()).toBe(before);
  });

  it("answers a taken email as sign-in does: the right password signs in, a wrong one gets sign-in's answer", async () => {
    const before = await t.db.user.count();
    const wrong = await signUp(
      jsonRequest("/api/auth/signup", {
        body: { email: "ada@example.org", password: "another password 1", displayName: "A" },
      }),
    );
    const unknownSignIn = await signIn(
      jsonRequest("/api/auth/signin", { body: { email: "nobody@example.org", password: "another password 1" } }),
    );
    expect(wrong.status).toBe(unknownSignIn.status);
    expect(await wrong.json()).toEqual(await unknownSignIn.json());
    const right = await signUp(
      jsonRequest("/api/auth/signup", { body: { email: "ada@example.org", password: PASSWORD, displayName: "A" } }),
    );
    expect(right.status).toBe(201);
    expect(sessionTokenFrom(right)).toBeDefined();
    expect(await t.db.user.count()).toBe(before);
  });

  it("sends an HTML form back with the field to fix", async () => {
    const res = await signUp(
      formRequest("/api/auth/signup", { email: "d@example.org", password: "short", displayName: "D" }),
    );
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/signup?error=password");
  });

  it("refuses a cross-site request", async () => {
    const res = await signUp(
      jsonRequest("/api/auth/signup", {
        body: { email: "e@example.org", password: PASSWORD, displayName: "E" },
        origin: "https://evil.example",
      }),
    );
    expect(res.status).toBe(403);
    expect(await t.db.user.count({ where: { email: "e@example.org" } })).toBe(0);
  });
});

describe("teacher sign-in", () => {
  beforeAll(async () => {
    await teacherToken("grace@example.org", "Grace");
  });

  it("signs in with the right password, whatever the email's case", async () => {
    const res = await signIn(signInReq("GRACE@example.org", PASSWORD, "1.1.1.1"));
    expect(res.status).toBe(200);
    const token = sessionTokenFrom(res)!;
    expect((await listClasses(jsonRequest("/api/classes", { cookie: token }))).status).toBe(200);
  });

  it("gives the same message for a wrong password and an unknown email", async () => {
    const wrong = await signIn(signInReq("grace@example.org", "not the password", "1.1.1.2"));
    const unknown = await signIn(signInReq("nobody@example.org", PASSWORD, "1.1.1.2"));
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect(sessionTokenFrom(wrong)).toBeUndefined();
  });

  it("slows one account from one address after 5 failures with growing delays, counted in the database", async () => {
    await teacherToken("slow@example.org");
    for (let i = 0; i < 4; i++)
      expect((await signIn(signInReq("slow@example.org", "wrong password", "2.0.0.1"))).status).toBe(401);
    const fifth = await signIn(signInReq("slow@example.org", "wrong password", "2.0.0.1"));
    expect(fifth.status).toBe(429);
    expect(Number(fifth.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await fifth.json()).error).toMatch(/Too many failed sign-ins/);
    // From the same address even the right password waits; the wait is seconds, not the window.
    const right = await signIn(signInReq("slow@example.org", PASSWORD, "2.0.0.1"));
    expect(right.status).toBe(429);
    expect(Number(right.headers.get("retry-after"))).toBeLessThanOrEqual(2);
    const row = await t.db.rateLimit.findUniqueOrThrow({ where: { key: "sign-in:pair:slow@example.org:2.0.0.1" } });
    expect(row.count).toBe(5);

    // The teacher's own sign-in from another address is not slowed by those failures.
    expect((await signIn(signInReq("slow@example.org", PASSWORD, "2.0.0.2"))).status).toBe(200);

    // Once the delay has passed, the right password works from the first address too and clears its count.
    await t.db.rateLimit.update({ where: { key: row.key }, data: { blockedUntil: new Date(Date.now() - 1000) } });
    expect((await signIn(signInReq("slow@example.org", PASSWORD, "2.0.0.1"))).status).toBe(200);
    expect(await t.db.rateLimit.count({ where: { key: row.key } })).toBe(0);
  });

  it("slows one address spraying many accounts, and not another address", async () => {
    // The per-address budget (300 failures in 15 minutes) is far above a school's teachers; the
    // counter is set just below it rather than reached with 300 argon2 checks.
    await t.db.rateLimit.create({ data: { key: "sign-in:address:3.3.3.3", count: 299, windowStart: new Date() } });
    expect((await signIn(signInReq("x@example.org", "wrong password", "3.3.3.3"))).status).toBe(429);
    expect((await signIn(signInReq("grace@example.org", PASSWORD, "3.3.3.3"))).status).toBe(429);
    expect((await signIn(signInReq("grace@example.org", PASSWORD, "4.4.4.4"))).status).toBe(200);
  });

  it("counts failures arriving at the same moment without losing any", async () => {
    const limit = { max: 1000, windowMs: 60_000 };
    await Promise.all(Array.from({ length: 12 }, () => recordHit(t.db, "test:concurrent", limit)));
    expect((await t.db.rateLimit.findUniqueOrThrow({ where: { key: "test:concurrent" } })).count).toBe(12);
  });

  it("answers an HTML form with a redirect to a safe next page, or back with the error", async () => {
    const ok = await signIn(
      formRequest(
        "/api/auth/signin",
        { email: "grace@example.org", password: PASSWORD, next: "/teacher/classes/x" },
        { "x-forwarded-for": "5.5.5.5" },
      ),
    );
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe("/teacher/classes/x");
    const offsite = await signIn(
      formRequest(
        "/api/auth/signin",
        { email: "grace@example.org", password: PASSWORD, next: "//evil.example" },
        { "x-forwarded-for": "5.5.5.5" },
      ),
    );
    expect(offsite.headers.get("location")).toBe("/teacher");
    const wrong = await signIn(
      formRequest(
        "/api/auth/signin",
        { email: "grace@example.org", password: "nope nope nope" },
        { "x-forwarded-for": "5.5.5.6" },
      ),
    );
    expect(wrong.headers.get("location")).toBe("/signin?next=%2Fteacher&error=wrong-credentials");
  });

  it("signing out ends the session on the server", async () => {
    const token = sessionTokenFrom(await signIn(signInReq("grace@example.org", PASSWORD, "6.6.6.6")))!;
    const res = await signOut(jsonRequest("/api/auth/signout", { method: "POST", cookie: token }));
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toMatch(/eventline_session=;/);
    expect(await t.db.session.count({ where: { tokenHash: hashToken(token) } })).toBe(0);
    expect((await listClasses(jsonRequest("/api/classes", { cookie: token }))).status).toBe(401);
  });
});

describe("student sign-in with a personal code", () => {
  it("continues as the same student on another device, however the code is typed", async () => {
    const teacher = await teacherToken("hopper@example.org");
    const { joinCode } = await newClass(teacher, "Class");
    const student = await joinAs(joinCode, "Lin");
    const typed = student.signInCode.toLowerCase().replace(/-/g, " ");
    const res = await studentSignIn(
      jsonRequest("/api/auth/student-signin", { body: { code: typed }, headers: { "x-forwarded-for": "7.7.7.7" } }),
    );
    expect(res.status).toBe(200);
    const session = await t.db.session.findUniqueOrThrow({ where: { tokenHash: hashToken(sessionTokenFrom(res)!) } });
    expect(session.userId).toBe(student.userId);
    const stored = await t.db.user.findUniqueOrThrow({ where: { id: student.userId } });
    expect(stored.signInCodeHash).not.toContain(student.signInCode.replace(/-/g, ""));
  });

  it("refuses an unknown code, then slows the address down", async () => {
    const wrong = { body: { code: "AAAA-AAAA-AAAA" }, headers: { "x-forwarded-for": "8.8.8.8" } };
    const first = await studentSignIn(jsonRequest("/api/auth/student-signin", wrong));
    expect(first.status).toBe(401);
    expect((await first.json()).error).toMatch(/not known/);
    for (let i = 0; i < 58; i++) await studentSignIn(jsonRequest("/api/auth/student-signin", wrong));
    const blocked = await studentSignIn(jsonRequest("/api/auth/student-signin", wrong));
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).toBeTruthy();
  });

  it("refuses a malformed code with 422", async () => {
    const res = await studentSignIn(jsonRequest("/api/auth/student-signin", { body: { code: "0O1I" } }));
    expect(res.status).toBe(422);
  });
});
