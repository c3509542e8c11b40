// Short answers are typed by students on phones and school keyboards: case, spacing, punctuation
// and diacritics must not decide whether "Banjskë" and "banjske" are the same answer.

// Letters that Unicode decomposition does not reduce to a base letter.
const foldedLetters: Record<string, string> = { đ: "d", ł: "l", ß: "ss", æ: "ae", ø: "o", œ: "oe", ħ: "h", ı: "i" };

export function normaliseShortAnswer(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đłßæøœħı]/g, (letter) => foldedLetters[letter] ?? letter)
    .replace(/[\p{P}\p{S}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when the text matches one of the accepted answers (each listed variant counts). */
export function matchesAccepted(text: string, accepted: readonly string[]): boolean {
  const given = normaliseShortAnswer(text);
  return given.length > 0 && accepted.some((variant) => normaliseShortAnswer(variant) === given);
}
