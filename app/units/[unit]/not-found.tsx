import { NotFoundPanel } from "@/components/ui/not-found-panel";

export default function UnitNotFound() {
  return (
    <NotFoundPanel
      title="Unit not found"
      message="There is no unit at this address. Check the link, or choose a unit from the list."
    />
  );
}
