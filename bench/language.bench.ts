// `npm run bench:language`: the language detector's accuracy on real paragraphs of 20+ words
// (bench/language/accuracy.ts), and its speed.
import { join } from 'node:path';
import { formatAccuracy, measureAccuracy } from './language/accuracy';
import { detectLanguage } from '../src/core/language/detect';

const root = join(__dirname, '..', '..');
console.log(formatAccuracy(measureAccuracy(root)));
const paragraph = 'We may share your personal information with our partners and service providers for the purposes described in this policy. ';
const start = performance.now();
let rounds = 0;
while (performance.now() - start < 500) {
  detectLanguage(paragraph);
  rounds++;
}
console.log(`Speed: ${((1000 * rounds) / (performance.now() - start)).toFixed(0)} paragraphs of ${paragraph.split(' ').length - 1} words per second`);
