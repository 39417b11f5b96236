// The in-memory data of the engine benchmarks; EngineBenchmarkData.cs builds the same values.
const species = ['DOG', 'CAT', 'HORSE', 'RABBIT'];
const sexes = ['FEMALE', 'MALE'];
const ages = ['BABY', 'YOUNG', 'ADULT', 'SENIOR'];
const sizes = ['SMALL', 'MEDIUM', 'LARGE', 'EXTRA_LARGE'];
const statuses = ['IN_CARE', 'AVAILABLE', 'ADOPTION_PENDING'];

export function animals(count) {
  const list = [];
  for (let i = 1; i <= count; i++) {
    list.push({
      id: String(i),
      name: `Animal ${i}`,
      species: species[i % species.length],
      breed: i % 3 === 0 ? null : `Breed ${i % 7}`,
      sex: sexes[i % sexes.length],
      ageGroup: ages[i % ages.length],
      size: sizes[i % sizes.length],
      status: statuses[i % statuses.length],
      intakeDate: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      weightKg: 2.5 + (i % 40) * 0.75,
    });
  }
  return list;
}
