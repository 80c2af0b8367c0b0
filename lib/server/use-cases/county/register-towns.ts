import type { Gv100Register } from "@/lib/server/import/gv100";
import type { ScreeningTown } from "./screening";

/** The screening's towns straight from a parsed register file (CLI and bench, no database); optionally one Kreis. */
export function screeningTownsFromRegister(register: Gv100Register, kreisKey?: string): ScreeningTown[] {
  const kreisName = new Map(register.kreise.map((k) => [k.key, k.name]));
  const landName = new Map(register.lands.map((l) => [l.code, l.name]));
  return register.municipalities
    .filter((m) => kreisKey === undefined || m.kreisKey === kreisKey)
    .map((m) => ({
      ags: m.ags,
      name: m.name,
      population: m.population,
      areaHectares: m.areaHectares,
      kreisName: m.kreisKey ? (kreisName.get(m.kreisKey) ?? null) : null,
      landName: landName.get(m.landCode) ?? "",
    }));
}
