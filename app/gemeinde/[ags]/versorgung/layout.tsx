import { ClientMessages } from "@/components/ClientMessages";

/** The messages this route's client components translate with (components/ClientMessages.tsx). */
export default function SupplyLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["supply"]}>{children}</ClientMessages>;
}
