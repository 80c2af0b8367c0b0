import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { LOCALE_COOKIE, resolveLocale } from "@/i18n/locales";

async function switchLocale(formData: FormData) {
  "use server";
  const locale = resolveLocale(String(formData.get("locale")));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 });
  revalidatePath("/", "layout");
}

/** Switches between German (default) and English; works without JavaScript (a form with a server action). */
export function LanguageSwitch({ current, label }: { current: string; label: string }) {
  const other = current === "de" ? { code: "en", name: "English" } : { code: "de", name: "Deutsch" };
  return (
    <form action={switchLocale} aria-label={label}>
      <input type="hidden" name="locale" value={other.code} />
      <button type="submit" className="text-kern-white underline underline-offset-4 bg-transparent border-0 cursor-pointer" lang={other.code}>
        {other.name}
      </button>
    </form>
  );
}
