import type { DemoHistoryPlan } from "./history-plan";
import type { DemoAlternativAdresse, DemoDaginstitution, DemoModel, DemoUnit } from "./model";

/**
 * The register as the snapshot of `date` shows it: the final model with every edit dated after `date` undone
 * (records created later left out, earlier values put back). Records are copied, never changed.
 */
export function modelForDay(model: DemoModel, plan: DemoHistoryPlan, date: string): DemoModel {
  const pending = plan.edits.filter((edit) => edit.date > date);
  const before = new Map<object, object | null>(pending.map((edit) => [edit.record, edit.before]));
  const dayVersion = <T extends object>(record: T): T | null => {
    if (!before.has(record)) return record;
    const patch = before.get(record);
    return patch === null ? null : { ...record, ...patch };
  };

  const daginstitutioner = new Map<DemoDaginstitution, DemoDaginstitution>();
  for (const d of model.daginstitutioner) {
    const version = dayVersion(d);
    if (version) daginstitutioner.set(d, version);
  }
  const units = new Map<DemoUnit, DemoUnit>();
  for (const u of model.units) {
    const version = dayVersion(u);
    if (!version) continue;
    const parent = daginstitutioner.get(version.daginstitution);
    if (!parent) throw new Error(`${u.nummer} on ${date}: its daginstitution ${version.daginstitution.nummer} does not exist yet`);
    units.set(u, parent === version.daginstitution ? version : { ...version, daginstitution: parent });
  }
  const alternativeAdresser: DemoAlternativAdresse[] = [];
  for (const a of model.alternativeAdresser) {
    const version = dayVersion(a);
    if (!version) continue;
    const parent = units.get(version.parent);
    if (!parent) throw new Error(`${a.nummer} on ${date}: its anvisningsenhed ${version.parent.nummer} does not exist yet`);
    alternativeAdresser.push(parent === version.parent ? version : { ...version, parent });
  }
  return { ...model, daginstitutioner: [...daginstitutioner.values()], units: [...units.values()], alternativeAdresser };
}
