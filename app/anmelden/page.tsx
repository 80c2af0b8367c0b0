import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/AuthForms";
import { safeNext } from "@/lib/domain/auth-links";
import { getPageContext } from "@/lib/server/auth/page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  if ((await getPageContext()).caller) redirect(safeNext(next));
  const t = await getTranslations("auth");
  return (
    <section aria-labelledby="signin-title" className="space-y-kern-space-default">
      <h1 id="signin-title" className="kern-heading-large">
        {t("signInTitle")}
      </h1>
      <p className="kern-body max-w-[48rem]">{t("signInLead")}</p>
      <SignInForm next={next} />
    </section>
  );
}
