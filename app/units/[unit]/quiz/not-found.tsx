import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function QuizNotFound() {
  return (
    <NotFoundPanel
      title="Quiz not found"
      message="There is no unit at this address, so there is no quiz for it. Check the link, or choose a unit from the list."
    />
  );
}
