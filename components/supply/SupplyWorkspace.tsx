import { getTranslations } from "next-intl/server";
import type { MunicipalitySupply } from "@/lib/server/db/tenant/supply";
import { assumptionsKey, type SupplyAssumptions } from "@/lib/server/use-cases/supply-assumptions";
import type { ClientProvider } from "./api";
import type { CsvColumnDoc } from "./CsvPanel";
import { AgePyramidSection, AssessmentPrefill, AssumptionsForm, AtRisk, Forecast, InventoryList, KeyFigures, TrainingLagWarning } from "./SupplySections";
import { DeleteDialog, ProviderEditor, SupplyCsv, SupplyIslandsRoot } from "./SupplyIslands";

/**
 * The supply check for one town, rendered on the server (issue 13): key figures with traffic lights and
 * explanations, the assumptions (a GET form: KV figure, retirement age in the address), training-lag warning,
 * capacity chart with table, age pyramid with table, practices at risk, the inventory, CSV, and the figures the
 * self-check can prefill. Client islands (SupplyIslands.tsx): the status line, the provider form, the delete
 * dialog and the CSV panel, which render the page again after a change (`router.refresh()`); the charts load
 * when they come on screen (SupplyCharts.tsx).
 */
export async function SupplyWorkspace(props: {
  ags: string;
  townName: string;
  canEdit: boolean;
  providers: ClientProvider[];
  supply: MunicipalitySupply;
  csvColumns: readonly CsvColumnDoc[];
  /** The page's address: the form's action, and the organisation chosen with `?org=` (kept), if any. */
  action: string;
  org: string | null;
  assumptions: SupplyAssumptions;
}) {
  const { ags, townName, canEdit, supply, assumptions } = props;
  const t = await getTranslations("supply");
  const result = supply.result;

  return (
    <SupplyIslandsRoot ags={ags} announce={assumptions.applied ? t("recalculated") : ""} announceKey={assumptionsKey(assumptions)}>
      <KeyFigures result={result} />
      <AssumptionsForm action={props.action} org={props.org} assumptions={assumptions} defaultRetirementAge={result.parameters.retirementAge.value} />
      <TrainingLagWarning result={result} />
      <Forecast result={result} />
      <AtRisk result={result} />
      <AgePyramidSection result={result} />
      <InventoryList providers={props.providers} canEdit={canEdit}>
        {canEdit && <ProviderEditor townName={townName} />}
        <DeleteDialog />
      </InventoryList>

      <section aria-labelledby="csv-title" className="space-y-kern-space-default">
        <h2 id="csv-title" className="kern-heading-medium">
          {t("csvTitle")}
        </h2>
        <SupplyCsv canEdit={canEdit} columns={props.csvColumns} orgId={supply.owner.organisationId} />
      </section>

      <AssessmentPrefill ags={ags} supply={supply} />
    </SupplyIslandsRoot>
  );
}
