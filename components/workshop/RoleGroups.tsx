import { useTranslations } from "next-intl";
import type { BlockResult } from "@/lib/domain/workshop/snapshot";
import type { BlockConfig } from "@/lib/domain/schemas/workshop";
import { BlockResultView, type ResultVariant } from "./BlockResultView";

/** Results by role group (only groups of at least 5; the rest pooled as "Weitere" or not shown), issue 14. */
export function RoleGroups({ config, groups, variant, headingLevel = 3 }: { config: BlockConfig; groups: Array<{ role: string; result: BlockResult }>; variant: ResultVariant; headingLevel?: 3 | 4 }) {
  const t = useTranslations("workshop");
  if (groups.length === 0) return null;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="space-y-6" data-testid="role-groups">
      {groups.map((g) => (
        <section key={g.role} className="space-y-2" data-testid="role-group" data-role={g.role}>
          <Heading className={variant === "projector" ? "text-3xl font-bold" : "kern-heading-small"}>{t("resGroup", { role: g.role === "other" ? t("groupOther") : g.role })}</Heading>
          <BlockResultView config={config} results={g.result} variant={variant} />
        </section>
      ))}
    </div>
  );
}
