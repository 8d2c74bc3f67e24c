import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/**
 * Floor (c): the least a JSONL check must do — read a file line by line with
 * node:readline and JSON.parse each line. Run as `node -r tsx/cjs floor-read-jsonl.ts <file>`.
 */
async function main(file: string): Promise<void> {
  let lines = 0;
  let objects = 0;
  for await (const line of createInterface({ input: createReadStream(file, { highWaterMark: 1 << 20 }), crlfDelay: Infinity })) {
    const value: unknown = JSON.parse(line);
    lines++;
    if (value !== null && typeof value === 'object') objects++;
  }
  console.log(`${lines} lines, ${objects} objects`);
}

void main(process.argv[2] ?? '');
