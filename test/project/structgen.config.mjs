import { defineConfig } from 'structgen';

export default defineConfig({
  documents: [
    { input: 'catalog/*.json', out: 'generated/[name]' },
    { input: 'catalog/letta-job-structure.json', upstream: 'letta-openapi.json', out: 'generated/letta-job-exact' },
  ],
});
