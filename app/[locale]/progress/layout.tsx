import type { ReactNode } from "react";
import { ClientMessages } from "@/components/ui/client-messages";

// The error boundary of the progress page renders inside this layout and reads "progress".
export default function ProgressLayout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["progress"]}>{children}</ClientMessages>;
}
