import { getTranslations } from "next-intl/server";
import { KnowledgeNav, type KnowledgeNavLabels } from "@/components/knowledge/KnowledgeNav";

export default async function KnowledgeLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("knowledge");
  const labels: KnowledgeNavLabels = {
    navLabel: t("navLabel"),
    navOverview: t("navOverview"),
    navModels: t("navModels"),
    navCases: t("navCases"),
    navFactors: t("navFactors"),
    navMeasures: t("navMeasures"),
    navRoles: t("navRoles"),
    navQuestions: t("navQuestions"),
    navRules: t("navRules"),
    navSources: t("navSources"),
  };
  return (
    <div className="space-y-kern-space-large">
      <KnowledgeNav labels={labels} />
      {children}
    </div>
  );
}
