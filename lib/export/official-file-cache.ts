import "server-only";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable, Writable } from "node:stream";
import { officialFileStream } from "./official-files";
import type { OfficialFileKey } from "@/lib/register/official-stream";

/*
 * The official files change only with the snapshot, and streaming one from the database costs a second of CPU. The
 * first download of a file for a snapshot is streamed from the database and written to disk as it goes; later ones
 * are read from that copy. The copy appears only when complete (written beside it, then renamed).
 */
const DIR = process.env.EXPORT_CACHE_DIR ?? path.join(os.tmpdir(), "dagtilbud-eksport");

function forgetOtherSnapshots(version: string) {
  for (const name of fs.readdirSync(DIR)) if (!name.startsWith(`${version}-`)) fs.rmSync(path.join(DIR, name), { force: true });
}

async function writeCopy(stream: ReadableStream<Uint8Array>, file: string, version: string) {
  const partial = `${file}.${process.pid}.${Date.now()}.part`;
  try {
    await stream.pipeTo(Writable.toWeb(fs.createWriteStream(partial)));
    fs.renameSync(partial, file);
    forgetOtherSnapshots(version);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    console.error(`Could not keep ${path.basename(file)} on disk:`, error instanceof Error ? error.message : error);
  }
}

export function officialFileForSnapshot(key: OfficialFileKey, version: string): ReadableStream<Uint8Array> {
  const file = path.join(DIR, `${version}-${key}.csv`);
  if (fs.existsSync(file)) return Readable.toWeb(fs.createReadStream(file)) as ReadableStream<Uint8Array>;
  fs.mkdirSync(DIR, { recursive: true });
  const [toClient, toDisk] = officialFileStream(key).tee();
  void writeCopy(toDisk, file, version);
  return toClient;
}
