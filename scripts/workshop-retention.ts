// `npm run workshop:retention`: deletes the raw answers (and participants) of workshops whose retention period
// (set per workshop by the organisation, default 12 months after the workshop's date) has passed; each block's
// aggregate is kept and stays visible on the results page and in the CSV. Run it e.g. daily from cron; safe to
// repeat. On the embedded database, stop the server first (one process holds it), as for db:backup.
import { runCli } from "@/lib/server/db/cli";
import { applyWorkshopRetention } from "@/lib/server/db/workshop-participation";

await runCli("workshop:retention", async (database) => {
  const done = await applyWorkshopRetention(database.prisma);
  console.log(
    done.workshops === 0
      ? "Aufbewahrungsfrist: kein Workshop ist fällig, nichts gelöscht."
      : `Aufbewahrungsfrist: ${done.answers} Einzelantworten und ${done.participants} Teilnahmen aus ${done.workshops} Workshop(s) gelöscht; die Ergebnisse bleiben erhalten.`,
  );
});
