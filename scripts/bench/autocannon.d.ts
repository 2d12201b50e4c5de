/** The part of autocannon 8's API the benchmark uses (the package ships no types). */
declare module "autocannon" {
  type Stats = { average: number; mean: number; stddev: number; min: number; max: number; total: number; p50: number; p90: number; p99: number };

  export type AutocannonRequest = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    /** Called before each request is built; may change it (a falsy result skips to the next entry). */
    setupRequest?: (request: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest;
  };

  export type AutocannonOptions = {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    pipelining?: number;
    headers?: Record<string, string>;
    requests?: AutocannonRequest[];
  };

  export type AutocannonResult = {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    resets: number;
    "1xx": number;
    "2xx": number;
    "3xx": number;
    "4xx": number;
    "5xx": number;
    statusCodeStats: Record<string, { count: number }>;
    latency: Stats & { totalCount: number };
    requests: Stats & { sent: number };
    throughput: Stats;
  };

  function autocannon(options: AutocannonOptions): Promise<AutocannonResult> & { stop?: () => void };
  export default autocannon;
}
