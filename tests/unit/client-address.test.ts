import { clientAddress } from "@/lib/http/client-address";

const request = (forwardedFor?: string) =>
  new Request("http://localhost/api/x", { headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} });

describe("clientAddress", () => {
  const saved = process.env.TRUST_PROXY;
  afterEach(() => {
    if (saved === undefined) delete process.env.TRUST_PROXY;
    else process.env.TRUST_PROXY = saved;
  });

  it("without a trusted proxy reads the one address Next.js wrote (the socket's, once proxy.ts took a client's off)", () => {
    delete process.env.TRUST_PROXY;
    expect(clientAddress(request("127.0.0.1"))).toBe("127.0.0.1");
    expect(clientAddress(request())).toBe("unknown");
  });

  it("behind a trusted proxy reads the last entry, the one that proxy appended", () => {
    process.env.TRUST_PROXY = "1";
    expect(clientAddress(request("10.9.9.9, 192.0.2.7"))).toBe("192.0.2.7");
    expect(clientAddress(request(" 192.0.2.8 "))).toBe("192.0.2.8");
    expect(clientAddress(request("x".repeat(100)))).toHaveLength(64);
  });
});
