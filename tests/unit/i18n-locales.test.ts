import {
  defaultLocale,
  htmlLang,
  isAppPath,
  isLocale,
  localizePath,
  locales,
  pathLocale,
  preferredLocale,
  urlPrefix,
} from "@/lib/i18n/locales";

describe("locales", () => {
  it("knows the three interface languages, English first and by default", () => {
    expect(locales).toEqual(["en", "sq", "sr-Latn"]);
    expect(defaultLocale).toBe("en");
    expect(isLocale("sq")).toBe(true);
    expect(isLocale("sr-Latn")).toBe(true);
    expect(isLocale("sr")).toBe(false);
    expect(isLocale("EN")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
    expect(urlPrefix).toEqual({ en: "", sq: "/sq", "sr-Latn": "/sr" });
  });

  it("gives the html lang attribute as a BCP 47 tag", () => {
    expect(htmlLang("en")).toBe("en");
    expect(htmlLang("sq")).toBe("sq");
    expect(htmlLang("sr-Latn")).toBe("sr-Latn");
  });

  it("adds the prefix to app paths and leaves English paths alone", () => {
    expect(localizePath("sq", "/units/x?y=1")).toBe("/sq/units/x?y=1");
    expect(localizePath("sr-Latn", "/units/x")).toBe("/sr/units/x");
    expect(localizePath("sq", "/")).toBe("/sq");
    expect(localizePath("sq", "/?a=1")).toBe("/sq?a=1");
    expect(localizePath("sr-Latn", "/#main")).toBe("/sr#main");
    expect(localizePath("en", "/units/x?y=1")).toBe("/units/x?y=1");
    expect(localizePath("en", "/")).toBe("/");
  });

  it("moves an already prefixed path to the asked language", () => {
    expect(localizePath("sr-Latn", "/sq/units/x")).toBe("/sr/units/x");
    expect(localizePath("en", "/sr/units/x")).toBe("/units/x");
    expect(localizePath("en", "/sq")).toBe("/");
    expect(localizePath("sq", "/sq/progress")).toBe("/sq/progress");
  });

  it("leaves what is not an app path unchanged", () => {
    expect(localizePath("sq", "https://example.org/a")).toBe("https://example.org/a");
    expect(localizePath("sq", "//example.org/a")).toBe("//example.org/a");
    expect(localizePath("sq", "#top")).toBe("#top");
  });

  it("strips the language prefix from a pathname", () => {
    expect(pathLocale("/sq/units/x")).toEqual({ locale: "sq", rest: "/units/x" });
    expect(pathLocale("/sr/units/x")).toEqual({ locale: "sr-Latn", rest: "/units/x" });
    expect(pathLocale("/sq")).toEqual({ locale: "sq", rest: "/" });
    expect(pathLocale("/sr/")).toEqual({ locale: "sr-Latn", rest: "/" });
    expect(pathLocale("/units/x")).toEqual({ locale: "en", rest: "/units/x" });
    expect(pathLocale("/")).toEqual({ locale: "en", rest: "/" });
    // A path that only starts with the same letters is not prefixed.
    expect(pathLocale("/sqrt")).toEqual({ locale: "en", rest: "/sqrt" });
    expect(pathLocale("/srv/x")).toEqual({ locale: "en", rest: "/srv/x" });
    expect(pathLocale("/sr-Latn/x")).toEqual({ locale: "en", rest: "/sr-Latn/x" });
    expect(pathLocale("/units/sq")).toEqual({ locale: "en", rest: "/units/sq" });
    expect(pathLocale("/sr?x=1")).toEqual({ locale: "sr-Latn", rest: "/?x=1" });
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
    for (const other of ["//evil.example", "/\\evil.example", "https://evil.example/", "units", "", null, undefined])
      expect(isAppPath(other)).toBe(false);
  });
});
