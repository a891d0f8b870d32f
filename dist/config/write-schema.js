/**
 * Writes the published config schema, `schemas/structgen.config.schema.json`, from the option table
 * (`npm run generate` runs it); with `--check`, exits 1 when the file is not what it would write
 * (`npm run generate:check`, so CI catches an option added without regenerating it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printJson } from '../layout/json.js';
import { configSchema, configSchemaFile } from './schema.js';
const file = fileURLToPath(new URL(`../../${configSchemaFile}`, import.meta.url));
// In prettier's layout, like every JSON file of the project.
const text = printJson(configSchema()) ?? JSON.stringify(configSchema(), null, 2) + '\n';
const current = (() => {
    try {
        return readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
})();
if (process.argv.includes('--check')) {
    if (current !== text) {
        process.stderr.write(`structgen: ${configSchemaFile} is stale; run npm run generate\n`);
        process.exitCode = 1;
    }
}
else if (current !== text) {
    writeFileSync(file, text);
    process.stdout.write(`structgen: wrote ${configSchemaFile}\n`);
}
//# sourceMappingURL=write-schema.js.map