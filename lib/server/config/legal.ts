import { parseEnv, type Env } from "@/lib/server/config/env";

/** The operator of this installation as named on the imprint, privacy and accessibility pages. */
export interface OperatorDetails {
  name?: string;
  address?: string;
  email?: string;
  phone?: string;
  representative?: string;
  dataProtectionContact?: string;
}

/** Reads the OPERATOR_* settings (lib/server/config/env.ts); an unset field stays undefined and is shown as a placeholder. */
export function operatorDetails(env: Env = parseEnv()): OperatorDetails {
  return {
    name: env.OPERATOR_NAME,
    address: env.OPERATOR_ADDRESS,
    email: env.OPERATOR_EMAIL,
    phone: env.OPERATOR_PHONE,
    representative: env.OPERATOR_REPRESENTATIVE,
    dataProtectionContact: env.OPERATOR_DATA_PROTECTION_CONTACT,
  };
}

/** Whether the operator has filled in the minimum an imprint needs (name, address, e-mail). */
export function operatorComplete(details: OperatorDetails): boolean {
  return Boolean(details.name && details.address && details.email);
}
