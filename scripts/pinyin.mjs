// Pinyin syllables (no tones) of Chinese names, for scripts/regions.py: reads a JSON array of names on stdin and writes a
// JSON array of syllable arrays. Dev-time only: `npm install --prefix scripts` first (pinyin-pro, see scripts/package.json).
import { pinyin } from 'pinyin-pro';

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const names = JSON.parse(input);
  const syllables = names.map(name => pinyin(name, { toneType: 'none', type: 'array' }));
  process.stdout.write(JSON.stringify(syllables));
});
