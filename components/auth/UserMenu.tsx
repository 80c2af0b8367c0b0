import Link from "next/link";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";

/** Header part: "Anmelden" when signed out; the user's organisations and account link when signed in. */
export async function UserMenu() {
  const t = await getTranslations("auth");
  const user = await getSessionUser(await headers()).catch(() => null);
  const link = "text-kern-white underline-offset-4 hover:underline";
  if (!user) {
    return (
      <Link className={link} href="/anmelden">
        {t("signInTitle")}
      </Link>
    );
  }
  return (
    <nav aria-label={t("menuLabel")}>
      <ul className="flex flex-wrap gap-kern-space-default list-none m-0 p-0">
        <li>
          <Link className={link} href="/organisationen">
            {t("myOrganisations")}
          </Link>
        </li>
        <li>
          <Link className={link} href="/konto" data-testid="user-menu">
            {t("account")}: {user.name}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
