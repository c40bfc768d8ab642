// Rule ids in the order `localeCompare` gives them (the report's order at one place, the config key's order),
// without ICU's collator for the ids every built-in rule has: lower-case ASCII letters, digits and '-', whose
// collation order is their code units' order (test/util/compare-ids.test.ts). The collator's set-up on its
// first use, listing the locales ICU has, costs about as much as a tenth of the start-up. Any other id (a
// plugin's 'name/rule', capitals) is compared by `localeCompare` as before.

function plain(id: string): boolean {
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return false;
  }
  return true;
}

export function compareIds(a: string, b: string): number {
  if (plain(a) && plain(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}
