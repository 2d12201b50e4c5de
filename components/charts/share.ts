const percent = new Intl.NumberFormat("da-DK", { style: "percent", maximumFractionDigits: 0 });

/** A count's share of a total in Danish: "60 %"; a share that would round to 0 % reads "under 1 %". */
export function formatShare(count: number, total: number): string {
  if (total <= 0) return "–";
  const share = count / total;
  if (share > 0 && share < 0.005) return "under 1\u00a0%";
  return percent.format(share);
}
