import { ClientMessages } from "@/components/ClientMessages";

/** The messages this route's client components translate with (components/ClientMessages.tsx). */
export default function NewPasswordLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={["auth"]}>{children}</ClientMessages>;
}
