import { secondaryButtonClass } from "@/components/ui/styles";

export function SignOutForm() {
  return (
    <form method="post" action="/api/auth/signout" className="no-print">
      <button type="submit" className={secondaryButtonClass}>
        Sign out
      </button>
    </form>
  );
}
