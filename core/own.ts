/**
 * Table lookups by a name someone typed. `table[name]` would also find what
 * every object inherits (`constructor`, `toString`, `valueOf`, `__proto__`),
 * so a currency "valueOf" would be a function; only the table's own entries count.
 */
export function own<T>(table: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}
