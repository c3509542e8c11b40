import { isAppPath, localizePath, pathLocale, preferredLocale } from "@/lib/i18n/locales";

describe("language prefixes", () => {
  it("put an app path in a language's URL space, keeping its query", () => {
    expect(localizePath("sq", "/units/x?actor=kfor")).toBe("/sq/units/x?actor=kfor");
    expect(localizePath("sr-Latn", "/")).toBe("/sr");
    expect(localizePath("sr-Latn", "/?a=1")).toBe("/sr?a=1");
    expect(localizePath("en", "/units/x")).toBe("/units/x");
  });

  it("move a prefixed path to the asked language and leave external addresses alone", () => {
    expect(localizePath("sq", "/sr/units/x")).toBe("/sq/units/x");
    expect(localizePath("sq", "//evil.example/x")).toBe("//evil.example/x");
    expect(localizePath("sq", "https://example.org/")).toBe("https://example.org/");
  });

  it("read the language and the app path back from a URL path", () => {
    expect(pathLocale("/sq/units/x")).toEqual({ locale: "sq", rest: "/units/x" });
    expect(pathLocale("/sr")).toEqual({ locale: "sr-Latn", rest: "/" });
    expect(pathLocale("/sr?x=1")).toEqual({ locale: "sr-Latn", rest: "/?x=1" });
    expect(pathLocale("/square")).toEqual({ locale: "en", rest: "/square" });
    expect(pathLocale("/units/sq")).toEqual({ locale: "en", rest: "/units/sq" });
  });
});

describe("Accept-Language", () => {
  it("suggests the best of our languages by quality and order", () => {
    expect(preferredLocale("sq-AL,sq;q=0.9,en;q=0.8")).toBe("sq");
    expect(preferredLocale("de-DE,sr-Cyrl-RS;q=0.7,en;q=0.5")).toBe("sr-Latn");
    expect(preferredLocale("en;q=0.4,sq;q=0.8")).toBe("sq");
    expect(preferredLocale("de,fr")).toBeUndefined();
    expect(preferredLocale("sq;q=0")).toBeUndefined();
    expect(preferredLocale("")).toBeUndefined();
    expect(preferredLocale(null)).toBeUndefined();
  });
});

describe("app paths", () => {
  it("are this site's paths, never another host's", () => {
    expect(isAppPath("/units/x?y=1")).toBe(true);
    expect(isAppPath("/")).toBe(true);
    for (const other of ["//evil.example", "/\\evil.example", "https://evil.example/", "units", "", null, undefined]) expect(isAppPath(other)).toBe(false);
  });
});
