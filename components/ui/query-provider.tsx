"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import type { ComponentType, ReactNode } from "react";
import { getQueryClient } from "@/lib/query-client";

// TanStack Query lives only in the islands whose data the browser owns (the quiz, reading progress,
// live scores), not in the root layout: a page without such an island ships none of it. Islands on
// one page share the browser's single client, hence one cache.

function QueryProvider({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={getQueryClient()}>{children}</QueryClientProvider>;
}

/** The component, inside its own QueryProvider. */
export function withQueryClient<P extends object>(Component: ComponentType<P>) {
  function WithQueryClient(props: P) {
    return (
      <QueryProvider>
        <Component {...props} />
      </QueryProvider>
    );
  }
  WithQueryClient.displayName = `WithQueryClient(${Component.displayName ?? Component.name})`;
  return WithQueryClient;
}
