import {
  PARAMETER_KEYS,
  resolveParameter,
  type ResolvedParameter,
  type RuleParameter,
} from "@/lib/domain/rule-parameters";
import { citationText } from "@/lib/domain/citation";

/** A parameter value as used in a calculation, with the version and date it came from. */
export interface ParameterRef {
  key: string;
  value: number;
  version: string;
  validFrom: string;
  validUntil?: string;
  label_de: string;
  /** Where the figure comes from, one line of German text (the rule, or the source and section). */
  source_de: string;
}

/** Everything the supply check reads from the rule parameters, resolved for one date. */
export interface SupplyParameters {
  /** Date the parameters were resolved for (ISO). */
  atDate: string;
  gpRatio: ParameterRef;
  underSupplyPercent: ParameterRef;
  overSupplyPercent: ParameterRef;
  factors: {
    licenceFull: ParameterRef;
    licenceThreeQuarter: ParameterRef;
    licenceHalf: ParameterRef;
    employedUpTo10h: ParameterRef;
    employedUpTo20h: ParameterRef;
    employedUpTo30h: ParameterRef;
    employedOver30h: ParameterRef;
  };
  retirementAge: ParameterRef;
  gpTrainingYears: ParameterRef;
  /** National comparison figures (optional: the status of age figures falls back to fixed conventions). */
  nationalGpMeanAge?: ParameterRef;
  nationalGpShareAged60Plus?: ParameterRef;
}

function toRef(p: ResolvedParameter): ParameterRef {
  return {
    key: p.key,
    value: p.value,
    version: p.version,
    validFrom: p.validFrom,
    ...(p.validUntil !== undefined ? { validUntil: p.validUntil } : {}),
    label_de: p.label_de,
    source_de: citationText(p.parameter.citation, false),
  };
}

/** Thrown when a parameter the supply check needs has no version valid at the date. */
export class MissingParameterError extends Error {
  constructor(
    readonly key: string,
    readonly atDate: string,
  ) {
    super(`Für „${key}“ ist zum ${atDate} kein Regelparameter hinterlegt. Bitte in den Regelparametern ergänzen.`);
    this.name = "MissingParameterError";
  }
}

/** Resolves the supply parameters valid at `atDate` from a parameter table passed in. */
export function supplyParametersAt(params: readonly RuleParameter[], atDate: string): SupplyParameters {
  const day = atDate.slice(0, 10);
  const need = (key: string): ParameterRef => {
    const p = resolveParameter(params, key, day);
    if (p === undefined) throw new MissingParameterError(key, day);
    return toRef(p);
  };
  const maybe = (key: string): ParameterRef | undefined => {
    const p = resolveParameter(params, key, day);
    return p === undefined ? undefined : toRef(p);
  };
  const nationalGpMeanAge = maybe(PARAMETER_KEYS.gpMeanAge);
  const nationalGpShareAged60Plus = maybe(PARAMETER_KEYS.gpShareAged60Plus);
  return {
    atDate: day,
    gpRatio: need(PARAMETER_KEYS.gpRatio),
    underSupplyPercent: need(PARAMETER_KEYS.underSupplyThreshold),
    overSupplyPercent: need(PARAMETER_KEYS.overSupplyThreshold),
    factors: {
      licenceFull: need(PARAMETER_KEYS.factorFullLicence),
      licenceThreeQuarter: need(PARAMETER_KEYS.factorThreeQuarterLicence),
      licenceHalf: need(PARAMETER_KEYS.factorHalfLicence),
      employedUpTo10h: need(PARAMETER_KEYS.factorEmployedUpTo10h),
      employedUpTo20h: need(PARAMETER_KEYS.factorEmployedUpTo20h),
      employedUpTo30h: need(PARAMETER_KEYS.factorEmployedUpTo30h),
      employedOver30h: need(PARAMETER_KEYS.factorEmployedOver30h),
    },
    retirementAge: need(PARAMETER_KEYS.retirementAge),
    gpTrainingYears: need(PARAMETER_KEYS.gpTrainingYears),
    ...(nationalGpMeanAge ? { nationalGpMeanAge } : {}),
    ...(nationalGpShareAged60Plus ? { nationalGpShareAged60Plus } : {}),
  };
}

/** The KV's published Verhältniszahl of a planning area, as a county stored it (issue 13). */
export interface KvRatio {
  value: number;
  planningArea: string;
  /** Where the KV published it; null: not given. */
  source: string | null;
  /** When the KV published it (ISO date); null: not given. */
  publishedAt: string | null;
}

/**
 * The supply parameters with the G-BA's general Verhältniszahl replaced by the KV's figure for the town's planning
 * area (the KV adapts the ratio regionally); the version and source say so beside the figures.
 */
export function withKvRatio(params: SupplyParameters, kv: KvRatio | null | undefined): SupplyParameters {
  if (!kv) return params;
  return {
    ...params,
    gpRatio: {
      key: params.gpRatio.key,
      value: kv.value,
      version: `KV, Planungsbereich ${kv.planningArea}`,
      validFrom: kv.publishedAt ?? params.gpRatio.validFrom,
      label_de: `Verhältniszahl der KV für den Planungsbereich ${kv.planningArea}`,
      source_de: kv.source ?? "Angabe des Kreises (Quelle nicht angegeben)",
    },
  };
}
