// Counts written as a reader expects them: "1 country", "19 countries".

/** Writes a count with the singular or plural noun. */
export function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
