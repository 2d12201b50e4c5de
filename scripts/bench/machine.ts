/** The machine a benchmark ran on, and the time in Denmark. */
import fs from "node:fs";
import os from "node:os";

export type Machine = {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  os: string;
  /** 1-minute load average when the run started (the machines are shared; a high load lowers every number). */
  loadAtStart: number;
};

export function describeMachine(): Machine {
  let osName = `${os.type()} ${os.release()}`;
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(fs.readFileSync("/etc/os-release", "utf8"));
    if (pretty) osName = `${pretty[1]} (kernel ${os.release()})`;
  } catch {
    // not Linux, or no os-release
  }
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: os.cpus().length,
    ramGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: osName,
    loadAtStart: os.loadavg()[0],
  };
}

/** "2026-11-24 14:03 CET": the wall-clock time in Denmark. */
export function copenhagenTime(date = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23",
    timeZoneName: "short",
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const zone = part("timeZoneName").replace("GMT+1", "CET").replace("GMT+2", "CEST");
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")} ${zone}`;
}
