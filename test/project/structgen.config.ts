import { defineConfig, type DocumentConfig } from 'structgen';

// Typed: a misspelt option or target is a compile error here, and a located error when structgen loads it.
const exact: DocumentConfig = {
  input: 'catalog/letta-job-structure.json',
  upstream: 'letta-openapi.json',
  out: 'generated/letta-job-exact',
};

export default defineConfig({
  documents: [{ input: 'catalog/*.json', out: 'generated/[name]' }, exact],
});
