import { z } from "zod";
import { routes } from "@/lib/routes";

/**
 * Where to go after signing in: an absolute path on this site in printable ASCII (not "//host" or
 * "/\host", and nothing a Location header cannot carry); anything else means the teacher's home.
 */
export const nextPath = z
  .string()
  .max(300)
  .regex(/^\/(?![/\\])[\x21-\x7e]*$/)
  .catch(routes.teacher());
