/**
 * Complete downloads of the samlet export, one after another and several at once, while the server's resident memory
 * (VmRSS of the next-server process) is sampled every 100 ms: flat memory shows as a small max − min.
 */
import { rssOf } from "./server";

const SAMPLE_MS = 100;

export type Download = { bytes: number; lines: number; seconds: number; firstByteSeconds: number };
export type RssRange = { before: number; min: number; max: number; after: number; samples: number };
export type DownloadRun = { downloads: Download[]; wallSeconds: number; rss: RssRange };
export type ExportDownloads = { sequential: DownloadRun; concurrent: DownloadRun };

/** One complete download, read as it arrives: its size, its lines and how long the first byte and the whole took. */
export async function timedDownload(url: string): Promise<Download> {
  const started = performance.now();
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  const reader = response.body.getReader();
  let bytes = 0;
  let lines = 0;
  let firstByte = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (bytes === 0) firstByte = performance.now() - started;
    bytes += value.length;
    for (let i = 0; i < value.length; i++) if (value[i] === 0x0a) lines++;
  }
  return { bytes, lines, seconds: (performance.now() - started) / 1000, firstByteSeconds: firstByte / 1000 };
}

async function sampled(pid: () => number, run: () => Promise<Download[]>): Promise<DownloadRun> {
  const before = rssOf(pid()) ?? 0;
  const rss: RssRange = { before, min: before, max: before, after: before, samples: 0 };
  const sample = () => {
    const value = rssOf(pid());
    if (value === null) return;
    rss.min = Math.min(rss.min, value);
    rss.max = Math.max(rss.max, value);
    rss.samples++;
  };
  const timer = setInterval(sample, SAMPLE_MS);
  const started = performance.now();
  try {
    const downloads = await run();
    sample();
    rss.after = rssOf(pid()) ?? 0;
    return { downloads, wallSeconds: (performance.now() - started) / 1000, rss };
  } finally {
    clearInterval(timer);
  }
}

export async function measureExportDownloads(url: string, pid: () => number, count: number): Promise<ExportDownloads> {
  const sequential = await sampled(pid, async () => {
    const out: Download[] = [];
    for (let i = 0; i < count; i++) out.push(await timedDownload(url));
    return out;
  });
  const concurrent = await sampled(pid, () => Promise.all(Array.from({ length: count }, () => timedDownload(url))));
  const sizes = new Set([...sequential.downloads, ...concurrent.downloads].map((d) => d.bytes));
  if (sizes.size !== 1) throw new Error(`The samlet export differed in size between downloads: ${[...sizes].join(", ")} bytes.`);
  return { sequential, concurrent };
}
