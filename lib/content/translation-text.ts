// Checks that compare a translated text with its English text, word by word, without
// understanding either language: the numbers, the names of people and who says a claim.

/** The numbers of a text as digit runs, thousands and decimal separators removed ("8,350" = "8.350" = "8 350"). */
export function numbersIn(text: string): string[] {
  return (text.replace(/(?<=\d)[,.\u2009\u202f](?=\d)/g, "").match(/\d+/g) ?? []).map((n) => n.replace(/^0+(?=\d)/, ""));
}

/** What one multiset of numbers lacks and adds compared with another; empty when they are the same. */
export function numberDifference(english: string, translated: string): { missing: string[]; added: string[] } {
  const left = new Map<string, number>();
  for (const n of numbersIn(english)) left.set(n, (left.get(n) ?? 0) + 1);
  const added: string[] = [];
  for (const n of numbersIn(translated)) {
    const count = left.get(n) ?? 0;
    if (count > 0) left.set(n, count - 1);
    else added.push(n);
  }
  const missing = [...left].flatMap(([n, count]) => Array<string>(count).fill(n));
  return { missing, added };
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];

/**
 * The forms that a name may begin with once declined: the name itself, without a final vowel
 * (Kurti -> Kurtit, Kurtija; Srbija -> Srbije), and without the fleeting "a" of its last syllable
 * (Aleksandar -> Aleksandra).
 */
export function stemsOf(name: string): string[] {
  const word = name.toLowerCase().replace(/['’]s$/, "");
  const stems = [word];
  if (word.length > 4 && /[aeiouyë]$/.test(word)) stems.push(word.slice(0, -1));
  const fleeting = /a([^aeiouyë])$/.exec(word);
  if (fleeting && word.length > 5) stems.push(word.slice(0, -2) + fleeting[1]);
  return stems;
}

/** True when some word of the text is the name or a declined form of it. */
function mentions(text: string, name: string): boolean {
  const stems = stemsOf(name);
  return words(text).some((word) => stems.some((stem) => word.startsWith(stem)));
}

/** True when the name is a whole word of the text (an English possessive "Kurti's" counts). */
function usesWord(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(text);
}

const minor = new Set(["The", "And", "For", "Gen", "Mr", "Mrs", "Dr"]);

/** The words of an English name or role that identify someone: capitalised, at least 3 letters ("Albin", "Kurti", "NATO"). */
function nameWords(text: string): string[] {
  return (text.match(/[\p{Lu}][\p{L}\p{M}]{2,}/gu) ?? []).filter((word) => !minor.has(word));
}

// Albanian and Serbian capitalise fewer words of a name than English ("Evropski parlament"), so a
// translated name counts by every word but the small ones.
const smallWords = new Set(["dhe", "për", "të", "së", "nga", "and", "the", "for", "ili", "kao", "koji", "koja", "pri", "pod"]);

/** Every word of a translated name or role, at least 3 letters, but the small words that join them. */
function translatedNameWords(text: string): string[] {
  return (text.match(/[\p{L}\p{M}]{3,}/gu) ?? []).filter((word) => !smallWords.has(word.toLowerCase()));
}

/** The words of people's names that the English text uses and the translation has dropped. */
export function droppedNames(english: string, translated: string, personNames: readonly string[]): string[] {
  const dropped = new Set<string>();
  for (const name of personNames) {
    for (const word of nameWords(name)) {
      if (usesWord(english, word) && !mentions(translated, word)) dropped.add(word);
    }
  }
  return [...dropped];
}

// An English claim is attributed when it names its speaker or uses a reporting verb.
const reportingVerb = /\b(says?|said|saying|according to)\b/i;

export type Speaker = { englishName: string; englishRole: string; name: string; role: string };

/**
 * The attribution check. The English claim "names its speaker" when it uses a word of the
 * speaker's English name, or reports speech (say/says/said/according to). Then the translation
 * must name the speaker too: when the English used the name, by a (possibly declined) word of the
 * speaker's name in English or in the translation; when it only reported speech ("Serbia's
 * President says"), a word of the speaker's name or role in either language will do. Returns
 * the reason the translation fails, or undefined.
 */
export function droppedAttribution(english: string, translated: string, speaker: Speaker): string | undefined {
  const englishNameWords = nameWords(speaker.englishName);
  const namedInEnglish = englishNameWords.filter((word) => usesWord(english, word));
  if (namedInEnglish.length === 0 && !reportingVerb.test(english)) return undefined;
  const accepted =
    namedInEnglish.length > 0
      ? [...englishNameWords, ...translatedNameWords(speaker.name)]
      : [...englishNameWords, ...translatedNameWords(speaker.name), ...nameWords(speaker.englishRole), ...translatedNameWords(speaker.role)];
  if (accepted.some((word) => mentions(translated, word))) return undefined;
  return namedInEnglish.length > 0
    ? `the English claim names its speaker (${namedInEnglish.join(", ")}); the translation must name them too (${speaker.name})`
    : `the English claim is reported speech ("${reportingVerb.exec(english)?.[0]}"); the translation must say who says it (${speaker.name} or their role)`;
}
