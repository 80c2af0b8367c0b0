import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/AuthForms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <section aria-labelledby="signup-title" className="space-y-kern-space-default">
      <h1 id="signup-title" className="kern-heading-large">
        {t("signUpTitle")}
      </h1>
      <p className="kern-body max-w-[48rem]">{t("signUpLead")}</p>
      <SignUpForm next={next} />
    </section>
  );
}
