/** Command-line options of `npm run bench`. */

export type BenchOptions = {
  build: boolean;
  /** Multiple of the national demo volume. */
  scale: number;
  /** Seconds and connections per route (autocannon). */
  duration: number;
  connections: number;
  /** The mixed load: seconds and connections in all. */
  mixedDuration: number;
  mixedConnections: number;
  /** Of those, the connections that download the samlet export over and over (default a tenth, at least 1; 0 = none). */
  mixedDownloads: number | null;
  /** Sequential (and concurrent) complete downloads of the samlet export. */
  downloads: number;
  lighthouse: boolean;
  port: number;
  /** The Markdown file whose section for this database and scale is (re)written. */
  out: string;
};

export const USAGE = `Usage: npm run bench -- [options]

  --no-build               use the existing .next build (default: run next build first)
  --scale N                N times the national demo volume, 0 < N <= 20 (default 1)
  --duration S             seconds per route (default 10)
  --connections N          connections per route (default 10)
  --mixed-duration S       seconds of the mixed load (default 60)
  --mixed-connections N    connections of the mixed load (default 50)
  --mixed-downloads N      of those, connections downloading the samlet export (default a tenth: 5; 0 = none)
  --downloads N            sequential and concurrent downloads of the samlet export (default 5)
  --no-lighthouse          skip Lighthouse
  --port P                 port of the production server (default 3440)
  --out FILE               report file (default docs/benchmarks.md)

Database: a throwaway embedded PGlite, or DATABASE_URL (emptied first; its name must contain "bench" or "test").`;

const DEFAULTS: BenchOptions = {
  build: true, scale: 1, duration: 10, connections: 10, mixedDuration: 60, mixedConnections: 50, mixedDownloads: null, downloads: 5, lighthouse: true,
  port: 3440, out: "docs/benchmarks.md",
};

function positive(name: string, raw: string | undefined, integer: boolean, max = Infinity): number {
  const value = Number(raw);
  if (raw === undefined || !Number.isFinite(value) || value <= 0 || value > max || (integer && !Number.isInteger(value))) {
    throw new Error(`${name} needs ${integer ? "a whole number" : "a number"} above 0${max < Infinity ? ` and at most ${max}` : ""}, got ${raw ?? "nothing"}.\n\n${USAGE}`);
  }
  return value;
}

export function parseOptions(argv: string[]): BenchOptions {
  const options = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (name) {
      case "--no-build": options.build = false; break;
      case "--no-lighthouse": options.lighthouse = false; break;
      case "--scale": options.scale = positive(name, value(), false, 20); break;
      case "--duration": options.duration = positive(name, value(), true); break;
      case "--connections": options.connections = positive(name, value(), true); break;
      case "--mixed-duration": options.mixedDuration = positive(name, value(), true); break;
      case "--mixed-connections": options.mixedConnections = positive(name, value(), true); break;
      case "--mixed-downloads": {
        const raw = value();
        options.mixedDownloads = raw === "0" ? 0 : positive(name, raw, true);
        break;
      }
      case "--downloads": options.downloads = positive(name, value(), true); break;
      case "--port": options.port = positive(name, value(), true, 65535); break;
      case "--out": options.out = value() ?? ""; break;
      case "--help": case "-h": console.log(USAGE); process.exit(0); break;
      default: throw new Error(`Unknown option ${arg}.\n\n${USAGE}`);
    }
  }
  if (!options.out) throw new Error(`--out needs a file name.\n\n${USAGE}`);
  if (options.mixedDownloads !== null && options.mixedDownloads >= options.mixedConnections) {
    throw new Error(`--mixed-downloads must be below --mixed-connections (${options.mixedConnections}).\n\n${USAGE}`);
  }
  return options;
}

/** The options that differ from the defaults, as they would be typed (for the report's re-run line). */
export function optionArgs(options: BenchOptions): string[] {
  const args: string[] = [];
  if (!options.build) args.push("--no-build");
  if (!options.lighthouse) args.push("--no-lighthouse");
  const numeric: [keyof BenchOptions, string][] = [
    ["scale", "--scale"], ["duration", "--duration"], ["connections", "--connections"], ["mixedDuration", "--mixed-duration"],
    ["mixedConnections", "--mixed-connections"], ["downloads", "--downloads"], ["port", "--port"],
  ];
  for (const [key, flag] of numeric) if (options[key] !== DEFAULTS[key]) args.push(flag, String(options[key]));
  if (options.mixedDownloads !== null) args.push("--mixed-downloads", String(options.mixedDownloads));
  if (options.out !== DEFAULTS.out) args.push("--out", options.out);
  return args;
}

export function isDefaultLoad(options: BenchOptions): boolean {
  return (["duration", "connections", "mixedDuration", "mixedConnections", "mixedDownloads", "downloads", "lighthouse"] as const).every((key) => options[key] === DEFAULTS[key]);
}
