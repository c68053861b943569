// Validates GraphQL documents (the files given) against GitHub's published schema, the npm
// package @octokit/graphql-schema, with graphql-js: node check-graphql-schema.mjs DIR FILE...
// where DIR holds node_modules/graphql and node_modules/@octokit/graphql-schema
// (scripts/fetch-github-graphql-schema.sh). Exit 1 with one line per error.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const dir = process.argv[2];
const require = createRequire(dir + '/');
const { buildSchema, parse, validate } = require('graphql');
const schemaPath = dir + '/node_modules/@octokit/graphql-schema/schema.graphql';
const schema = buildSchema(readFileSync(schemaPath, 'utf8'), { assumeValidSDL: true }) // the published SDL repeats a few fields;
let bad = 0;
for (const file of process.argv.slice(3)) {
  const errors = validate(schema, parse(readFileSync(file, 'utf8')));
  for (const e of errors) { console.log(`${file}: ${e.message}`); bad++; }
  if (!errors.length) console.log(`${file}: valid`);
}
process.exit(bad ? 1 : 0);
