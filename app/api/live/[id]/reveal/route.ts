import { stepRoute } from "@/app/api/live/step";

export const POST = stepRoute("reveal");
