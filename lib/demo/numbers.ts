import { cvrChecksum } from "../format/numbers";
import type { Random } from "./random";

/**
 * Institution numbers: a letter + 5 digits, drawn at random from a range and never handed out twice. A series with
 * more than one prefix (for volumes the 5 digits of one letter cannot hold) draws from the same range under each
 * prefix; with one prefix the draws are the same as they have always been, so the demo stays byte-identical.
 */
export class NumberSeries {
  private readonly used = new Set<number>();
  readonly prefixes: readonly string[];

  constructor(
    prefixes: string | readonly string[],
    readonly min: number,
    readonly max: number,
  ) {
    this.prefixes = typeof prefixes === "string" ? [prefixes] : prefixes;
    if (this.prefixes.length === 0) throw new Error("a number series needs a prefix");
  }

  get prefix(): string {
    return this.prefixes[0];
  }

  private get span(): number {
    return this.max - this.min + 1;
  }

  get free(): number {
    return this.span * this.prefixes.length - this.used.size;
  }

  /** The number of slot `index` (0 … span × prefixes − 1). */
  private formatSlot(index: number): string {
    const prefix = this.prefixes[Math.floor(index / this.span)];
    return prefix + String(this.min + (index % this.span)).padStart(5, "0");
  }

  format(n: number, prefix = this.prefix): string {
    return prefix + String(n).padStart(5, "0");
  }

  take(rng: Random): string {
    if (this.free <= 0) throw new Error(`number series ${this.prefixes.join("/")}${this.min}-${this.max} is exhausted`);
    for (;;) {
      const index = this.prefixes.length === 1 ? rng.int(this.min, this.max) - this.min : rng.int(0, this.span * this.prefixes.length - 1);
      if (!this.used.has(index)) {
        this.used.add(index);
        return this.formatSlot(index);
      }
    }
  }

  /** Takes this exact number (under `prefix`, by default the first) if it lies in the series and is free. */
  tryTake(n: number, prefix = this.prefix): string | null {
    const p = this.prefixes.indexOf(prefix);
    const index = p * this.span + (n - this.min);
    if (p === -1 || n < this.min || n > this.max || this.used.has(index)) return null;
    this.used.add(index);
    return this.formatSlot(index);
  }
}

/** A fresh 8-digit CVR number with a valid modulus-11 check digit. */
export function newCvr(rng: Random, used: Set<string>): string {
  for (;;) {
    const first7 = String(rng.int(1, 4)) + rng.digits(6);
    const check = (11 - cvrChecksum(first7 + "0")) % 11;
    if (check === 10) continue;
    const cvr = first7 + check;
    if (!used.has(cvr)) {
      used.add(cvr);
      return cvr;
    }
  }
}

/** The same CVR with another last digit: the check then fails (exactly one digit 0-9 passes). */
export function breakCvr(cvr: string): string {
  const last = Number(cvr[7]);
  return cvr.slice(0, 7) + ((last + 1) % 10);
}

/** A fresh 10-digit p-nummer. */
export function newPNummer(rng: Random, used: Set<string>): string {
  for (;;) {
    const p = "10" + rng.digits(8);
    if (!used.has(p)) {
      used.add(p);
      return p;
    }
  }
}

/** The phone formats of fordelinger.json. Numbers start with 1, which Danish numbering never gives to subscribers. */
export function demoPhone(rng: Random, shares: Record<string, number>): string | null {
  const number = () => "1" + rng.digits(7);
  const format = rng.weighted(Object.entries(shares));
  const n = number();
  switch (format) {
    case "tom":
      return null;
    case "nul_pladsholder":
      return "0";
    case "4+4_med_mellemrum":
      return `${n.slice(0, 4)} ${n.slice(4)}`;
    case "2+2+2+2_med_mellemrum":
      return n.replace(/(\d\d)(?=\d)/g, "$1 ");
    case "plus45_uden_mellemrum":
      return "+45" + n;
    case "to_numre":
      return `${n} / ${number()}`;
    case "andet":
      return `${n}, lokal ${rng.int(10, 49)}`;
    default:
      return n;
  }
}
