import { describe, expect, it } from "vitest";
import { DEFAULT_LIST_STATE, listQuery, parseRegisterList } from "./register-list";

describe("parseRegisterList", () => {
  it("gives the defaults for no parameters, with an active sort", () => {
    expect(parseRegisterList({})).toEqual({ ok: true, state: DEFAULT_LIST_STATE });
    expect(DEFAULT_LIST_STATE.sorter).toBe("navn");
  });
  it("reads flat parameters, ignores unknown ones and empty values", () => {
    const parsed = parseRegisterList(new URLSearchParams("kommune=101&type=6012&ejerform=&status=alle&sorter=cvr&retning=desc&side=3&pr_side=50&kolonner=nummer,navn&utm=x"));
    expect(parsed).toEqual({ ok: true, state: { ...DEFAULT_LIST_STATE, kommune: 101, type: 6012, status: "alle", sorter: "cvr", retning: "desc", side: 3, prSide: 50, kolonner: ["nummer", "navn"] } });
  });
  it("reports every bad parameter with a Danish message", () => {
    const parsed = parseRegisterList({ side: "-1", pr_side: "100000", sorter: "drop table", kommune: "abc", kolonner: "navn,hemmelig", status: ["aktiv", "alle"] });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((e) => e.param).sort()).toEqual(["kolonner", "kommune", "pr_side", "side", "sorter", "status"]);
    expect(parsed.errors.find((e) => e.param === "status")?.message).toBe("er angivet flere gange");
    expect(parsed.errors.find((e) => e.param === "side")?.message).toBe("skal være et sidetal fra 1");
  });
  it("takes the form's column checkboxes as the column list", () => {
    const parsed = parseRegisterList(new URLSearchParams("kolonne=nummer&kolonne=cvr"));
    expect(parsed.ok && parsed.state.kolonner).toEqual(["nummer", "cvr"]);
  });
  it("rejects page 0 and huge pages", () => {
    expect(parseRegisterList({ side: "0" }).ok).toBe(false);
    expect(parseRegisterList({ side: "99999999999" }).ok).toBe(false);
  });
});

describe("listQuery", () => {
  const state = { ...DEFAULT_LIST_STATE, kommune: 101, side: 4 };
  it("writes only what differs from the defaults", () => {
    expect(listQuery(DEFAULT_LIST_STATE)).toBe("");
    expect(listQuery(state)).toBe("?kommune=101&side=4");
  });
  it("returns to page 1 when a filter or the sort changes, not when the page changes", () => {
    expect(listQuery(state, { type: 6010 })).toBe("?kommune=101&type=6010");
    expect(listQuery(state, { sorter: "cvr", retning: "desc" })).toBe("?kommune=101&sorter=cvr&retning=desc");
    expect(listQuery(state, { side: 5 })).toBe("?kommune=101&side=5");
  });
  it("leaves out what the path carries", () => {
    expect(listQuery(state, {}, ["kommune"])).toBe("?side=4");
  });
  it("round-trips through the parser", () => {
    const changed = { ...state, status: "nedlagt" as const, prSide: 100 as const, kolonner: ["navn" as const] };
    const parsed = parseRegisterList(new URLSearchParams(listQuery(changed)));
    expect(parsed).toEqual({ ok: true, state: changed });
  });
});
