import { getAuth } from "./auth";

/** The signed-in user of a request (route handlers pass `request.headers`, server components `await headers()`). */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  platformOperator: boolean;
  sessionId: string;
}

export async function getSessionUser(headers: Headers): Promise<SessionUser | null> {
  const auth = await getAuth();
  const result = await auth.api.getSession({ headers });
  if (!result) return null;
  const user = result.user as typeof result.user & { platformOperator?: boolean };
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    platformOperator: user.platformOperator === true,
    sessionId: result.session.id,
  };
}
