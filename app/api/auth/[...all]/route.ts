import { getAuth } from "@/lib/auth/auth";

export const dynamic = "force-dynamic";

/** Better Auth's endpoints (sign-up, sign-in, sign-out, sessions, password reset) under /api/auth/*. */
export async function GET(request: Request) {
  return (await getAuth()).handler(request);
}

export async function POST(request: Request) {
  return (await getAuth()).handler(request);
}
