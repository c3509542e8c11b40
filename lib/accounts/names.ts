import { plainText } from "@/lib/plain-text";

export const DISPLAY_NAME_MAX = 40;
export const displayNameSchema = plainText(DISPLAY_NAME_MAX, "a name");
