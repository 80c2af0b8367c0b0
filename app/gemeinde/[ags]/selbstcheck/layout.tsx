import { ClientMessages } from "@/components/ClientMessages";

/** The messages this route's client components translate with (components/ClientMessages.tsx). */
export default function SelfCheckLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["assessment", "engine", "handover", "knowledge", "plan", "presentation"]}>{children}</ClientMessages>;
}
