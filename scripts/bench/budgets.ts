/**
 * `npm run test:budgets`: the page-weight budgets as a gate. Builds what it
 * measures, prints the table, and exits 1 when a budget is exceeded.
 */
import { pageWeight } from './weight';

async function main() {
  const { budgets } = await pageWeight();
  console.log('');
  for (const b of budgets) console.log(`${b.ok ? 'ok  ' : 'FAIL'}  ${b.name}  (${b.detail})`);
  const failed = budgets.filter((b) => !b.ok).length;
  console.log(`\nbudgets: ${budgets.length - failed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
