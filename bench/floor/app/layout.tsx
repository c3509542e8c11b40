import type { ReactNode } from "react";

// The benchmark's floor: the least a Next.js App Router page can be. Built and served only by
// `npm run bench:lighthouse`, never part of the product's routes.
export default function FloorLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          margin: "0 auto",
          maxWidth: "60rem",
          padding: "1rem",
          lineHeight: 1.5,
        }}
      >
        <main>{children}</main>
      </body>
    </html>
  );
}
