import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MunicipalitySearch } from "@/components/MunicipalitySearch";
import { DemoAccountNotice } from "@/components/auth/DemoAccountNotice";

export default async function HomePage() {
  const t = await getTranslations("home");
  const tk = await getTranslations("knowledge");
  const jobs = [
    { title: t("jobAssessmentTitle"), text: t("jobAssessmentText"), href: "/gemeinden?ziel=selbstcheck", note: t("startWithTown") },
    { title: t("jobComparisonTitle"), text: t("jobComparisonText"), href: "/gemeinden?ziel=vergleich", note: t("startWithTown") },
    { title: t("jobWorkshopTitle"), text: t("jobWorkshopText"), href: "/organisationen", note: t("startWithOrganisation") },
  ];
  return (
    <div className="space-y-kern-space-x-large">
      <section aria-labelledby="home-title" className="space-y-kern-space-default max-w-[48rem]">
        <h1 id="home-title" className="kern-heading-x-large">
          {t("title")}
        </h1>
        <p className="kern-body kern-body--large">{t("lead")}</p>
      </section>

      <DemoAccountNotice />

      <section aria-labelledby="home-search" className="space-y-kern-space-small">
        <h2 id="home-search" className="kern-heading-medium">
          {t("searchTitle")}
        </h2>
        <MunicipalitySearch />
      </section>

      <section aria-labelledby="home-jobs" className="space-y-kern-space-default">
        <h2 id="home-jobs" className="kern-heading-medium">
          {t("jobsTitle")}
        </h2>
        <ul className="grid gap-kern-space-large md:grid-cols-3 list-none m-0 p-0">
          {jobs.map((job) => (
            <li key={job.title} className="kern-card">
              <div className="p-kern-space-large flex flex-col gap-kern-space-small w-full">
              <h3 className="kern-heading-small">
                <Link href={job.href} className="kern-link">
                  {job.title}
                </Link>
              </h3>
              <p className="kern-body">{job.text}</p>
              <p className="kern-body kern-body--small">{job.note}</p>
              </div>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="home-knowledge" className="space-y-kern-space-small max-w-[48rem]">
        <h2 id="home-knowledge" className="kern-heading-medium">
          <Link href="/wissen" className="kern-link">
            {tk("overviewTitle")}
          </Link>
        </h2>
        <p className="kern-body">{tk("overviewLead")}</p>
      </section>
    </div>
  );
}
