import { describe, expect, it } from "vitest";
import { searchHref } from "../links";
import { MAX_QUERY, parseSearch } from "./search";

describe("parseSearch", () => {
  it("reads the query and the page, trims the query and cuts an overlong one", () => {
    expect(parseSearch(new URLSearchParams("q=+b%C3%B8rnehuset+&side=3"))).toEqual({ ok: true, state: { q: "børnehuset", side: 3 } });
    expect(parseSearch({})).toEqual({ ok: true, state: { q: "", side: 1 } });
    const long = parseSearch({ q: "x".repeat(MAX_QUERY + 50) });
    expect(long.ok && long.state.q.length).toBe(MAX_QUERY);
  });

  it("names a bad or repeated parameter and keeps the query for the form", () => {
    const parsed = parseSearch({ q: "skov", side: "0" });
    expect(parsed).toEqual({ ok: false, q: "skov", errors: [{ param: "side", value: "0", message: "skal være et sidetal fra 1" }] });
    const repeated = parseSearch(new URLSearchParams("q=a&q=b"));
    expect(repeated.ok).toBe(false);
    expect(!repeated.ok && repeated.errors[0]).toMatchObject({ param: "q", message: "er angivet flere gange" });
  });
});

describe("searchHref", () => {
  it("leaves page 1 out and encodes the query", () => {
    expect(searchHref("børnehuset")).toBe("/soeg?q=b%C3%B8rnehuset");
    expect(searchHref("a&b", 2)).toBe("/soeg?q=a%26b&side=2");
  });
});
