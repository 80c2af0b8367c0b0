import { ClientMessages } from "@/components/ClientMessages";

/** The messages this route's client components translate with (components/ClientMessages.tsx). */
export default function PresentationLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["workshop"]}>{children}</ClientMessages>;
}
