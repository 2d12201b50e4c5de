import { afterEach, describe, expect, it } from "vitest";
import { clientKey, takeRequest } from "../../lib/api/rate-limit";

const forwarded = (value: string) => new Headers({ "x-forwarded-for": value });

afterEach(() => {
  delete process.env.TRUSTED_PROXY_HOPS;
  delete process.env.API_RATE_LIMIT;
});

describe("clientKey", () => {
  it("takes the address the load balancer appended, not what the client wrote before it", () => {
    expect(clientKey(forwarded("203.0.113.9"))).toBe("203.0.113.9");
    expect(clientKey(forwarded("1.2.3.4, 203.0.113.9"))).toBe("203.0.113.9");
    expect(clientKey(forwarded("1.2.3.4,5.6.7.8,  203.0.113.9 "))).toBe("203.0.113.9");
  });

  it("counts further in with more trusted proxies, and never past the first entry", () => {
    process.env.TRUSTED_PROXY_HOPS = "2";
    expect(clientKey(forwarded("1.2.3.4, 203.0.113.9, 10.0.0.2"))).toBe("203.0.113.9");
    expect(clientKey(forwarded("10.0.0.2"))).toBe("10.0.0.2");
  });

  it("falls back to one hop on a setting that is not a positive whole number", () => {
    for (const bad of ["0", "-1", "1.5", "mange"]) {
      process.env.TRUSTED_PROXY_HOPS = bad;
      expect(clientKey(forwarded("1.2.3.4, 203.0.113.9"))).toBe("203.0.113.9");
    }
  });

  it("uses X-Real-IP, then one shared key, when there is no X-Forwarded-For", () => {
    expect(clientKey(new Headers({ "x-real-ip": "198.51.100.4" }))).toBe("198.51.100.4");
    expect(clientKey(new Headers({ "x-forwarded-for": " , " }))).toBe("lokal");
  });
});

describe("takeRequest", () => {
  it("a client cannot escape its limit by inventing X-Forwarded-For entries", () => {
    process.env.API_RATE_LIMIT = "2";
    const now = 1_000_000;
    const decisions = ["9.9.9.1", "9.9.9.2", "9.9.9.3"].map((spoof) => takeRequest(clientKey(forwarded(`${spoof}, 203.0.113.50`)), now));
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, false]);
  });
});
