import { notFound } from "next/navigation";

// An address no page answers, in a language: the language's not-found page (../not-found.tsx), in
// its layout, rather than Next.js's own.
export default function UnknownPage() {
  notFound();
}
