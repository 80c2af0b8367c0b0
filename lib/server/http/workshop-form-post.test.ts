import { describe, expect, it } from "vitest";
import { readFormPost } from "./workshop-form";

const post = (body: BodyInit, type: string) => new Request("http://127.0.0.1/api/v1/workshops/join", { method: "POST", body, headers: { "content-type": type } });

describe("readFormPost: a participant form post, never a 500", () => {
  it("reads a plain form", async () => {
    const result = await readFormPost(post("code=ABCDEF&role=Rat", "application/x-www-form-urlencoded"));
    expect(result.ok && result.form.get("code")).toBe("ABCDEF");
  });

  it("refuses JSON with 415 and a German message", async () => {
    const result = await readFormPost(post('{"code":"ABCDEF"}', "application/json"));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.response.status).toBe(415);
      expect(await result.response.text()).toMatch(/Formular/);
    }
  });

  it("refuses a broken multipart body with 400", async () => {
    const result = await readFormPost(post("kaputt", "multipart/form-data; boundary=x"));
    expect(!result.ok && result.response.status).toBe(400);
  });

  it.each(["a\u0000b", "a\u0007b"])("refuses a field with unsafe text %j with 400", async (text) => {
    const result = await readFormPost(post(new URLSearchParams({ text }).toString(), "application/x-www-form-urlencoded"));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.response.status).toBe(400);
      expect(await result.response.text()).toContain("„text“");
    }
  });
});
