import type { ReactNode } from "react";
import { ClientMessages } from "@/components/ui/client-messages";

// The quiz's client islands (the player) and its error boundary, which renders inside this layout,
// read the "quiz" catalogue.
export default function QuizLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["quiz"]}>{children}</ClientMessages>;
}
