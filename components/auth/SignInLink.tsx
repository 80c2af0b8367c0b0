"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { signInHref } from "@/lib/domain/auth-links";

/** "Anmelden" that returns to the page it was clicked on (a validated same-origin `next`, lib/domain/auth-links.ts). */
export function SignInLink({ className, children, testId }: { className?: string; children: React.ReactNode; testId?: string }) {
  const pathname = usePathname();
  return (
    <Link className={className} href={signInHref(pathname)} data-testid={testId}>
      {children}
    </Link>
  );
}
