import Link from "next/link";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { getAuth } from "@/lib/server/auth/auth";
import { VERIFIED_PAGE } from "@/lib/domain/auth-links";
import { SignInLink } from "./SignInLink";

/**
 * Header part: "Anmelden" when signed out; the user's organisations and account link when signed in, and a link to
 * confirm the e-mail address while it is unconfirmed.
 */
export async function UserMenu() {
  const t = await getTranslations("auth");
  const session = await (await getAuth()).api.getSession({ headers: await headers() }).catch(() => null);
  const user = session?.user;
  const link = "text-kern-white underline-offset-4 hover:underline";
  if (!user) {
    return (
      <SignInLink className={link} testId="sign-in-link">
        {t("signInTitle")}
      </SignInLink>
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
        {user.emailVerified ? null : (
          <li>
            <Link className={link} href={VERIFIED_PAGE} data-testid="verify-email-link">
              {t("verifyMenuLink")}
            </Link>
          </li>
        )}
        <li>
          <Link className={link} href="/konto" data-testid="user-menu">
            {t("account")}: {user.name}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
