import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function NotFound() {
  return (
    <NotFoundPanel
      title="Page not found"
      message="There is nothing at this address. It may have been mistyped, or the page may have moved."
    />
  );
}
