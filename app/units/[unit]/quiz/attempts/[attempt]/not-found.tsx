import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function AttemptNotFound() {
  return (
    <NotFoundPanel
      title="Quiz not found"
      message="There is no quiz of yours at this address. It may belong to another browser or account, or the link may be incomplete."
    />
  );
}
