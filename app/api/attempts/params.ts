import { z } from "zod";

// Attempt ids are cuids; anything else cannot name an attempt and is answered as unknown.
export const attemptParams = z.object({ attempt: z.string().regex(/^[a-z0-9]{8,64}$/) });
