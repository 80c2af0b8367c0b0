import { KnowledgeNav } from "@/components/knowledge/KnowledgeNav";

export default function KnowledgeLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="space-y-kern-space-large">
      <KnowledgeNav />
      {children}
    </div>
  );
}
