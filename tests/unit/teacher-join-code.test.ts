import { formatJoinCode, generateJoinCode, JOIN_CODE_ALPHABET } from "@/lib/classrooms/join-codes";
import { displayNameSchema } from "@/lib/accounts/names";
import { classNameSchema, joinCodeSchema } from "@/lib/classrooms/schemas";
import { generateSignInCode, hashSignInCode, signInCodeSchema } from "@/lib/accounts/student-codes";
import { nextPath } from "@/lib/http/next-path";
import { withQuery } from "@/lib/http/respond";

describe("join codes", () => {
  it("are 10 characters without look-alikes, shown in two groups, and accepted in any case or spacing", () => {
    for (let i = 0; i < 50; i++) {
      const code = generateJoinCode();
      expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{10}$`));
      expect(formatJoinCode(code)).toBe(`${code.slice(0, 5)}-${code.slice(5)}`);
      expect(joinCodeSchema.parse(formatJoinCode(code).toLowerCase())).toBe(code);
      expect(code).not.toMatch(/[01OILSZB258]/);
      expect(joinCodeSchema.parse(` ${code.slice(0, 3).toLowerCase()} - ${code.slice(3)} `)).toBe(code);
    }
    expect(joinCodeSchema.safeParse("ABC").success).toBe(false);
    // Look-alike characters are not in the alphabet, so a code holding one is refused before any lookup.
    expect(joinCodeSchema.safeParse("ACDEF-GHJK0").success).toBe(false);
  });
});

describe("personal sign-in codes", () => {
  it("are 12 unambiguous characters in groups of 4 and all different", () => {
    const codes = new Set(Array.from({ length: 200 }, generateSignInCode));
    expect(codes.size).toBe(200);
    for (const code of codes)
      expect(code).toMatch(
        new RegExp(`^[${JOIN_CODE_ALPHABET}]{4}-[${JOIN_CODE_ALPHABET}]{4}-[${JOIN_CODE_ALPHABET}]{4}$`),
      );
  });
  it("hash the same however they are typed", () => {
    const code = generateSignInCode();
    expect(hashSignInCode(code.toLowerCase().replace(/-/g, " "))).toBe(hashSignInCode(code));
    expect(signInCodeSchema.parse(code.toLowerCase())).toBe(code.replace(/-/g, ""));
    expect(signInCodeSchema.safeParse("0000-0000-0000").success).toBe(false);
  });
});

describe("names", () => {
  it("trims, collapses spaces and refuses empty, long or control-character names", () => {
    expect(displayNameSchema.parse("  Ana   B.  ")).toBe("Ana B.");
    expect(displayNameSchema.safeParse("   ").success).toBe(false);
    expect(displayNameSchema.safeParse("x".repeat(41)).success).toBe(false);
    expect(displayNameSchema.safeParse("evil\u202Eeman").success).toBe(false);
    expect(displayNameSchema.safeParse("a\u0000b").success).toBe(false);
    expect(displayNameSchema.parse("<b>Zoë</b>")).toBe("<b>Zoë</b>");
    expect(classNameSchema.safeParse("x".repeat(81)).success).toBe(false);
  });
});

describe("sign-in redirects", () => {
  it("only go to paths on this site", () => {
    expect(nextPath.parse("/teacher/classes/abc")).toBe("/teacher/classes/abc");
    expect(nextPath.parse("//evil.example")).toBe("/teacher");
    expect(nextPath.parse("/\\evil.example")).toBe("/teacher");
    expect(nextPath.parse("https://evil.example")).toBe("/teacher");
    expect(nextPath.parse(undefined)).toBe("/teacher");
    expect(withQuery("/signin?as=student", { error: "code" })).toBe("/signin?as=student&error=code");
  });
});
