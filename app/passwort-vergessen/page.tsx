import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/auth/AuthForms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("forgotTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth");
  return (
    <section aria-labelledby="forgot-title" className="space-y-kern-space-default">
      <h1 id="forgot-title" className="kern-heading-large">
        {t("forgotTitle")}
      </h1>
      <p className="kern-body max-w-[48rem]">{t("forgotLead")}</p>
      <ForgotPasswordForm />
    </section>
  );
}
